package org.physiobench.ui.patients.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.physiobench.demo.api.DemoData;
import org.physiobench.store.api.StoreException;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;

/** Fills an empty store with synthetic demo patients, with a progress dialog. */
final class DemoPatientsJob extends Job {

    /** Enough to scroll, sort and filter; written in about a second. */
    static final int COUNT = 1000;

    /** The demo data's seed: the same demo patients on every installation. */
    static final long SEED = 1L;

    private final WorkbenchStore store;

    DemoPatientsJob(WorkbenchStore store) {
        super("Creating demo patients");
        this.store = store;
        setUser(true); // the workbench shows its progress dialog
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Creating " + COUNT + " demo patients", COUNT);
        int[] done = { 0 };
        try {
            new DemoData(SEED).populate(store.store(), COUNT, written -> {
                monitor.worked(written - done[0]);
                done[0] = written;
            });
            return Status.OK_STATUS;
        } catch (StoreException e) {
            return ClinicalErrors.status("Creating the demo patients", e);
        } finally {
            monitor.done();
            // also after a failure: the batches written before it are in the store
            store.fireChanged();
        }
    }
}
