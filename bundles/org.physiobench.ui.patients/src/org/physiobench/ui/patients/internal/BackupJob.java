package org.physiobench.ui.patients.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * File &gt; Backup...: writes every record and the audit trail into one backup file. A file
 * chosen that exists already is replaced only once the new backup is complete (the store
 * never writes over a file; the backup goes next to it and is then moved over it).
 */
public final class BackupJob extends Job {

    private final WorkbenchStore store;
    private final Path file;
    private volatile String result;

    public BackupJob(WorkbenchStore store, Path file) {
        super("Backing up the clinical records to " + file.getFileName());
        this.store = store;
        this.file = file;
        setUser(true); // the workbench shows its progress dialog
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Writing every patient record and the audit trail to " + file, IProgressMonitor.UNKNOWN);
        Path written = Files.exists(file) ? file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid())
                : file;
        try {
            VerificationReport report = store.store().backup(written, store.actor());
            if (!written.equals(file)) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            result = NumberFormat.getIntegerInstance().format(report.recordsChecked()) + " patient records and the audit"
                    + " trail were written to\n" + file + " (" + kilobytes(file) + ").";
            return Status.OK_STATUS;
        } catch (StoreException | IOException e) {
            return ClinicalErrors.status("Backing up to " + file, e);
        } finally {
            monitor.done();
        }
    }

    /** @return what was written, once the job succeeded; {@code null} otherwise */
    public String result() {
        return result;
    }

    public Path file() {
        return file;
    }

    private static String kilobytes(Path file) throws IOException {
        return NumberFormat.getIntegerInstance().format(Math.max(1, Files.size(file) / 1024)) + " KB";
    }
}
