package org.physiobench.ui.editor.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * The questions the patient editor asks while saving or deleting part of a record. An interface
 * so tests can answer them without a modal dialog blocking the UI thread.
 */
public interface EditorPrompts {

    /** What to do when someone else saved the record first. */
    enum ConflictChoice {
        /** Drop this editor's changes and show the record as it is now in the store. */
        RELOAD,
        /** Keep the changes in the editor (unsaved), e.g. to copy them out before reloading. */
        KEEP_EDITING
    }

    /** @return whether to save although the record has these warnings */
    boolean confirmWarnings(Shell shell, String patientName, List<String> warnings);

    /** Tells why the record cannot be saved yet. */
    void showBlockingProblems(Shell shell, String patientName, List<String> problems);

    /** @return what the therapist chose after a save conflict */
    ConflictChoice onConflict(Shell shell, String patientName, String detail);

    /** @return whether to delete what {@code question} describes (a dialog unless overridden) */
    default boolean confirmDeletion(Shell shell, String title, String question) {
        return MessageDialog.open(MessageDialog.CONFIRM, shell, title, question, MessageDialog.NONE, "Delete",
                IDialogConstants.CANCEL_LABEL) == 0;
    }

    /** Tells why something cannot be done (a dialog unless overridden). */
    default void explainRefusal(Shell shell, String title, String reason) {
        MessageDialog.openInformation(shell, title, reason);
    }

    /**
     * @param findings the patient's active red-flag findings, answer key to the words shown
     * @return the medical review the therapist recorded, empty when cancelled (a dialog unless overridden)
     */
    default Optional<MedicalReviewEntry> recordMedicalReview(Shell shell, String patientName,
            Map<String, String> findings) {
        MedicalReviewDialog dialog = new MedicalReviewDialog(shell, patientName, findings);
        return dialog.open() == Window.OK ? Optional.ofNullable(dialog.entry()) : Optional.empty();
    }

    /** The dialogs a therapist sees. */
    EditorPrompts DIALOGS = new EditorPrompts() {

        @Override
        public boolean confirmWarnings(Shell shell, String patientName, List<String> warnings) {
            return MessageDialog.open(MessageDialog.WARNING, shell, "Save " + patientName + "?",
                    "Please check before saving:\n\n" + bullets(warnings), MessageDialog.NONE, "Save Anyway",
                    IDialogConstants.CANCEL_LABEL) == 0;
        }

        @Override
        public void showBlockingProblems(Shell shell, String patientName, List<String> problems) {
            MessageDialog.openError(shell, "Cannot save " + patientName,
                    "The record was not saved. Please correct:\n\n" + bullets(problems)
                            + "\n\nYour changes are still in the editor.");
        }

        @Override
        public ConflictChoice onConflict(Shell shell, String patientName, String detail) {
            int choice = MessageDialog.open(MessageDialog.WARNING, shell, "Record changed by someone else",
                    patientName + "'s record was changed and saved elsewhere (another workstation or window)"
                            + " after you opened it, so your changes were NOT saved - saving would overwrite"
                            + " the other changes.\n\n" + detail
                            + "\n\nReload shows the record as it is now; your unsaved changes are discarded."
                            + "\nKeep Editing leaves your changes on screen so you can note them first.",
                    MessageDialog.NONE, "Reload", "Keep Editing");
            return choice == 0 ? ConflictChoice.RELOAD : ConflictChoice.KEEP_EDITING;
        }
    };

    /** @return the lines as a bulleted list */
    static String bullets(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(text.isEmpty() ? "" : "\n").append("\u2022 ").append(line);
        }
        return text.toString();
    }
}
