package org.physiobench.ui.patients.api;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.physiobench.store.api.CorruptRecordException;
import org.physiobench.store.api.RecordNotFoundException;
import org.physiobench.store.api.StoreConflictException;
import org.physiobench.store.api.StoreException;

/**
 * Errors as the therapist should see them: a dialog that says what failed, why in the words
 * of the store or the file system, and what to do next - never a stack trace. The stack trace
 * goes to the error log (the workspace's {@code .metadata/.log}) for support.
 *
 * <pre>
 * try {
 *     store.savePatient(patient, version, actor);
 * } catch (StoreException e) {
 *     ClinicalErrors.show(shell, "Saving " + name, e);
 * }
 * </pre>
 *
 * In a job, return {@link #status(String, Throwable)} instead: the workbench shows a job's
 * error status in the same kind of dialog.
 */
public final class ClinicalErrors {

    /** The bundle whose name the dialogs and log entries carry. */
    public static final String PLUGIN_ID = "org.physiobench.ui.patients";

    private ClinicalErrors() {
    }

    /**
     * Logs {@code problem} and shows it in an error dialog (a "Details" button lists the
     * messages of its causes, no stack trace).
     *
     * @param shell the parent shell, or {@code null} for the workbench window's
     * @param what what failed, as a phrase the therapist recognises, e.g. {@code "Saving Ada Lovelace"}
     * @param problem the exception
     */
    public static void show(Shell shell, String what, Throwable problem) {
        IStatus status = status(what, problem);
        ErrorDialog.openError(shell, title(what), null, status);
    }

    /**
     * Logs {@code problem} and returns an error status whose message is {@link #message(String, Throwable)}
     * and whose children are the messages of the causes, for a job to return or for
     * {@code StatusManager}.
     */
    public static IStatus status(String what, Throwable problem) {
        ILog.of(ClinicalErrors.class).error(what + " failed", problem);
        MultiStatus status = new MultiStatus(PLUGIN_ID, IStatus.ERROR, message(what, problem));
        Set<String> seen = new LinkedHashSet<>();
        for (Throwable cause = problem; cause != null && seen.size() < 8; cause = cause.getCause()) {
            String text = cause.getMessage();
            if (text != null && !text.isBlank() && seen.add(text)) {
                status.add(Status.error(text));
            }
        }
        return status;
    }

    /**
     * @return e.g. {@code "Saving Ada Lovelace failed: <reason>\n\n<what to do>"}: what failed,
     *         the reason in the exception's own (human) words and advice for its kind
     */
    public static String message(String what, Throwable problem) {
        return what + " failed: " + reason(problem) + "\n\n" + advice(problem);
    }

    /** @return the first non-empty message of {@code problem} or its causes, else its kind in words */
    public static String reason(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause instanceof NoSuchFileException ? "there is no file " + cause.getMessage()
                        : cause instanceof AccessDeniedException ? "access to " + cause.getMessage() + " is denied"
                                : cause.getMessage();
            }
        }
        return "an unexpected " + problem.getClass().getSimpleName() + " without a message";
    }

    /** @return what the therapist can do about {@code problem} */
    public static String advice(Throwable problem) {
        if (problem instanceof NotHandledException) {
            return "This part of PhysioBench is not installed. Ask your administrator to install or update PhysioBench"
                    + " (Help > Check for Updates).";
        }
        if (problem instanceof StorageException) {
            return "The password could not be kept in the secure storage (its master password was not given or"
                    + " not accepted). Nothing was saved; apply again and enter the secure storage's master password.";
        }
        if (problem instanceof StoreConflictException) {
            return "Someone else changed this record meanwhile. Reload it to see their change, then make yours again.";
        }
        if (problem instanceof CorruptRecordException) {
            return "The stored record cannot be read. The other records are not affected; restore this one from a backup"
                    + " (File > Restore) or ask your administrator.";
        }
        if (problem instanceof RecordNotFoundException) {
            return "The record may have been archived or deleted on another workstation. Refresh the patient list.";
        }
        if (problem instanceof StoreException) {
            return "Check the clinical records settings (Window > Preferences > Clinical Records) and that the database"
                    + " is reachable, then try again. Nothing was changed.";
        }
        if (problem instanceof IOException) {
            return "Check that the file or folder exists and that you may read and write there, then try again.";
        }
        return "Try again. If it happens again, send the error log (the .metadata/.log file in the workspace folder of"
                + " the data folder) to your PhysioBench support.";
    }

    private static String title(String what) {
        return what + " failed";
    }
}
