package org.physiobench.ui.patients.internal;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.ui.action.IKeyAction;
import org.eclipse.nebula.widgets.nattable.ui.action.IMouseAction;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;

/**
 * What the patient table does besides selecting: a double-click on a patient or Enter opens
 * the record. Registered in NatTable's own binding registry, ahead of its defaults, so Enter
 * does not first move the selection to the next row.
 */
final class PatientTableActions {

    private PatientTableActions() {
    }

    static void install(NatTable table, PatientsView view) {
        UiBindingRegistry bindings = table.getUiBindingRegistry();
        IKeyAction open = (natTable, event) -> view.openSelected();
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), open);
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), open);
        bindings.registerFirstDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), openRowAt(view));
    }

    /**
     * The double-clicked row is found by the pointer, not by the selection: NatTable holds a
     * single click back while it waits for a possible second one, so the row may not be
     * selected yet. It is selected now, so the list shows which patient was opened.
     */
    private static IMouseAction openRowAt(PatientsView view) {
        return (natTable, event) -> {
            int position = natTable.getRowPositionByY(event.y);
            if (position < 0) {
                return;
            }
            natTable.doCommand(new SelectRowsCommand(natTable, natTable.getColumnPositionByX(event.x), position, false, false));
            view.openSelected();
        };
    }
}
