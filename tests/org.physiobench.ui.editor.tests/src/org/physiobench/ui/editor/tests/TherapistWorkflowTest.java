package org.physiobench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.physiobench.demo.api.DemoData;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.editor.api.PatientEditors;
import org.physiobench.ui.editor.internal.AssessmentsPage;
import org.physiobench.ui.editor.internal.OverviewPage;
import org.physiobench.ui.editor.internal.PatientEditor;
import org.physiobench.ui.editor.internal.PlanPage;
import org.physiobench.ui.editor.internal.SessionsPage;
import org.physiobench.ui.patients.api.PatientCommands;
import org.physiobench.ui.patients.internal.PatientsView;
import org.physiobench.ui.progress.api.ProgressData;
import org.physiobench.ui.progress.internal.ProgressView;
import org.physiobench.ui.testing.AssessmentFormPage;
import org.physiobench.ui.testing.PlanFormPage;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.SessionFormPage;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Widgets;

/**
 * A visit, end to end in the real workbench and through its widgets: a demo patient opened from
 * the patient list, an ODI entered in the assessment editor and scored, a modality added to the
 * plan, the session recorded, the record saved - and the new points on the progress chart.
 */
class TherapistWorkflowTest {

    @Test
    void fromThePatientListToAPointOnTheProgressChart() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Patient demo = demoPatientInTreatment();
        PatientEditor editor = openFromThePatientList(page, demo);
        assertTrue(Screenshots.save(shell(), "editor-overview.png") > 4, "the overview drew nothing");

        AssessmentsPage assessments = (AssessmentsPage) editor.setActivePage(AssessmentsPage.ID);
        UiTesting.flush();
        Widgets.click(EditorFixture.find(editor.getPageContainer(), "new-assessment", Button.class));
        AssessmentFormPage assessment = new AssessmentFormPage(assessments.getShownForm().orElseThrow().getControl());
        assessment.addInstrument("odi").answerAll("odi", 3, 2, 2, 1, 2, 1, 2, 1, 2, null);
        assertEquals("35.6 %", assessment.score("odi"));
        assertTrue(maximized(page, editor, "editor-assessment.png") > 4, "the assessment page drew nothing");

        PlanPage plan = (PlanPage) editor.setActivePage(PlanPage.ID);
        UiTesting.flush();
        PlanFormPage planForm = new PlanFormPage(plan.getForm().orElseThrow());
        planForm.answerReasonWith("ODI 35.6 %: add core stability", true).addModality("core.bird-dog");
        assertTrue(planForm.interventions().stream().anyMatch(row -> String.join(" ", row).contains("ird")),
                "the bird dog is not in the plan: " + planForm.interventions());
        assertTrue(maximized(page, editor, "editor-plan.png") > 4, "the plan page drew nothing");

        SessionsPage sessions = (SessionsPage) editor.setActivePage(SessionsPage.ID);
        UiTesting.flush();
        SessionFormPage session = new SessionFormPage(sessions.getForm().orElseThrow());
        session.newSession().setPain(6, 3).setAdherence(80).setSoap("Better mornings", "Flexion to knee", "Improving",
                "Progress bird dog");
        assertTrue(session.deliveredModalityIds().contains("core.bird-dog"), "the planned bird dog is not pre-filled");
        assertTrue(maximized(page, editor, "editor-sessions.png") > 4, "the sessions page drew nothing");

        // saves through the warnings (a demo patient over 50 carries the age red flag)
        editor.setPrompts(new SavingPrompts());
        assertTrue(editor.save(), "the visit was not saved");

        ProgressView progress = (ProgressView) page.showView(ProgressView.ID);
        page.activate(editor);
        UiTesting.flush();
        ProgressData shown = progress.getChart().getData();
        ProgressData.ScorePoint latestOdi = shown.trend("odi", "total").orElseThrow().latest();
        assertEquals(LocalDate.now(), latestOdi.date());
        assertEquals(35.6, latestOdi.value(), 0.05);
        ProgressData.SessionPain lastVisit = shown.sessionPain().get(shown.sessionPain().size() - 1);
        assertEquals(new ProgressData.SessionPain(LocalDate.now(), 6, 3), lastVisit);
        assertTrue(chartHasPoint(progress.getChart().getCharts(), 35.6), "no 35.6 point drawn on a chart");
        editor.setActivePage(OverviewPage.ID);
        UiTesting.flush();
        assertTrue(Screenshots.save(shell(), "editor-progress.png") > 4, "the workbench drew nothing");
        page.closeAllEditors(false);
    }

    /** @return a demo patient (as the product's demo button makes them) with an active episode, now in the store */
    private static Patient demoPatientInTreatment() throws Exception {
        DemoData demo = new DemoData(7);
        demo.populate(EditorFixture.store(), 30, written -> { });
        return IntStream.range(0, 30).mapToObj(demo::patient)
                .filter(patient -> ClinicalRecords.activeEpisode(patient).isPresent()).findFirst().orElseThrow();
    }

    /** Filters the list to the patient, selects the row and opens it with Open (Ctrl+O). */
    private static PatientEditor openFromThePatientList(IWorkbenchPage page, Patient patient) throws Exception {
        PatientsView view = (PatientsView) page.showView(PatientsView.ID);
        // typed into the filter: the list queries once the typing pauses
        view.getFilter().setText(patient.getFamilyName());
        EditorFixture.waitFor(() -> patient.getFamilyName().equals(view.getRows().query().nameContains())
                && view.getRows().getRowCount() > 0 && view.getRows().getRowObject(0) != null, "the filtered list");
        int row = IntStream.range(0, view.getRows().getRowCount())
                .filter(index -> view.getRows().getRowObject(index).id().equals(patient.getId())).findFirst().orElseThrow();
        view.getSelectionLayer().doCommand(new SelectRowsCommand(view.getSelectionLayer(), 0, row, false, false));
        EditorFixture.waitFor(() -> view.selectedPatient().map(selected -> selected.id().equals(patient.getId())).orElse(false),
                "the selected patient loaded");
        view.getSite().getService(IHandlerService.class).executeCommand(PatientCommands.OPEN_SELECTED_PATIENT, null);
        EditorFixture.waitFor(() -> PatientEditors.findOpen(page, patient.getId()).isPresent(),
                "the patient editor (the list says: " + view.getStatus() + ")");
        UiTesting.flush();
        return (PatientEditor) PatientEditors.findOpen(page, patient.getId()).get();
    }

    private static boolean chartHasPoint(List<Chart> charts, double value) {
        return charts.stream().flatMap(chart -> Arrays.stream(chart.getSeriesSet().getSeries()))
                .map(ISeries::getYSeries).anyMatch(ys -> ys != null && Arrays.stream(ys).anyMatch(y -> Math.abs(y - value) < 0.05));
    }

    /** A screenshot of the editor alone, maximized, as a therapist working on one page sees it. */
    private static int maximized(IWorkbenchPage page, PatientEditor editor, String name) throws Exception {
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        UiTesting.flush();
        try {
            return Screenshots.save(shell(), name);
        } finally {
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
            UiTesting.flush();
        }
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }
}
