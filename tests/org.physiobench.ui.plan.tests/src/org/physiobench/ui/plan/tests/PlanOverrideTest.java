package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.Modalities;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ContraindicationOverride;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.MedicalReview;
import org.physiobench.model.api.OverrideKind;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditQuery;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.ui.plan.api.PlanForm;
import org.physiobench.ui.plan.api.PlanSaveCheck;
import org.physiobench.ui.plan.api.PlanWidgetIds;
import org.physiobench.ui.plan.internal.OverrideDialog;
import org.physiobench.ui.testing.PlanFormPage;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Widgets;

/**
 * Blocks block; overrides are explicit: a blocked modality is planned only with an override that
 * has a reason, a warned one with an acknowledgement, both recorded in the plan revision; the
 * save check refuses a plan while one is missing; urgent triage blocks active treatment (not
 * education) until a medical review.
 */
class PlanOverrideTest {

    private static final String REASON = "CT 2026-11-20 excluded a fracture; GP agrees to graded trunk loading";

    private Shell shell;
    private FormToolkit toolkit;
    private AdapterFactoryEditingDomain domain;
    private Patient patient;
    private PlanForm form;
    private PlanFormPage page;
    /** The verdicts the override prompt was asked about. */
    private final List<ContraindicationVerdict> asked = new ArrayList<>();

    private void open(Patient opened) {
        patient = opened;
        domain = PlanFixtures.domainFor(opened);
        shell = PlanFixtures.shell(1200, 1000);
        toolkit = new FormToolkit(shell.getDisplay());
        form = new PlanForm(shell, toolkit, domain, episode());
        form.setClock(PlanFixtures.CLOCK);
        form.setActor(() -> PlanFixtures.THERAPIST);
        form.refresh();
        shell.open();
        UiTesting.flush();
        page = new PlanFormPage(form);
        answerOverridesWith(null); // no real dialog: a question nobody expects is cancelled (and counted)
        page.answerReasonWith("Plan changed for the test", true);
    }

    /** @param answer the reason or note every override question is answered with; null cancels */
    private void answerOverridesWith(String answer) {
        asked.clear();
        form.setOverridePrompt((parent, verdict) -> {
            asked.add(verdict);
            return Optional.ofNullable(answer);
        });
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

    private ContraindicationVerdict verdict(String modalityId) {
        return PlanContraindications.verdict(Modalities.registry().find(modalityId).orElseThrow(), patient);
    }

    private String addButtonText() {
        return Widgets.find(form.getControl(), PlanWidgetIds.KEY, PlanWidgetIds.ADD_INTERVENTION, Button.class).getText();
    }

    private List<String> overrideLines() {
        Composite list = Widgets.find(form.getControl(), PlanWidgetIds.KEY, PlanWidgetIds.OVERRIDES, Composite.class);
        return Widgets.all(list, Label.class).stream().filter(label -> label.getData() != null).map(Label::getText).toList();
    }

    private static Patient withFracture() {
        return PlanFixtures.withRedFlag(PlanFixtures.chronicPatientWithPlan(), "major-trauma", RedFlagCategory.FRACTURE);
    }

    @Test
    void aBlockedModalityCannotBeSavedWithoutAnOverrideReason() throws Exception {
        open(withFracture());
        // the bird-dog planned before the fracture flag was recorded: the save is refused
        List<String> refused = PlanSaveCheck.problemsBeforeSave(patient);
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).startsWith("Bird-dog (core.bird-dog) contraindicated: block (fracture): Suspected vertebral fracture"),
                refused.get(0));
        assertTrue(refused.get(0).endsWith("Remove it from the plan, or override the block with a reason."), refused.get(0));
        assertEquals("blocked", page.interventions().get(0).get(4));
        assertTrue(page.warnings().contains("not saved until each is overridden"), page.warnings());

        // picking a blocked modality says so, and adding it asks for the override first
        page.pick("core.side-plank");
        assertEquals("Override and add\u2026", addButtonText());
        page.addModality("core.side-plank");
        assertEquals(1, asked.size());
        assertEquals(ContraindicationVerdict.Status.BLOCKED, asked.get(0).status());
        assertEquals(0, page.reasonsAsked(), "cancelled before the plan changes: no revision is started");
        assertEquals(1, plan().getRevisions().size());
        assertEquals(List.of("core.bird-dog"), modalityIds(plan().getCurrentRevision()));

        answerOverridesWith("   "); // a blank reason is no reason
        page.addModality("core.side-plank");
        assertEquals(1, asked.size());
        assertEquals(1, plan().getRevisions().size());

        answerOverridesWith(REASON);
        page.addModality("core.side-plank");
        assertEquals(1, page.reasonsAsked());
        PlanRevision revised = plan().getCurrentRevision();
        assertEquals(List.of("core.bird-dog", "core.side-plank"), modalityIds(revised));
        assertEquals(1, revised.getOverrides().size());
        ContraindicationOverride override = revised.getOverrides().get(0);
        assertEquals("core.side-plank", override.getModalityId());
        assertEquals(OverrideKind.BLOCK_OVERRIDDEN, override.getKind());
        assertEquals(REASON, override.getReason());
        assertEquals(PlanFixtures.THERAPIST, override.getBy());
        assertEquals(PlanFixtures.CLOCK.instant(), override.getAt());
        assertEquals(verdict("core.side-plank").reasons(), override.getContraindications());
        assertEquals(List.of("blocked", "overridden"), page.interventions().stream().map(row -> row.get(4)).toList());
        assertEquals(0, plan().getRevisions().get(0).getOverrides().size(), "revision 1 stays as it was");

        // still refused: the bird-dog has no override
        assertEquals(1, PlanSaveCheck.problemsBeforeSave(patient).size());

        // the therapist overrides it from the plan, with a reason
        answerOverridesWith("Reviewed with the orthopaedic surgeon: stable, may load");
        page.selectIntervention(0);
        Widgets.click(Widgets.find(form.getControl(), PlanWidgetIds.KEY, PlanWidgetIds.OVERRIDE_INTERVENTION, Button.class));
        assertEquals(1, asked.size());
        assertEquals(List.of(), PlanSaveCheck.problemsBeforeSave(patient));
        assertEquals(List.of(), PlanSaveCheck.warningsBeforeSave(patient));
        assertEquals("", page.warnings());
        assertEquals(List.of("overridden", "overridden"), page.interventions().stream().map(row -> row.get(4)).toList());
        assertFalse(Widgets.exists(form.getControl(), PlanWidgetIds.KEY, PlanWidgetIds.OVERRIDE_INTERVENTION));
        List<String> shown = overrideLines();
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("Side plank: block overridden by t-robin on "), shown.get(0));
        assertTrue(shown.get(0).contains("\"" + REASON + "\""), shown.get(0));
        assertTrue(shown.get(0).contains("Suspected vertebral fracture"), shown.get(0));
        assertTrue(shown.get(1).startsWith("Bird-dog: block overridden by t-robin"), shown.get(1));
        shell.setSize(1250, 1500);
        UiTesting.flush();
        Screenshots.save(form.getControl(), "plan-overrides.png");

        // the override is part of the change: one undo takes it back, and the save is refused again
        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals(1, PlanSaveCheck.problemsBeforeSave(patient).size());
        assertEquals(1, overrideLines().size());

        // removing the intervention drops its override with it
        page.selectIntervention(1);
        Widgets.click(Widgets.find(form.getControl(), PlanWidgetIds.KEY, PlanWidgetIds.REMOVE_INTERVENTION, Button.class));
        assertEquals(List.of(), plan().getCurrentRevision().getOverrides());
    }

    @Test
    void aWarnedSuggestionIsAcceptedOnlyWithAnAcknowledgement() {
        open(PlanFixtures.withCondition(PlanFixtures.chronicPatientWithPlan(), "osteoporosis"));
        assertEquals(ContraindicationVerdict.Status.WARNED, verdict("core.side-plank").status());

        page.acceptSuggestion("core.side-plank", null); // cancelled
        assertEquals(1, asked.size());
        assertEquals(List.of("core.bird-dog"), modalityIds(plan().getCurrentRevision()));

        answerOverridesWith("");
        page.acceptSuggestion("core.side-plank", null);
        assertEquals(1, asked.size());
        assertEquals(ContraindicationVerdict.Status.WARNED, asked.get(0).status());
        PlanRevision revised = plan().getCurrentRevision();
        assertEquals(List.of("core.bird-dog", "core.side-plank"), modalityIds(revised));
        ContraindicationOverride acknowledged = revised.getOverrides().get(0);
        assertEquals(OverrideKind.WARNING_ACKNOWLEDGED, acknowledged.getKind());
        assertNull(acknowledged.getReason(), "no note given");
        assertEquals(PlanFixtures.THERAPIST, acknowledged.getBy());
        assertTrue(acknowledged.getContraindications().get(0).startsWith("warn (osteoporosis): "),
                acknowledged.getContraindications().toString());
        assertEquals("acknowledged", page.interventions().get(1).get(4));
        assertEquals(List.of(), PlanSaveCheck.problemsBeforeSave(patient));

        // acknowledged once: the next change of the same revision does not ask again
        answerOverridesWith("Knee variant only");
        page.addModality("manual-therapy.joint-mobilisation");
        assertEquals(1, asked.size(), "only the mobilisation asks");
        assertEquals("Knee variant only", revised.getOverrides().get(1).getReason());
        assertEquals(List.of("allowed", "acknowledged", "acknowledged"),
                page.interventions().stream().map(row -> row.get(4)).toList());
    }

    @Test
    void urgentTriageBlocksActiveTreatmentButNotEducationUntilMedicallyReviewed() {
        open(PlanFixtures.withRedFlag(PlanFixtures.chronicPatientWithPlan(), "foot-drop", RedFlagCategory.NEUROLOGICAL_DEFICIT));
        ContraindicationVerdict core = verdict("core.bird-dog");
        assertEquals(ContraindicationVerdict.Status.BLOCKED, core.status());
        assertTrue(core.reasons().stream().anyMatch(reason -> reason.contains("Urgent red flag - Medical review within 24 hours")), core.reasons().toString());
        assertEquals(ContraindicationVerdict.Status.BLOCKED, verdict("flexibility.prone-press-up").status());
        assertEquals(1, PlanSaveCheck.problemsBeforeSave(patient).size());

        // education is not blocked (advice only until the review: a precaution, acknowledged)
        assertEquals(ContraindicationVerdict.Status.WARNED, verdict("education.pain-neuroscience").status());
        answerOverridesWith("");
        page.addModality("education.pain-neuroscience");
        assertEquals(List.of(ContraindicationVerdict.Status.WARNED), asked.stream().map(ContraindicationVerdict::status).toList());
        assertEquals(List.of("core.bird-dog", "education.pain-neuroscience"), modalityIds(plan().getCurrentRevision()));
        answerOverridesWith(null);
        page.addModality("flexibility.prone-press-up"); // cancelled
        assertEquals(1, asked.size());
        assertEquals(2, plan().getCurrentRevision().getInterventions().size());

        // a medical review of the finding on or after the "yes" lifts the block
        MedicalReview review = ClinicalFactory.eINSTANCE.createMedicalReview();
        review.setDate(LocalDate.of(2026, 10, 2));
        review.setReviewer("Dr Lee, general practitioner");
        review.setOutcome("L5 radiculopathy, stable; treatment may proceed");
        review.getFindings().add("foot-drop");
        patient.getMedicalReviews().add(review);
        UiTesting.flush();
        assertEquals(ContraindicationVerdict.Status.ALLOWED, verdict("core.bird-dog").status());
        assertEquals(List.of(), PlanSaveCheck.problemsBeforeSave(patient));
        assertEquals(List.of("allowed", "allowed"), page.interventions().stream().map(row -> row.get(4)).toList());
    }

    @Test
    void theOverrideDialogRequiresAReasonAndAPrecautionAnAcknowledgement() throws Exception {
        open(withFracture());
        page.pick("core.side-plank");
        shell.setSize(1250, 880);
        OverrideDialog dialog = new OverrideDialog(shell, verdict("core.side-plank"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiTesting.flush();
            assertEquals(verdict("core.side-plank").reasons().size(), Widgets.findAll(dialog.getShell(), PlanWidgetIds.KEY,
                    PlanWidgetIds.OVERRIDE_CONTRAINDICATION, Label.class).size());
            assertFalse(dialog.canFinish(), "no reason yet");
            Widgets.type(dialog.reasonText(), "  ");
            assertFalse(dialog.canFinish(), "a blank reason is no reason");
            Widgets.type(dialog.reasonText(), REASON);
            assertTrue(dialog.canFinish());
            UiTesting.flush();
            assertTrue(Screenshots.save(dialog.getShell(), "plan-override-dialog.png") > 10);
            screenshotOfTheScreen(dialog.getShell(), "plan-override-dialog.png");
            dialog.finish();
            assertEquals(REASON, dialog.answer());
        } finally {
            dialog.close();
        }

        Patient osteoporosis = PlanFixtures.withCondition(PlanFixtures.chronicPatientWithPlan(), "osteoporosis");
        OverrideDialog precaution = new OverrideDialog(shell,
                PlanContraindications.verdict(Modalities.registry().find("core.side-plank").orElseThrow(), osteoporosis));
        precaution.setBlockOnOpen(false);
        precaution.open();
        try {
            UiTesting.flush();
            assertFalse(precaution.canFinish(), "not acknowledged yet");
            Widgets.click(precaution.acknowledgement());
            assertTrue(precaution.canFinish(), "the note is optional");
            precaution.finish();
            assertEquals("", precaution.answer());
        } finally {
            precaution.close();
        }
    }

    /**
     * When PHYSIOBENCH_ROOT_SCREENSHOT names a folder, {@code shell} is also captured from the X
     * screen with ImageMagick's {@code import -window root}, cropped to the shell (the pictures of
     * docs/images); otherwise nothing.
     */
    private static void screenshotOfTheScreen(Shell shell, String name) throws Exception {
        String folder = System.getenv("PHYSIOBENCH_ROOT_SCREENSHOT");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Files.createDirectories(Path.of(folder));
        // let GTK finish its style transitions (a button turning enabled) before the picture
        long until = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < until) {
            UiTesting.flush();
        }
        // the client area: without a window manager the shell's bounds reserve room for a frame
        org.eclipse.swt.graphics.Point origin = shell.toDisplay(0, 0);
        org.eclipse.swt.graphics.Rectangle area = shell.getClientArea();
        Process process = new ProcessBuilder("import", "-window", "root", "-crop",
                area.width + "x" + area.height + "+" + origin.x + "+" + origin.y, "+repage",
                Path.of(folder, name).toString()).inheritIO().start();
        while (process.isAlive()) {
            UiTesting.flush();
        }
        assertEquals(0, process.exitValue(), "import -window root");
    }

    @Test
    void theSaveThatPutsAnOverrideOnRecordIsOnTheAuditTrail() throws Exception {
        Path folder = Files.createTempDirectory("plan-override-store");
        try (ClinicalStore store = ClinicalStores.open(new StoreSettings.Sqlite(folder.resolve("records.db")))) {
            open(withFracture());
            store.savePatient(patient, 0, PlanFixtures.THERAPIST);
            answerOverridesWith(REASON);
            page.addModality("core.side-plank");
            long version = store.savePatient(patient, 1, PlanFixtures.THERAPIST);
            form.markSaved();
            long again = store.savePatient(patient, version, PlanFixtures.THERAPIST);
            Patient reloaded = store.loadPatient(patient.getId(), PlanFixtures.THERAPIST).patient();
            ContraindicationOverride stored = reloaded.getEpisodes().get(0).getPlans().get(0).getCurrentRevision()
                    .getOverrides().get(0);
            assertEquals(REASON, stored.getReason());
            assertEquals(PlanFixtures.CLOCK.instant(), stored.getAt());

            List<AuditEntry> trail = store.auditTrail(AuditQuery.forRecord(patient.getId()));
            List<String> details = trail.stream().map(AuditEntry::detail).toList();
            assertEquals(List.of("version 1",
                    "version 2; block-overridden core.side-plank in plan revision 2 by t-robin at 2026-11-26T10:00:00Z",
                    "version " + again, "version " + again), details.subList(0, 4));
        }
    }
}
