package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.RejectedSuggestion;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.ui.plan.api.PlanForm;
import org.physiobench.ui.plan.api.PlanSaveCheck;
import org.physiobench.ui.plan.internal.DosageText;
import org.physiobench.ui.testing.PlanFormPage;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;

/** The plan form in a shell, driven through its widgets; every change checked in the model and undone. */
class PlanFormTest {

    private Shell shell;
    private FormToolkit toolkit;
    private AdapterFactoryEditingDomain domain;
    private Patient patient;
    private PlanForm form;
    private PlanFormPage page;

    private void open(Patient opened) {
        patient = opened;
        domain = PlanFixtures.domainFor(opened);
        shell = PlanFixtures.shell(1200, 1000);
        toolkit = new FormToolkit(shell.getDisplay());
        form = new PlanForm(shell, toolkit, domain, episode());
        form.setClock(PlanFixtures.CLOCK);
        form.setActor(() -> PlanFixtures.THERAPIST);
        form.refresh(); // suggestions depend on "today"
        shell.open();
        UiTesting.flush();
        page = new PlanFormPage(form);
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
            toolkit.dispose();
        }
    }

    private EpisodeOfCare episode() {
        return patient.getEpisodes().get(0);
    }

    private TreatmentPlan plan() {
        return episode().getPlans().get(0);
    }

    private static List<String> modalityIds(PlanRevision revision) {
        return revision.getInterventions().stream().map(PlannedIntervention::getModalityId).toList();
    }

    @Test
    void addingAModalityToASavedPlanAsksWhyAndStartsARevisionThatOneUndoReverts() throws Exception {
        open(PlanFixtures.chronicPatientWithPlan());
        page.answerReasonWith("Trunk endurance: add side plank", true).addModality("core.side-plank");

        assertEquals(1, page.reasonsAsked());
        assertEquals(2, plan().getRevisions().size());
        PlanRevision first = plan().getRevisions().get(0);
        PlanRevision second = plan().getCurrentRevision();
        assertEquals(List.of("core.bird-dog"), modalityIds(first), "revision 1 must stay as it was");
        assertEquals(List.of("core.bird-dog", "core.side-plank"), modalityIds(second));
        assertEquals(2, second.getRevisionNumber());
        assertEquals("Trunk endurance: add side plank", second.getReason());
        assertEquals(PlanFixtures.THERAPIST, second.getAuthorId());
        assertTrue(second.isAgreedWithPatient());
        List<String> newest = page.revisions().get(0);
        assertEquals(List.of("2", PlanFixtures.THERAPIST, "Trunk endurance: add side plank", "yes", "0", "2"),
                List.of(newest.get(0), newest.get(2), newest.get(3), newest.get(4), newest.get(5), newest.get(6)));
        assertTrue(newest.get(1).startsWith("2026-11-26"), newest.get(1));
        assertEquals(2, page.revisions().size());
        assertEquals("Side plank", page.interventions().get(1).get(0));

        // the new revision is open until saved: a dosage change goes into it without asking again
        page.setDosage("holdSeconds", "20");
        assertEquals(1, page.reasonsAsked());
        assertEquals(2, plan().getRevisions().size());
        assertEquals("20", DosageText.toMap(second.getInterventions().get(1).getParameters()).get("holdSeconds"));
        assertEquals("Sets 2, Repetitions per side 3, Hold 20 s, Variant knees, Side both", page.interventions().get(1).get(1));

        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals("10", DosageText.toMap(second.getInterventions().get(1).getParameters()).get("holdSeconds"));
        assertEquals("Sets 2, Repetitions per side 3, Hold 10 s, Variant knees, Side both", page.interventions().get(1).get(1));
        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals(1, plan().getRevisions().size(), "one undo removes the revision with the added modality");
        assertEquals(1, page.revisions().size());
        assertEquals(1, page.interventions().size());
        assertFalse(domain.getCommandStack().canUndo());
    }

    @Test
    void afterASaveTheNextChangeStartsAnotherRevision() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.answerReasonWith("Add side plank", false).addModality("core.side-plank");
        ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).saveIsDone();
        form.markSaved();
        page.answerReasonWith("Patient finds 6 repetitions too many", true).selectIntervention(0).setDosage("repetitions", "4");
        assertEquals(1, page.reasonsAsked());
        assertEquals(3, plan().getRevisions().size());
        assertEquals("6", DosageText.toMap(plan().getRevisions().get(1).getInterventions().get(0).getParameters()).get("repetitions"));
        assertEquals("4", DosageText.toMap(plan().getCurrentRevision().getInterventions().get(0).getParameters()).get("repetitions"));
        assertTrue(page.revisionHeading().startsWith("Revision 3 by t-robin"), page.revisionHeading());
    }

    @Test
    void cancellingTheReasonChangesNothing() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.cancelReason().addModality("core.side-plank");
        assertEquals(1, page.reasonsAsked());
        assertEquals(1, plan().getRevisions().size());
        assertEquals(List.of("core.bird-dog"), modalityIds(plan().getCurrentRevision()));
        assertFalse(domain.getCommandStack().canUndo());
        assertEquals(1, page.interventions().size());
    }

    @Test
    void theFirstChangeToAnEpisodeWithoutPlanStartsPlanRevisionOne() {
        open(PlanFixtures.chronicPatient());
        assertTrue(page.revisionHeading().startsWith("No plan yet"), page.revisionHeading());
        page.answerReasonWith("Initial plan after assessment", true).addGoal("Sit through a working morning", "120", "minutes");
        assertEquals(1, episode().getPlans().size());
        PlanRevision first = plan().getCurrentRevision();
        assertEquals(1, first.getRevisionNumber());
        assertEquals("Sit through a working morning", first.getGoals().get(0).getDescription());
        assertEquals(120.0, first.getGoals().get(0).getTargetValue());
        assertEquals(PlanFixtures.TODAY.plusWeeks(6), first.getGoals().get(0).getTargetDate());
        assertEquals(List.of("Sit through a working morning", "120 minutes", "2027-01-07", "active"), page.goals().get(0));
        page.setGoalStatus(0, "achieved");
        assertEquals(org.physiobench.model.api.GoalStatus.ACHIEVED, first.getGoals().get(0).getStatus());
        assertEquals(1, episode().getPlans().get(0).getRevisions().size(), "still the open revision 1");
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        UiTesting.flush();
        assertTrue(episode().getPlans().isEmpty());
        assertTrue(page.goals().isEmpty());
    }

    @Test
    void aSelectedGoalIsShownInTheFieldsAndCanBeUpdatedAndUndone() {
        open(PlanFixtures.chronicPatient());
        page.answerReasonWith("Initial plan after assessment", true).addGoal("Sit through a working morning", "120", "minutes");
        assertEquals(List.of("", "", ""), page.goalFields(), "the fields are cleared after adding");
        assertFalse(page.canUpdateGoal(), "nothing selected");

        page.selectGoal(0);
        assertEquals(List.of("Sit through a working morning", "120", "minutes"), page.goalFields());
        assertFalse(page.canUpdateGoal(), "the fields say what the goal says");

        page.editGoal(0, "Sit through a working day", "240", "minutes");
        Goal goal = plan().getCurrentRevision().getGoals().get(0);
        assertEquals("Sit through a working day", goal.getDescription());
        assertEquals(240.0, goal.getTargetValue());
        assertEquals(PlanFixtures.TODAY.plusWeeks(6), goal.getTargetDate(), "the date is kept");
        assertEquals(List.of("Sit through a working day", "240 minutes", "2027-01-07", "active"), page.goals().get(0));
        assertEquals(1, plan().getCurrentRevision().getGoals().size(), "updated, not added");

        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals("Sit through a working morning", plan().getCurrentRevision().getGoals().get(0).getDescription());
        assertEquals(120.0, plan().getCurrentRevision().getGoals().get(0).getTargetValue());
    }

    @Test
    void aHomeProgrammeIsIssuedFromThePlanWithoutManualTherapyAndShapedBeforeSaving() throws Exception {
        open(PlanFixtures.chronicPatientWithPlan());
        assertTrue(page.homeProgrammeStatus().startsWith("No home programme"), page.homeProgrammeStatus());
        page.answerReasonWith("Add mobilisation", true).addModality("manual-therapy.joint-mobilisation");

        page.issueHomeProgramme();

        assertEquals(1, episode().getHomeProgrammes().size());
        HomeProgramme programme = episode().getHomeProgrammes().get(0);
        assertEquals(PlanFixtures.TODAY, programme.getIssuedDate());
        assertEquals(PlanFixtures.THERAPIST, programme.getTherapistId());
        assertEquals(List.of("core.bird-dog"), programme.getExercises().stream().map(HomeExercise::getModalityId).toList(),
                "the plan's exercise, not the hands-on mobilisation");
        HomeExercise birdDog = programme.getExercises().get(0);
        assertEquals("6", birdDog.getParameters().stream().filter(p -> p.getName().equals("repetitions")).findFirst()
                .orElseThrow().getValue(), "the planned dosage");
        assertEquals(Integer.valueOf(3), birdDog.getDaysPerWeek(), "as often as planned");
        assertTrue(page.homeProgrammeStatus().contains("not saved yet"), page.homeProgrammeStatus());
        assertTrue(page.canChangeHomeExercise());

        page.setHomeExercise(2, 5, "Slowly, keep your back flat").setHomeNotes("Stop if the pain spreads to the leg");
        assertEquals(Integer.valueOf(2), birdDog.getTimesPerDay());
        assertEquals(Integer.valueOf(5), birdDog.getDaysPerWeek());
        assertEquals("Slowly, keep your back flat", birdDog.getInstructions());
        assertEquals("Stop if the pain spreads to the leg", programme.getNotes());
        assertEquals(List.of("2", "5", "Slowly, keep your back flat"), page.homeExercises().get(0).subList(2, 5));
        shell.setSize(1250, 1600);
        UiTesting.flush();
        assertTrue(Screenshots.save(form.getControl(), "plan-form-home-programme.png") > 4, "the form drew nothing");

        page.removeHomeExercise();
        assertTrue(programme.getExercises().isEmpty());
        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals(1, programme.getExercises().size(), "undo brings the exercise back");
    }

    @Test
    void aSavedHomeProgrammeStaysAsGivenAndARevisionIsANewProgramme() {
        open(PlanFixtures.withHomeProgramme(PlanFixtures.chronicPatientWithPlan()));
        HomeProgramme given = episode().getHomeProgrammes().get(0);
        assertTrue(page.homeProgrammeStatus().startsWith("Given on 2026-10-08"), page.homeProgrammeStatus());
        page.selectHomeExercise(0);
        assertFalse(page.canChangeHomeExercise(), "a programme the patient was given is not changed in place");
        assertTrue(page.canReviseHomeProgramme());

        page.reviseHomeProgramme().selectHomeExercise(0).setHomeExercise(2, 7, "Ten press-ups, twice a day");

        assertEquals(2, episode().getHomeProgrammes().size());
        HomeProgramme revised = episode().getHomeProgrammes().get(1);
        assertEquals(PlanFixtures.TODAY, revised.getIssuedDate());
        assertEquals(2, revised.getExercises().size(), "starts as a copy");
        assertEquals("Ten press-ups, twice a day", revised.getExercises().get(0).getInstructions());
        assertEquals("Lie on your front and press up, hips down.", given.getExercises().get(0).getInstructions(),
                "the programme given stays as it was");
        assertFalse(revised.getExercises().get(0).getId().equals(given.getExercises().get(0).getId()), "new records, new ids");

        ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).saveIsDone();
        form.markSaved();
        form.refresh();
        UiTesting.flush();
        page.selectHomeExercise(0);
        assertFalse(page.canChangeHomeExercise(), "once saved, the revision is as given too");
        assertTrue(page.homeProgrammeStatus().startsWith("Given on 2026-11-26"), page.homeProgrammeStatus());
    }

    @Test
    void aProgrammeRevisedTheDayItWasGivenIsTheOneShown() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.issueHomeProgramme();
        ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).saveIsDone();
        form.markSaved();
        form.refresh();
        UiTesting.flush();

        page.reviseHomeProgramme().selectHomeExercise(0).setHomeExercise(1, 7, "Same day, every day");

        assertEquals(2, episode().getHomeProgrammes().size());
        assertEquals(episode().getHomeProgrammes().get(0).getIssuedDate(), episode().getHomeProgrammes().get(1).getIssuedDate());
        assertTrue(page.homeProgrammeStatus().contains("not saved yet"), page.homeProgrammeStatus());
        assertEquals("Same day, every day", episode().getHomeProgrammes().get(1).getExercises().get(0).getInstructions());
        assertEquals(null, episode().getHomeProgrammes().get(0).getExercises().get(0).getInstructions(), "as given");
    }

    @Test
    void spinnersMakeAnOutOfRangeCountImpossibleAndATypedDecimalIsCheckedInline() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.answerReasonWith("Add side plank", false).addModality("core.side-plank").setDosage("holdSeconds", "500");
        assertEquals("60", DosageText.toMap(plan().getCurrentRevision().getInterventions().get(1).getParameters()).get("holdSeconds"),
                "the spinner stops at the parameter's maximum");

        page.addModality("functional.lift-and-carry").setDosage("loadKg", "45");
        assertTrue(page.dosageProblems().contains("45 is outside 0..40 kg"), page.dosageProblems());
        assertEquals("5", DosageText.toMap(plan().getCurrentRevision().getInterventions().get(2).getParameters()).get("loadKg"),
                "an invalid dosage is not stored");
        page.setDosage("loadKg", "7.5");
        assertEquals("", page.dosageProblems());
        assertEquals("7.5", DosageText.toMap(plan().getCurrentRevision().getInterventions().get(2).getParameters()).get("loadKg"));
    }

    @Test
    void acceptingASuggestionAddsItWithTheRationaleAndRejectingHidesIt() {
        open(PlanFixtures.chronicPatientWithPlan());
        List<String> offered = page.suggestionIds();
        assertTrue(offered.containsAll(List.of("core.abdominal-bracing", "core.side-plank", "prevention.walking-programme",
                "flexibility.prone-press-up", "goal.reduce-disability")), offered.toString());
        assertFalse(offered.contains("core.bird-dog"), "already in the plan: not offered again");

        page.answerReasonWith("Accepted suggestions", true)
                .acceptSuggestion("prevention.walking-programme", "Walks the dog daily: build on it");
        PlannedIntervention walking = plan().getCurrentRevision().getInterventions().get(1);
        assertEquals("prevention.walking-programme", walking.getModalityId());
        assertEquals("Walks the dog daily: build on it", walking.getRationale());
        assertTrue(walking.getEvidence().contains("doi:10.2519/jospt.2021.0304"), walking.getEvidence());
        assertFalse(page.suggestionIds().contains("prevention.walking-programme"));

        page.editSuggestionRationale("core.side-plank", "Shoulder pain in side-lying");
        page.rejectSuggestion("core.side-plank");
        assertFalse(page.suggestionIds().contains("core.side-plank"));
        assertEquals(2, plan().getCurrentRevision().getInterventions().size(), "rejecting adds no intervention");
        RejectedSuggestion rejected = plan().getCurrentRevision().getRejectedSuggestions().get(0);
        assertEquals("core.side-plank", rejected.getSuggestionId());
        assertEquals("Shoulder pain in side-lying", rejected.getRationale(), "the therapist's rationale is kept");
        domain.getCommandStack().undo();
        UiTesting.flush();
        assertTrue(page.suggestionIds().contains("core.side-plank"), "undo offers it again");
        domain.getCommandStack().redo();
        UiTesting.flush();
        assertFalse(page.suggestionIds().contains("core.side-plank"));

        page.acceptSuggestion("flexibility.prone-press-up", null);
        assertEquals("Directional preference for extension: repeated extension for symptom modulation",
                plan().getCurrentRevision().getInterventions().get(2).getRationale(), "the suggested rationale is kept as is");
        assertEquals(1, page.reasonsAsked(), "both acceptances go into the one new revision");
    }

    @Test
    void aRationaleBeingEditedInASuggestionSurvivesOtherChangesToThePlan() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.editSuggestionRationale("core.side-plank", "Only once the bird-dog is easy");
        page.answerReasonWith("Two visits a week", true).setVisitsPerWeek(2);
        assertEquals(2, plan().getCurrentRevision().getVisitsPerWeek());
        assertEquals("Only once the bird-dog is easy", page.suggestionRationale("core.side-plank"));
        page.acceptSuggestion("core.side-plank", null);
        assertEquals("Only once the bird-dog is easy", plan().getCurrentRevision().getInterventions().get(1).getRationale());
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals(null, plan().getCurrentRevision().getVisitsPerWeek());
        assertEquals(1, plan().getRevisions().size());
    }

    @Test
    void aRedFlagGivesOnlyAReferralSuggestion() {
        open(PlanFixtures.withRedFlag(PlanFixtures.chronicPatientWithPlan(), "major-trauma", RedFlagCategory.FRACTURE));
        assertEquals(List.of(), page.suggestionIds().stream().filter(id -> !id.startsWith("referral.")).toList());
        assertTrue(page.warnings().contains("Bird-dog (core.bird-dog) contraindicated"), page.warnings());
    }

    @Test
    void aContraindicatedModalityWarnsInThePickerInTheFormAndBeforeSave() throws Exception {
        open(PlanFixtures.withCondition(PlanFixtures.chronicPatientWithPlan(), "osteoporosis"));
        assertEquals("", page.warnings());
        assertEquals(List.of(), PlanSaveCheck.warningsBeforeSave(patient));

        page.pick("manual-therapy.joint-mobilisation");
        assertTrue(page.pickedVerdict().contains("precaution") && page.pickedVerdict().contains("osteoporosis"),
                page.pickedVerdict());
        List<String> acknowledged = new java.util.ArrayList<>();
        form.setOverridePrompt((parent, verdict) -> {
            acknowledged.addAll(verdict.reasons());
            return java.util.Optional.of("Grades I-II only");
        });
        page.answerReasonWith("Add mobilisation", true).addModality("manual-therapy.joint-mobilisation");
        assertTrue(acknowledged.get(0).startsWith("warn (osteoporosis)"), acknowledged.toString());
        assertTrue(acknowledged.get(0).contains("Fragile bone"), acknowledged.toString());
        assertEquals("", page.warnings(), "acknowledged: nothing left to decide");
        assertEquals("acknowledged", page.interventions().get(1).get(4));
        page.addGoal("Sit through a working morning", "120", "minutes");
        shell.setSize(1250, 1450); // all of the form in the picture
        UiTesting.flush();
        Screenshots.save(form.getControl(), "plan-form.png");
        assertEquals(List.of(), PlanSaveCheck.warningsBeforeSave(patient), "the acknowledgement is on record");
        assertEquals(List.of(), PlanSaveCheck.problemsBeforeSave(patient));

        // planned without the form (no acknowledgement): the save is refused
        Patient planned = PlanFixtures.withCondition(PlanFixtures.chronicPatientWithPlan(), "osteoporosis");
        org.physiobench.model.api.ClinicalRecords.addIntervention(planned.getEpisodes().get(0).getPlans().get(0)
                .getCurrentRevision(), "manual-therapy.joint-mobilisation");
        List<String> beforeSave = PlanSaveCheck.problemsBeforeSave(planned);
        assertEquals(1, beforeSave.size(), beforeSave.toString());
        assertTrue(beforeSave.get(0).startsWith("Joint mobilisation (grades I-IV) (manual-therapy.joint-mobilisation) precaution: warn (osteoporosis)"),
                beforeSave.get(0));
        assertTrue(beforeSave.get(0).endsWith("Acknowledge the precaution, or remove it from the plan."), beforeSave.get(0));
        assertEquals(beforeSave, PlanSaveCheck.warningsBeforeSave(planned));

        domain.getCommandStack().undo(); // the goal
        domain.getCommandStack().undo(); // the mobilisation
        UiTesting.flush();
        assertEquals("", page.warnings());
        assertNull(PlanSaveCheck.warningsBeforeSave(patient).stream().findFirst().orElse(null));
        assertNotNull(form.getControl());
    }
}
