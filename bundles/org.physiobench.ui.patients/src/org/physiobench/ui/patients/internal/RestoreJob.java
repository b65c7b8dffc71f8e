package org.physiobench.ui.patients.internal;

import java.nio.file.Path;
import java.text.NumberFormat;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.physiobench.store.api.RestoreMode;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * File &gt; Restore...: replaces every record and the audit trail with a backup's, after the
 * store has checked the file (a damaged backup is refused and the store stays as it was).
 */
public final class RestoreJob extends Job {

    private final WorkbenchStore store;
    private final Path file;
    private volatile String result;

    public RestoreJob(WorkbenchStore store, Path file) {
        super("Restoring the clinical records from " + file.getFileName());
        this.store = store;
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Checking and restoring " + file, IProgressMonitor.UNKNOWN);
        try {
            VerificationReport report = store.store().restore(file, RestoreMode.REPLACE, store.actor());
            result = NumberFormat.getIntegerInstance().format(report.recordsChecked()) + " patient records were restored"
                    + " from\n" + file + ".";
            return Status.OK_STATUS;
        } catch (StoreException e) {
            return ClinicalErrors.status("Restoring from " + file, e);
        } finally {
            monitor.done();
            store.fireChanged(); // the patient list shows what is in the store now
        }
    }

    /** @return what was restored, once the job succeeded; {@code null} otherwise */
    public String result() {
        return result;
    }
}
