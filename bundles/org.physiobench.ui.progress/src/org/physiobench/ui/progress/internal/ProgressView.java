package org.physiobench.ui.progress.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.patients.api.PatientSelections;
import org.physiobench.ui.progress.api.ClinicalScales;
import org.physiobench.ui.progress.api.InstrumentScale;
import org.physiobench.ui.progress.api.InstrumentScaleProvider;
import org.physiobench.ui.progress.api.ProgressChart;

/**
 * Shows the progress of the patient selected anywhere in the workbench (a patient, anything
 * that adapts to one, or a record inside a patient). Until a patient is selected it says so,
 * and it keeps showing the last patient while the selection is elsewhere. It follows changes
 * to the shown patient's record, so a new score or session appears on the chart at once
 * (once per burst of changes), and does no chart work while it is hidden.
 */
public class ProgressView extends ViewPart implements ISelectionListener {

    public static final String ID = "org.physiobench.ui.views.progress";
    public static final String NO_PATIENT_MESSAGE = "Select a patient to see progress.";

    private Composite stack;
    private Composite messagePage;
    private ProgressChart chart;
    private Patient patient;
    /** Whether the chart no longer shows {@link #patient}'s record as it is (changed, or shown while hidden). */
    private boolean stale;
    private boolean refreshPending;
    private int refreshes;
    /** The scales of the last refresh: a provider registered since then is a reason to chart again. */
    private List<InstrumentScale> chartedScales = List.of();
    /** Marks the chart stale when the shown patient's record changes (a new score, session or plan revision). */
    private final EContentAdapter recordListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                stale = true;
                scheduleRefresh();
            }
        }
    };
    /** Catches up with what changed while the view was hidden (charting a hidden view is wasted work). */
    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == ProgressView.this) {
                scheduleRefresh();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(new StackLayout());
        messagePage = new Composite(stack, SWT.NONE);
        messagePage.setLayout(new GridLayout(1, false));
        Label message = new Label(messagePage, SWT.WRAP);
        message.setText(NO_PATIENT_MESSAGE);
        message.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
        chart = new ProgressChart(stack, SWT.NONE);
        showPage(messagePage);
        getSite().getPage().addSelectionListener(this);
        getSite().getPage().addPartListener(visibility);
        selectionChanged(null, getSite().getPage().getSelection());
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        patientIn(selection).ifPresent(this::show);
    }

    /**
     * Shows {@code selected}'s progress: at once when the view is visible, else when it becomes
     * visible. Selecting the patient already shown again (an opening editor hands its patient
     * over more than once) costs nothing unless the record or the charted scales changed.
     */
    public void show(Patient selected) {
        if (patient != selected) {
            if (patient != null) {
                patient.eAdapters().remove(recordListener);
            }
            selected.eAdapters().add(recordListener);
            patient = selected;
            stale = true;
        }
        if (isVisible() && outOfDate()) {
            refresh();
        }
    }

    /** @return the patient shown, if any */
    public Optional<Patient> getPatient() {
        return Optional.ofNullable(patient);
    }

    /** @return the chart (visible once a patient is selected) */
    public ProgressChart getChart() {
        return chart;
    }

    /** @return whether the "select a patient" message is what the view shows */
    public boolean isShowingMessage() {
        return ((StackLayout) stack.getLayout()).topControl == messagePage;
    }

    /** @return how often the chart was brought up to date since the view opened (for tests: one per burst of changes) */
    public int getRefreshCount() {
        return refreshes;
    }

    /** @return whether the chart still has to catch up with the record (it changed while the view was hidden) */
    public boolean isStale() {
        return stale;
    }

    private boolean isVisible() {
        return getSite().getPage().isPartVisible(this);
    }

    /**
     * Many changes in one go (a whole assessment saved, the undo of a compound command) give
     * one refresh, after the burst; a hidden view refreshes when it is shown again.
     */
    private void scheduleRefresh() {
        if (refreshPending || stack.isDisposed() || !isVisible()) {
            return;
        }
        refreshPending = true;
        stack.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!stack.isDisposed() && isVisible() && outOfDate()) {
                refresh();
            }
        });
    }

    /** @return whether the chart does not show the patient's record as it is, on the scales to chart now */
    private boolean outOfDate() {
        return patient != null && (stale || !scales().equals(chartedScales));
    }

    /** Derives the record's progress once and shows it. */
    private void refresh() {
        stale = false;
        refreshes++;
        chartedScales = scales();
        chart.setPatient(patient, chartedScales);
        setContentDescription("");
        showPage(chart);
    }

    static Optional<Patient> patientIn(ISelection selection) {
        return PatientSelections.patientIn(selection);
    }

    /**
     * The scales of a registered {@link InstrumentScaleProvider} service, else those of every
     * instrument installed in the clinical instrument registry.
     */
    private static List<InstrumentScale> scales() {
        BundleContext context = FrameworkUtil.getBundle(ProgressView.class).getBundleContext();
        ServiceReference<InstrumentScaleProvider> reference = context == null ? null
                : context.getServiceReference(InstrumentScaleProvider.class);
        if (reference != null) {
            InstrumentScaleProvider provider = context.getService(reference);
            try {
                if (provider != null) {
                    return provider.scales();
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return ClinicalScales.installed().scales();
    }

    private void showPage(Composite page) {
        StackLayout layout = (StackLayout) stack.getLayout();
        if (layout.topControl != page) {
            layout.topControl = page;
            stack.layout();
        }
    }

    @Override
    public void setFocus() {
        if (isShowingMessage()) {
            stack.setFocus();
        } else {
            chart.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(this);
        getSite().getPage().removePartListener(visibility);
        if (patient != null) {
            patient.eAdapters().remove(recordListener);
        }
        super.dispose();
    }
}
