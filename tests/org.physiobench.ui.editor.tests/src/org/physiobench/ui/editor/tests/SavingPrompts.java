package org.physiobench.ui.editor.tests;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.physiobench.ui.editor.internal.EditorPrompts;

/**
 * The editor's questions answered as a test that saves expects: warnings are confirmed, a
 * blocking problem or a conflict fails the test (no dialog may wait for a click under Xvfb).
 */
class SavingPrompts implements EditorPrompts {

    @Override
    public boolean confirmWarnings(Shell shell, String patientName, List<String> warnings) {
        return true;
    }

    @Override
    public void showBlockingProblems(Shell shell, String patientName, List<String> problems) {
        throw new AssertionError("the record could not be saved: " + problems);
    }

    @Override
    public ConflictChoice onConflict(Shell shell, String patientName, String detail) {
        throw new AssertionError("unexpected conflict: " + detail);
    }
}
