package org.physiobench.ui.editor.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.PlatformUI;
import org.physiobench.store.api.StoreConflictException;

/**
 * Tells the therapist what went wrong in words, with the technical detail one click away and
 * in the log - never a bare stack trace.
 */
public final class EditorMessages {

    private static final String BUNDLE = "org.physiobench.ui.editor";

    private EditorMessages() {
    }

    /** Shows and logs a failure; call on the UI thread. */
    public static void showError(String what, Throwable cause) {
        IStatus status = status(what, cause);
        ILog.of(EditorMessages.class).log(status);
        ErrorDialog.openError(PlatformUI.getWorkbench().getDisplay().getActiveShell(), what, readable(cause), status);
    }

    /** @return the exception's own message, which in this product names the record and the cause */
    static String readable(Throwable cause) {
        if (cause instanceof StoreConflictException) {
            return cause.getMessage();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static IStatus status(String what, Throwable cause) {
        return new Status(IStatus.ERROR, BUNDLE, what + ": " + readable(cause), cause);
    }
}
