package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.plan.internal.HomeProgrammeView;
import org.physiobench.ui.testing.PatientSelectionView;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Views;

/** The home-programme view in the real workbench, following the workbench selection. */
class HomeProgrammeViewTest {

    /** The view of bundle org.physiobench.ui.progress the home programme is stacked with. */
    private static final String PROGRESS_VIEW = "org.physiobench.ui.views.progress";
    /** The patients view (bundle org.physiobench.ui.patients, when installed) in the navigation folder. */
    private static final String PATIENTS_VIEW = "org.physiobench.ui.views.patients";

    private IWorkbenchPage page;

    @BeforeEach
    void resetViews() {
        page = Views.activePage();
        Views.hide(page, HomeProgrammeView.ID, PatientSelectionView.ID);
    }

    @AfterEach
    void closeViews() {
        Views.hide(page, PatientSelectionView.ID);
    }

    /**
     * The Clinical perspective puts the home programme as the second tab of the progress view's
     * folder below the editors (ClinicalPerspective.PATIENT_VIEWS), never in the patients'
     * navigation folder.
     */
    @Test
    void isTheTabAfterProgressBelowTheEditorsInTheClinicalPerspective() throws Exception {
        page.resetPerspective();
        UiTesting.flush();
        assertNotNull(page.findViewReference(HomeProgrammeView.ID), "the clinical perspective does not have the home programme");
        IViewPart progress = page.showView(PROGRESS_VIEW);
        IViewPart home = page.showView(HomeProgrammeView.ID);
        UiTesting.flush();
        List<IViewPart> stack = Arrays.asList(page.getViewStack(home));
        assertTrue(stack.contains(progress), "not stacked with the progress view: " + stack);
        IViewPart patients = page.findView(PATIENTS_VIEW);
        assertTrue(patients == null || !stack.contains(patients), "in the patients' folder: " + stack);
    }

    @Test
    void showsTheSelectedPatientsExercisesWithDosageAndInstructions() throws Exception {
        HomeProgrammeView view = (HomeProgrammeView) page.showView(HomeProgrammeView.ID);
        UiTesting.flush();
        assertTrue(texts(view).contains(HomeProgrammeView.NO_PATIENT_MESSAGE), texts(view).toString());

        Patient patient = PlanFixtures.withHomeProgramme(PlanFixtures.chronicPatient());
        select(patient);
        List<String> texts = texts(view);
        assertTrue(texts.contains("1. Prone press-up (repeated extension)"), texts.toString());
        assertTrue(texts.contains("Repetitions per session 10 - 3 times a day, 7 days a week"), texts.toString());
        assertTrue(texts.contains("Lie on your front and press up, hips down."), texts.toString());
        assertTrue(texts.contains("2. Walking programme"), texts.toString());
        assertTrue(texts.contains("Minutes per walk 20 min - once a day, 5 days a week"), texts.toString());
        // no own words for the walk: the modality's patient instructions are shown
        String walkInstructions = org.physiobench.modality.api.Modalities.registry().find("prevention.walking-programme")
                .orElseThrow().patientInstructions();
        assertTrue(texts.contains(walkInstructions), texts.toString());
        assertTrue(texts.contains("Stop and call if the pain spreads below the knee."), texts.toString());
        // the whole programme in the picture: the view maximized (the test's selection view may share its stack)
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTesting.flush();
        assertTrue(Screenshots.save(view.getForm(), "home-programme.png") > 10, "the view painted nothing");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

        // a record of the patient (here: the episode) or an adaptable selects the patient too
        Patient other = PlanFixtures.chronicPatient();
        select(new PatientHolder(other));
        assertEquals(other, view.getPatient().orElseThrow());
        assertTrue(texts(view).contains("No home programme has been given to this patient yet."), texts(view).toString());
        select(patient.getEpisodes().get(0));
        assertEquals(patient, view.getPatient().orElseThrow());

        // a change to the record is shown
        ClinicalRecords.patientOf(patient.getEpisodes().get(0)).orElseThrow().getEpisodes().get(0).getHomeProgrammes().get(0)
                .getExercises().remove(1);
        UiTesting.flush();
        assertTrue(texts(view).stream().noneMatch(text -> text.startsWith("2. ")), texts(view).toString());
    }

    @Test
    void aHiddenViewRendersNothingAndCatchesUpWhenShown() throws Exception {
        page.resetPerspective();
        UiTesting.flush();
        HomeProgrammeView view = (HomeProgrammeView) page.showView(HomeProgrammeView.ID);
        page.showView(PROGRESS_VIEW); // the tab in front of it
        UiTesting.flush();
        assertFalse(page.isPartVisible(view));
        int renders = view.getRenderCount();

        Patient patient = PlanFixtures.withHomeProgramme(PlanFixtures.chronicPatient());
        Views.select(page, patient);
        patient.getEpisodes().get(0).getHomeProgrammes().get(0).getExercises().remove(1);
        UiTesting.flush();
        assertEquals(renders, view.getRenderCount(), "a hidden view was rendered");
        assertEquals(patient, view.getPatient().orElseThrow(), "the selection is remembered");

        page.bringToTop(view);
        UiTesting.flush();
        assertEquals(renders + 1, view.getRenderCount(), "shown: one render");
        List<String> texts = texts(view);
        assertTrue(texts.contains("1. Prone press-up (repeated extension)"), texts.toString());
        assertTrue(texts.stream().noneMatch(text -> text.startsWith("2. ")), "the change made while hidden: " + texts);
    }

    private void select(Object element) throws Exception {
        Views.select(page, element);
        // the test's selection view may share the home programme's stack; a hidden view renders nothing
        IViewPart home = page.findView(HomeProgrammeView.ID);
        if (home != null) {
            page.bringToTop(home);
            UiTesting.flush();
        }
    }

    private static List<String> texts(HomeProgrammeView view) {
        List<String> texts = new ArrayList<>();
        collect(view.getForm().getBody(), texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    /** Something that is not a patient but adapts to one, as another view's selection might be. */
    private record PatientHolder(Patient patient) implements IAdaptable {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == Patient.class ? adapter.cast(patient) : null;
        }
    }
}
