package org.physiobench.ui.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.CommandStack;

/** Undo or redo on the patient editor's command stack (the workbench's Edit > Undo/Redo and Ctrl+Z/Ctrl+Y). */
final class CommandStackHandler extends AbstractHandler {

    private final CommandStack stack;
    private final boolean undo;

    private CommandStackHandler(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        refresh();
    }

    static CommandStackHandler undo(CommandStack stack) {
        return new CommandStackHandler(stack, true);
    }

    static CommandStackHandler redo(CommandStack stack) {
        return new CommandStackHandler(stack, false);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (undo && stack.canUndo()) {
            stack.undo();
        } else if (!undo && stack.canRedo()) {
            stack.redo();
        }
        return null;
    }

    /** Follows the stack: enabled when there is something to undo/redo. */
    void refresh() {
        setBaseEnabled(undo ? stack.canUndo() : stack.canRedo());
    }
}
