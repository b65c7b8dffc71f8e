package org.physiobench.ui.patients.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.patients.api.WorkbenchStore;

/** Loads one patient aggregate for the selection, off the UI thread. */
final class PatientLoadJob extends Job {

    /** Family of the loads, so that a new selection cancels the one before. */
    static final Object FAMILY = PatientLoadJob.class;

    private final String id;
    private final Consumer<StoredPatient> loaded;
    private final Consumer<StoreException> failed;

    PatientLoadJob(String id, Consumer<StoredPatient> loaded, Consumer<StoreException> failed) {
        super("Opening patient record");
        this.id = id;
        this.loaded = loaded;
        this.failed = failed;
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            StoredPatient patient = WorkbenchStore.get().store().loadPatient(id, WorkbenchStore.get().actor());
            if (!monitor.isCanceled()) {
                loaded.accept(patient);
            }
        } catch (StoreException e) {
            failed.accept(e);
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
