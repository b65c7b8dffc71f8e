package org.physiobench.ui.patients.internal;

import java.nio.file.Path;
import java.text.NumberFormat;

import org.physiobench.store.api.RestoreMode;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * File &gt; Restore...: replaces every record and the audit trail with a backup's, after the
 * store has checked the file (a damaged backup is refused and the store stays as it was).
 */
public final class RestoreJob extends StoreFileJob {

    public RestoreJob(WorkbenchStore store, Path file) {
        super("Restoring the clinical records from " + file.getFileName(), "Restoring from " + file, store, file);
    }

    @Override
    protected String perform() throws StoreException {
        VerificationReport report = store.store().restore(file, RestoreMode.REPLACE, store.actor());
        return NumberFormat.getIntegerInstance().format(report.recordsChecked()) + " patient records were restored from\n"
                + file + ".";
    }

    @Override
    protected void afterRun() {
        store.fireChanged(); // the patient list shows what is in the store now, restored or not
    }
}
