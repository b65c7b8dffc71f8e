package org.physiobench.ui.progress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Session;
import org.physiobench.ui.progress.api.InstrumentScaleProvider;
import org.physiobench.ui.progress.internal.ProgressCharts;
import org.physiobench.ui.progress.internal.ProgressView;
import org.physiobench.ui.progress.internal.ResponderTable;
import org.physiobench.ui.testing.PatientSelectionView;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;

/** The progress view in the real workbench, following the workbench selection. */
class ProgressViewTest {

    /** A view in the progress view's folder of the clinical perspective (bundle org.physiobench.ui.plan). */
    private static final String PATIENT_FOLDER_NEIGHBOUR = "org.physiobench.ui.views.homeProgramme";

    private IWorkbenchPage page;

    @BeforeEach
    void resetViews() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        close(ProgressView.ID);
        close(PatientSelectionView.ID);
    }

    @AfterEach
    void closeViews() {
        close(PatientSelectionView.ID);
    }

    private void close(String id) {
        IViewPart view = page.findView(id);
        if (view != null) {
            page.hideView(view);
        }
    }

    @Test
    void isPartOfTheClinicalPerspective() {
        page.resetPerspective();
        assertNotNull(page.findView(ProgressView.ID), "the clinical perspective does not show the progress view");
    }

    @Test
    void saysSelectAPatientBeforeAnySelection() throws PartInitException {
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        UiTesting.flush();
        assertTrue(view.isShowingMessage());
        assertTrue(visibleLabels(view).contains(ProgressView.NO_PATIENT_MESSAGE), visibleLabels(view).toString());
    }

    @Test
    void showsTheChartOfTheSelectedPatient() throws PartInitException {
        Patient patient = ProgressFixtures.patient();
        ProgressView view = showing(patient);
        assertFalse(view.isShowingMessage());
        assertSame(patient, view.getPatient().orElseThrow());
        assertEquals(4, view.getChart().getCharts().size());
        assertTrue(view.getChart().getCharts().get(0).isVisible(), "the chart is not visible");
    }

    @Test
    void followsAnAdaptableAndARecordInsideAPatient() throws PartInitException {
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        Patient first = ProgressFixtures.patient();
        select((IAdaptable) new IAdaptable() {
            @Override
            public <T> T getAdapter(Class<T> adapter) {
                return adapter == Patient.class ? adapter.cast(first) : null;
            }
        });
        assertSame(first, view.getPatient().orElseThrow());
        Patient second = ProgressFixtures.patient();
        select(second.getEpisodes().get(0).getAssessments().get(1));
        assertSame(second, view.getPatient().orElseThrow());
    }

    @Test
    void aNewSessionAppearsOnTheChart() throws PartInitException {
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        Patient patient = ProgressFixtures.patient();
        select(patient);
        Session session = ClinicalRecords.newSession(patient.getEpisodes().get(0), ProgressFixtures.REVIEW_2, "t");
        session.setPainBefore(3);
        session.setPainAfter(1);
        UiTesting.flush();
        Chart pain = view.getChart().getCharts().get(3);
        double[] after = pain.getSeriesSet().getSeries(ProgressCharts.PAIN_AFTER).getYSeries();
        assertEquals(9, after.length);
        assertEquals(1, after[8], 1e-12);
    }

    @Test
    void takesTheScalesOfARegisteredProvider() throws PartInitException {
        BundleContext context = FrameworkUtil.getBundle(ProgressViewTest.class).getBundleContext();
        InstrumentScaleProvider nprsOnly = () -> List.of(ProgressFixtures.scale("nprs", "total"));
        ServiceRegistration<InstrumentScaleProvider> registration = context.registerService(InstrumentScaleProvider.class,
                nprsOnly, null);
        try {
            ProgressView view = (ProgressView) page.showView(ProgressView.ID);
            select(ProgressFixtures.patient());
            assertEquals(2, view.getChart().getCharts().size(), "NPRS and session pain");
            Table table = view.getChart().getResponderTable();
            assertEquals(List.of("Numeric Pain Rating Scale", "odi", "rmdq"),
                    Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList());
            assertEquals(ResponderTable.NOT_INSTALLED, table.getItem(1).getText(ResponderTable.STATUS));
        } finally {
            registration.unregister();
        }
    }

    @Test
    void chartsStartBackFromTheClinicalInstrumentRegistry() throws PartInitException {
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        select(ProgressFixtures.withStartBack(ProgressFixtures.patient()));
        Table table = view.getChart().getResponderTable();
        List<String> names = Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
        assertTrue(names.contains("STarT Back Screening Tool"), names.toString());
        assertFalse(Arrays.stream(table.getItems()).anyMatch(item -> ResponderTable.NOT_INSTALLED.equals(
                item.getText(ResponderTable.STATUS))), "an installed instrument is listed as not installed");
        assertEquals("-22 (improved)", table.getItem(0).getText(ResponderTable.CHANGE));
    }

    @Test
    void keepsThePatientWhenTheSelectionIsNoPatient() throws PartInitException {
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        Patient patient = ProgressFixtures.patient();
        select(patient);
        select("not a patient");
        assertSame(patient, view.getPatient().orElseThrow());
    }

    @Test
    void screenshotOfTheViewWithAPatient() throws Exception {
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 1000);
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        select(ProgressFixtures.withStartBack(ProgressFixtures.patient()));
        close(PatientSelectionView.ID); // the view keeps showing the patient
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTesting.flush();
        try {
            assertTrue(Screenshots.save(shell, "progress.png") > 20, "the progress view looks blank");
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    @Test
    void screenshotOfTheMessageInTheWorkbench() throws Exception {
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        page.resetPerspective();
        UiTesting.flush();
        assertTrue(((ProgressView) page.findView(ProgressView.ID)).isShowingMessage());
        assertTrue(Screenshots.save(shell, "workbench-no-patient.png") > 5, "the workbench looks blank");
    }

    @Test
    void selectingTheShownPatientAgainDoesNoChartWork() throws PartInitException {
        Patient patient = ProgressFixtures.patient();
        ProgressView view = showing(patient);
        List<Chart> charts = view.getChart().getCharts();
        int refreshes = view.getRefreshCount();

        view.show(patient);
        select(patient);

        assertEquals(refreshes, view.getRefreshCount(), "the unchanged record was charted again");
        assertEquals(charts, view.getChart().getCharts());
    }

    @Test
    void aProviderRegisteredWhileThePatientIsShownChartsItsScalesOnTheNextSelection() throws PartInitException {
        Patient patient = ProgressFixtures.patient();
        ProgressView view = showing(patient);
        assertEquals(4, view.getChart().getCharts().size());
        BundleContext context = FrameworkUtil.getBundle(ProgressViewTest.class).getBundleContext();
        ServiceRegistration<InstrumentScaleProvider> registration = context.registerService(InstrumentScaleProvider.class,
                () -> List.of(ProgressFixtures.scale("nprs", "total")), null);
        try {
            select(patient);
            assertEquals(2, view.getChart().getCharts().size(), "NPRS and session pain");
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aBurstOfChangesAndItsUndoGiveOneRefreshEach() throws PartInitException {
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        Patient patient = ProgressFixtures.patient();
        EditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/progress-burst.xmi"));
        resource.getContents().add(patient);
        select(patient);
        int refreshes = view.getRefreshCount();

        CompoundCommand burst = new CompoundCommand("All sessions pain free afterwards");
        for (Session session : patient.getEpisodes().get(0).getSessions()) {
            burst.append(SetCommand.create(domain, session, ClinicalPackage.Literals.SESSION__PAIN_AFTER, 0));
        }
        assertEquals(8, burst.getCommandList().size());
        domain.getCommandStack().execute(burst);
        UiTesting.flush();
        assertEquals(refreshes + 1, view.getRefreshCount(), "8 changes, not one refresh");
        assertArrayEquals(new double[8], painAfter(view), 1e-12);

        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals(refreshes + 2, view.getRefreshCount(), "the undo of 8 changes, not one refresh");
        assertArrayEquals(new double[] { 5, 5, 4, 3, 3, 2, 3, 2 }, painAfter(view), 1e-12);
    }

    @Test
    void aHiddenViewChartsNothingAndCatchesUpWhenShown() throws PartInitException {
        page.resetPerspective();
        Patient patient = ProgressFixtures.patient();
        ProgressView view = showing(patient);
        List<Chart> charts = view.getChart().getCharts();
        // the home programme view shares the progress view's folder (ClinicalPerspective.PATIENT_VIEWS)
        page.showView(PATIENT_FOLDER_NEIGHBOUR);
        UiTesting.flush();
        assertFalse(page.isPartVisible(view), "the progress view is still visible");
        int refreshes = view.getRefreshCount();

        for (int week = 8; week < 12; week++) {
            ClinicalRecords.newSession(patient.getEpisodes().get(0), ProgressFixtures.START.plusDays(2 + 7L * week), "t")
                    .setPainAfter(1);
        }
        UiTesting.flush();
        assertEquals(refreshes, view.getRefreshCount(), "a hidden view was charted");
        assertTrue(view.isStale());

        page.bringToTop(view);
        UiTesting.flush();
        assertEquals(refreshes + 1, view.getRefreshCount());
        assertFalse(view.isStale());
        assertEquals(12, painAfter(view).length);
        assertEquals(charts, view.getChart().getCharts(), "catching up re-created the charts");
    }

    private static double[] painAfter(ProgressView view) {
        List<Chart> charts = view.getChart().getCharts();
        return charts.get(charts.size() - 1).getSeriesSet().getSeries(ProgressCharts.PAIN_AFTER).getYSeries();
    }

    /** @return the progress view, visible, showing {@code patient} selected in another part */
    private ProgressView showing(Patient patient) throws PartInitException {
        ProgressView view = (ProgressView) page.showView(ProgressView.ID);
        select(patient);
        return view;
    }

    private void select(Object element) throws PartInitException {
        PatientSelectionView patients = (PatientSelectionView) page.showView(PatientSelectionView.ID);
        page.activate(patients);
        patients.setSelection(new StructuredSelection(element));
        // the test view may cover the progress view, which charts only while visible
        IViewPart progress = page.findView(ProgressView.ID);
        if (progress != null) {
            page.bringToTop(progress);
        }
        UiTesting.flush();
    }


    private static List<String> visibleLabels(ProgressView view) {
        List<String> texts = new ArrayList<>();
        Control control = view.getChart().getParent();
        collect(control, texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (!control.isVisible()) {
            return;
        }
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
