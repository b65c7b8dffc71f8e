package org.physiobench.ui.patients.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * File &gt; Backup... and File &gt; Restore...: a file dialog, the job with its progress dialog,
 * and a message with the result (a failure is shown by the workbench as the job's error,
 * worded by {@code ClinicalErrors}).
 */
public final class BackupHandlers {

    private BackupHandlers() {
    }

    /**
     * Asks where to write the backup and starts writing it.
     *
     * @return the job, or {@code null} when the therapist cancelled
     */
    public static BackupJob backup(Shell shell) {
        String chosen = Prompts.current().chooseFile(shell, "Back up the clinical records",
                "physiobench-backup-" + LocalDate.now() + ".zip", true);
        if (chosen == null) {
            return null;
        }
        BackupJob job = new BackupJob(WorkbenchStore.get(), Path.of(chosen));
        reportWhenDone(shell, job, "Backup complete", job::result);
        job.schedule();
        return job;
    }

    /**
     * Asks for the backup file and a confirmation, then starts restoring it.
     *
     * @return the job, or {@code null} when the therapist cancelled
     */
    public static RestoreJob restore(Shell shell) {
        String chosen = Prompts.current().chooseFile(shell, "Restore the clinical records from a backup", null, false);
        if (chosen == null) {
            return null;
        }
        boolean confirmed = Prompts.current().confirm(shell, "Restore from backup", "Restoring replaces every patient"
                + " record and the audit trail in this store with those in\n" + chosen + "\n\nRecords created or changed"
                + " since that backup are lost unless you back them up first (File > Backup...). The backup is checked"
                + " before anything is replaced.\n\nRestore now?");
        if (!confirmed) {
            return null;
        }
        RestoreJob job = new RestoreJob(WorkbenchStore.get(), Path.of(chosen));
        reportWhenDone(shell, job, "Restore complete", job::result);
        job.schedule();
        return job;
    }

    private static void reportWhenDone(Shell shell, Job job, String title, Supplier<String> result) {
        Display display = shell.getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.OK && !display.isDisposed()) {
                    display.asyncExec(() -> Prompts.current().inform(shell.isDisposed() ? null : shell, title, result.get()));
                }
            }
        });
    }

    /** File &gt; Backup... (Ctrl+Shift+B). */
    public static final class Backup extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            backup(HandlerUtil.getActiveShell(event));
            return null;
        }
    }

    /** File &gt; Restore... */
    public static final class Restore extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            restore(HandlerUtil.getActiveShell(event));
            return null;
        }
    }
}
