package org.physiobench.ui.patients.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.physiobench.store.api.StoreException;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * A long store operation on a file (backup, restore) as a user job: the workbench shows its
 * progress dialog, a failure comes back as a {@link ClinicalErrors} status naming what failed,
 * and a success leaves a sentence for the therapist in {@link #result()}.
 */
abstract class StoreFileJob extends Job {

    protected final WorkbenchStore store;
    protected final Path file;
    private final String what;
    private volatile String result;

    /**
     * @param what the operation as the therapist would name it, e.g. {@code Backing up to /x.zip}
     */
    StoreFileJob(String name, String what, WorkbenchStore store, Path file) {
        super(name);
        this.what = what;
        this.store = store;
        this.file = file;
        setUser(true); // the workbench shows its progress dialog
    }

    /** @return the sentence that tells the therapist what was done */
    protected abstract String perform() throws StoreException, IOException;

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(what, IProgressMonitor.UNKNOWN);
        try {
            result = perform();
            return Status.OK_STATUS;
        } catch (StoreException | IOException e) {
            return ClinicalErrors.status(what, e);
        } finally {
            monitor.done();
            afterRun();
        }
    }

    /** Runs after success and failure alike. */
    protected void afterRun() {
        // nothing by default
    }

    /** @return what was done, once the job succeeded; {@code null} otherwise */
    public String result() {
        return result;
    }

    public Path file() {
        return file;
    }
}
