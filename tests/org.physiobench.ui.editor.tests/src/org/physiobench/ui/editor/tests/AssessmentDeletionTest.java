package org.physiobench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.ui.editor.tests.EditorFixture.find;
import static org.physiobench.ui.editor.tests.EditorFixture.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.editor.api.PatientEditors;
import org.physiobench.ui.editor.internal.AssessmentsPage;
import org.physiobench.ui.editor.internal.OverviewPage;
import org.physiobench.ui.editor.internal.PatientEditor;
import org.physiobench.ui.editor.internal.RedFlagBanner;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Widgets;

/**
 * Deleting an assessment recorded by mistake: asked first, undoable until saved, and refused
 * while its red-flag screening records a "yes" (a red-flag finding never leaves the record as a
 * side effect).
 */
class AssessmentDeletionTest {

    private IWorkbenchPage page;
    private final AnsweringPrompts prompts = new AnsweringPrompts();

    @BeforeEach
    void activePage() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        UiTesting.flush();
    }

    @Test
    void anAssessmentIsDeletedOnlyWhenConfirmedAndUndoBringsItBack() throws Exception {
        Patient patient = ClinicalRecords.newPatient("Alex", "Mistaken", LocalDate.of(1980, 5, 17));
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Low back pain", LocalDate.now().minusDays(10));
        Assessment initial = ClinicalRecords.newAssessment(episode, AssessmentKind.INITIAL,
                LocalDate.now().minusDays(9), "tester");
        ClinicalRecords.answer(ClinicalRecords.newAdministration(initial, "nprs", initial.getDate()), "1", 6);
        StoredPatient record = EditorFixture.save(patient);
        PatientEditor editor = open(record);
        Assessment assessment = editor.getPatient().getEpisodes().get(0).getAssessments().get(0);

        prompts.confirm = false;
        clickDelete(editor);
        assertEquals(1, prompts.questions.size());
        String asked = prompts.questions.get(0);
        assertTrue(asked.contains("initial assessment of " + assessment.getDate()), asked);
        assertTrue(asked.contains("Numeric Pain Rating Scale"), asked);
        assertTrue(asked.contains("Undo brings it back"), asked);
        assertEquals(1, episodeAssessments(editor), "declined: nothing deleted");
        assertFalse(editor.isDirty());

        prompts.confirm = true;
        clickDelete(editor);
        assertEquals(0, episodeAssessments(editor));
        assertTrue(editor.isDirty());
        assertFalse(deleteButton(editor).isEnabled(), "nothing shown, nothing to delete");

        editor.getEditingDomain().getCommandStack().undo();
        UiTesting.flush();
        assertEquals(1, episodeAssessments(editor), "undo brings the assessment back");

        editor.getEditingDomain().getCommandStack().redo();
        UiTesting.flush();
        editor.setPrompts(prompts);
        assertTrue(editor.save());
        assertEquals(0, store().loadPatient(record.id(), "tester").patient().getEpisodes().get(0)
                .getAssessments().size());
    }

    @Test
    void anAssessmentWithAPositiveRedFlagIsNotDeletedUntilTheAnswerIsCorrected() throws Exception {
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Flagged", List.of("saddle-anaesthesia"),
                List.of("foot-drop")));
        Assessment assessment = editor.getPatient().getEpisodes().get(0).getAssessments().get(0);

        clickDelete(editor);
        assertEquals(List.of(), prompts.questions, "not even asked");
        assertEquals(1, prompts.refusals.size());
        String refusal = prompts.refusals.get(0);
        assertTrue(refusal.contains("Cauda equina syndrome: Saddle anaesthesia"), refusal);
        assertEquals(1, episodeAssessments(editor));
        assertFalse(editor.isDirty());
        OverviewPage overview = (OverviewPage) editor.findPage(OverviewPage.ID);
        assertEquals(RedFlagBanner.Level.FLAGS, overview.getBanner().getLevel());

        // the therapist corrects the answer recorded in error; then the assessment can go
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                assessment.getRedFlagScreening().getAnswers().get(0),
                ClinicalPackage.Literals.RED_FLAG_ANSWER__ANSWER, ScreeningAnswer.NO));
        UiTesting.flush();
        clickDelete(editor);
        assertEquals(1, prompts.questions.size());
        assertEquals(0, episodeAssessments(editor));
    }

    private PatientEditor open(StoredPatient record) throws Exception {
        PatientEditor editor = (PatientEditor) PatientEditors.open(page, record);
        editor.setPrompts(prompts);
        editor.setActivePage(AssessmentsPage.ID);
        UiTesting.flush();
        return editor;
    }

    private static void clickDelete(PatientEditor editor) {
        Widgets.click(deleteButton(editor));
        UiTesting.flush();
    }

    private static Button deleteButton(PatientEditor editor) {
        return find(editor.getPageContainer(), AssessmentsPage.DELETE_BUTTON, Button.class);
    }

    private static int episodeAssessments(PatientEditor editor) {
        return editor.getPatient().getEpisodes().get(0).getAssessments().size();
    }

    /** Answers the editor's questions and records what it asked or refused. */
    private static final class AnsweringPrompts extends SavingPrompts {
        final List<String> questions = new ArrayList<>();
        final List<String> refusals = new ArrayList<>();
        boolean confirm = true;

        @Override
        public boolean confirmDeletion(Shell shell, String title, String question) {
            questions.add(question);
            return confirm;
        }

        @Override
        public void explainRefusal(Shell shell, String title, String reason) {
            refusals.add(reason);
        }
    }
}
