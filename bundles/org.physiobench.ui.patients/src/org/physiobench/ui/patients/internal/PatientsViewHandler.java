package org.physiobench.ui.patients.internal;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command of the Patients view (new, open, archive, find): brings the view up, then lets it
 * act, so the shortcut works wherever the focus is.
 */
public class PatientsViewHandler extends AbstractHandler {

    private final Consumer<PatientsView> action;

    protected PatientsViewHandler(Consumer<PatientsView> action) {
        this.action = action;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            PatientsView view = (PatientsView) page.showView(PatientsView.ID);
            action.accept(view);
        } catch (PartInitException e) {
            throw new ExecutionException("The Patients view cannot be shown: " + e.getMessage(), e);
        }
        return null;
    }

    /** File &gt; New Patient... (Ctrl+Shift+N). */
    public static final class NewPatient extends PatientsViewHandler {
        public NewPatient() {
            super(PatientsView::newPatient);
        }
    }

    /** Open the selected patient (Ctrl+O, Enter or a double-click in the list). */
    public static final class OpenSelected extends PatientsViewHandler {
        public OpenSelected() {
            super(PatientsView::openSelected);
        }
    }

    /** Archive the selected patient (Delete in the list), after a confirmation. */
    public static final class ArchiveSelected extends PatientsViewHandler {
        public ArchiveSelected() {
            super(PatientsView::archiveSelected);
        }

        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            // Delete typed into the (empty) name filter edits the filter, it archives no one
            if (event.getTrigger() instanceof Event key && key.type == SWT.KeyDown && key.widget instanceof Text) {
                return null;
            }
            return super.execute(event);
        }
    }

    /** Find a patient: the cursor into the name filter (Ctrl+F in the list, Ctrl+Shift+F anywhere). */
    public static final class FindPatient extends PatientsViewHandler {
        public FindPatient() {
            super(PatientsView::focusFilter);
        }
    }
}
