package org.physiobench.ui.patients.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;

import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * File &gt; Backup...: writes every record and the audit trail into one backup file. A file
 * chosen that exists already is replaced only once the new backup is complete (the store
 * never writes over a file; the backup goes next to it and is then moved over it).
 */
public final class BackupJob extends StoreFileJob {

    public BackupJob(WorkbenchStore store, Path file) {
        super("Backing up the clinical records to " + file.getFileName(), "Backing up to " + file, store, file);
    }

    @Override
    protected String perform() throws StoreException, IOException {
        Path written = Files.exists(file) ? file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid())
                : file;
        VerificationReport report = store.store().backup(written, store.actor());
        if (!written.equals(file)) {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return NumberFormat.getIntegerInstance().format(report.recordsChecked()) + " patient records and the audit"
                + " trail were written to\n" + file + " ("
                + NumberFormat.getIntegerInstance().format(Math.max(1, Files.size(file) / 1024)) + " KB).";
    }
}
