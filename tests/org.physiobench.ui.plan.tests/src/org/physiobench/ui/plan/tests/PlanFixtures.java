package org.physiobench.ui.plan.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.DirectionalPreference;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.MedicalCondition;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.model.api.TreatmentPlan;

/**
 * Patients for the plan and session tests: chronic low back pain (onset 2026-07-01, "today" is
 * 2026-11-26: 148 days), directional preference extension, no red flags, a saved plan whose
 * revision 1 has a bird dog; optionally osteoporosis or a fracture red flag.
 */
final class PlanFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final String THERAPIST = "t-robin";

    private PlanFixtures() {
    }

    static Patient chronicPatient() {
        Patient patient = ClinicalRecords.newPatient("Sam", "Tester", LocalDate.of(1988, 5, 3));
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Non-specific low back pain", LocalDate.of(2026, 10, 1));
        episode.setOnsetDate(LocalDate.of(2026, 7, 1));
        Assessment assessment = ClinicalRecords.newAssessment(episode, AssessmentKind.INITIAL, LocalDate.of(2026, 10, 1), THERAPIST);
        assessment.getPain().setOnsetDate(LocalDate.of(2026, 7, 1));
        assessment.getExamination().setDirectionalPreference(DirectionalPreference.EXTENSION);
        assessment.getRedFlagScreening().getAnswers().add(answer("saddle-anaesthesia", RedFlagCategory.CAUDA_EQUINA, ScreeningAnswer.NO));
        return patient;
    }

    static Patient chronicPatientWithPlan() {
        Patient patient = chronicPatient();
        EpisodeOfCare episode = patient.getEpisodes().get(0);
        TreatmentPlan plan = ClinicalRecords.newPlan(episode, LocalDate.of(2026, 10, 1), THERAPIST, "Initial plan after assessment",
                Instant.parse("2026-10-01T09:00:00Z"));
        plan.getCurrentRevision().setAgreedWithPatient(true);
        PlannedIntervention birdDog = ClinicalRecords.addIntervention(plan.getCurrentRevision(), "core.bird-dog",
                ClinicalRecords.parameter("sets", "2"), ClinicalRecords.parameter("repetitions", "6"),
                ClinicalRecords.parameter("holdSeconds", "8"), ClinicalRecords.parameter("variant", "arm-and-leg"));
        birdDog.setTimesPerWeek(3);
        return patient;
    }

    static Patient withCondition(Patient patient, String conditionId) {
        MedicalCondition condition = ClinicalFactory.eINSTANCE.createMedicalCondition();
        condition.setName(conditionId);
        condition.setConditionId(conditionId);
        condition.setCurrent(true);
        patient.getEpisodes().get(0).getAssessments().get(0).getMedicalHistory().getConditions().add(condition);
        return patient;
    }

    static Patient withRedFlag(Patient patient, String questionId, RedFlagCategory category) {
        patient.getEpisodes().get(0).getAssessments().get(0).getRedFlagScreening().getAnswers()
                .add(answer(questionId, category, ScreeningAnswer.YES));
        return patient;
    }

    static Patient withHomeProgramme(Patient patient) {
        HomeProgramme programme = ClinicalFactory.eINSTANCE.createHomeProgramme();
        programme.setId(ClinicalIds.newId());
        programme.setIssuedDate(LocalDate.of(2026, 10, 8));
        programme.setTherapistId(THERAPIST);
        programme.setNotes("Stop and call if the pain spreads below the knee.");
        programme.getExercises().add(exercise("flexibility.prone-press-up", "Lie on your front and press up, hips down.", 3, 7,
                "repetitions", "10"));
        programme.getExercises().add(exercise("prevention.walking-programme", null, 1, 5, "minutesPerSession", "20"));
        patient.getEpisodes().get(0).getHomeProgrammes().add(programme);
        return patient;
    }

    private static HomeExercise exercise(String modalityId, String instructions, int perDay, int daysPerWeek, String name,
            String value) {
        HomeExercise exercise = ClinicalFactory.eINSTANCE.createHomeExercise();
        exercise.setId(ClinicalIds.newId());
        exercise.setModalityId(modalityId);
        exercise.setInstructions(instructions);
        exercise.setTimesPerDay(perDay);
        exercise.setDaysPerWeek(daysPerWeek);
        exercise.getParameters().add(ClinicalRecords.parameter(name, value));
        return exercise;
    }

    private static RedFlagAnswer answer(String questionId, RedFlagCategory category, ScreeningAnswer value) {
        RedFlagAnswer answer = ClinicalFactory.eINSTANCE.createRedFlagAnswer();
        answer.setQuestionId(questionId);
        answer.setCategory(category);
        answer.setAnswer(value);
        return answer;
    }

    /** The editor's set-up: the patient in a resource of an editing domain with a fresh (saved) command stack. */
    static AdapterFactoryEditingDomain domainFor(Patient patient) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Resource resource = new ResourceImpl(URI.createURI("memory:/" + patient.getId() + ".patient"));
        resource.getContents().add(patient);
        domain.getResourceSet().getResources().add(resource);
        return domain;
    }

    static Shell shell(int width, int height) {
        Shell shell = new Shell(Display.getDefault(), SWT.SHELL_TRIM);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return shell;
    }
}
