package org.physiobench.ui.patients.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The questions and answers the patient list puts to the therapist (confirmations, file
 * choices, results). One place, so a UI test can answer them instead of a person:
 * {@link #use(Prompts)} replaces the dialogs while a test runs.
 */
public interface Prompts {

    /** @return whether the therapist confirmed */
    boolean confirm(Shell shell, String title, String message);

    /** Tells the therapist how something went. */
    void inform(Shell shell, String title, String message);

    /** Tells the therapist that something cannot be done, and why. */
    void warn(Shell shell, String title, String message);

    /**
     * @param save {@code true} to choose a new file to write, {@code false} an existing one to read
     * @return the chosen path, or {@code null} when cancelled
     */
    String chooseFile(Shell shell, String title, String suggestedName, boolean save);

    /** The real dialogs. */
    Prompts DIALOGS = new Prompts() {
        @Override
        public boolean confirm(Shell shell, String title, String message) {
            return MessageDialog.openConfirm(shell, title, message);
        }

        @Override
        public void inform(Shell shell, String title, String message) {
            MessageDialog.openInformation(shell, title, message);
        }

        @Override
        public void warn(Shell shell, String title, String message) {
            MessageDialog.openWarning(shell, title, message);
        }

        @Override
        public String chooseFile(Shell shell, String title, String suggestedName, boolean save) {
            FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
            dialog.setText(title);
            dialog.setFilterExtensions(new String[] { "*.zip", "*" });
            dialog.setFilterNames(new String[] { "PhysioBench backups (*.zip)", "All files" });
            dialog.setOverwrite(true);
            if (suggestedName != null) {
                dialog.setFileName(suggestedName);
            }
            return dialog.open();
        }
    };

    /** @return the prompts in use */
    static Prompts current() {
        return Holder.current;
    }

    /** Replaces the prompts (tests); {@link #DIALOGS} restores the real ones. */
    static void use(Prompts prompts) {
        Holder.current = prompts;
    }

    /** Where the prompts in use are kept (an interface has no mutable static fields of its own). */
    final class Holder {
        private static volatile Prompts current = DIALOGS;

        private Holder() {
        }
    }
}
