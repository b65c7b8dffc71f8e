package org.physiobench.ui.editor.internal;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.LongSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The patient editor's command stack: undo and redo take back or repeat <b>typing</b> as one
 * step. The plan, session and assessment forms record a text as it is typed - one set command
 * per keystroke, so the dirty marker, the validation and the other views follow at once - and
 * without this a therapist pressed Ctrl+Z once per character.
 * <p>
 * A typing run is a sequence of commands that each set the same text attribute of the same
 * object, each executed less than {@link #TYPING_PAUSE_NANOS} after the one before, with
 * nothing else in between. A save point ends a run, so one undo never takes the record back
 * past the state last saved.
 */
public final class TypingCommandStack extends BasicCommandStack {

    /** A longer pause between two keystrokes starts a new undo step (typing, thinking, typing on). */
    public static final long TYPING_PAUSE_NANOS = 2_000_000_000L;

    private final LongSupplier clock;
    /** When each command was executed; weak, so commands the stack drops are not kept alive here. */
    private final Map<Command, Long> executedAt = new WeakHashMap<>();

    public TypingCommandStack() {
        this(System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} (tests pass their own) */
    public TypingCommandStack(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public void execute(Command command) {
        long at = clock.getAsLong();
        super.execute(command);
        if (command != null && getUndoCommand() == command) {
            executedAt.put(command, at);
        }
    }

    @Override
    public void undo() {
        int first = top;
        while (first > 0 && sameRun(first - 1, first)) {
            first--;
        }
        for (int step = top - first; step >= 0 && canUndo(); step--) {
            super.undo();
        }
    }

    @Override
    public void redo() {
        int last = top + 1;
        while (last + 1 < commandList.size() && sameRun(last, last + 1)) {
            last++;
        }
        for (int step = last - top; step > 0 && canRedo(); step--) {
            super.redo();
        }
    }

    /** @return whether the command at {@code later} continues the typing of the one at {@code earlier} */
    private boolean sameRun(int earlier, int later) {
        if (earlier < 0 || earlier == saveIndex) {
            return false;
        }
        if (!(single(commandList.get(earlier)) instanceof SetCommand before)
                || !(single(commandList.get(later)) instanceof SetCommand after)) {
            return false;
        }
        if (before.getOwner() != after.getOwner() || before.getFeature() != after.getFeature()
                || !isText(after.getFeature())) {
            return false;
        }
        Long typedBefore = executedAt.get(commandList.get(earlier));
        Long typedAfter = executedAt.get(commandList.get(later));
        return typedBefore != null && typedAfter != null && typedAfter - typedBefore < TYPING_PAUSE_NANOS;
    }

    /**
     * @return the one command inside wrappers and one-command compounds (the assessment form
     *         records each change as a compound), else {@code command} itself
     */
    private static Command single(Command command) {
        Command inner = command;
        while (true) {
            if (inner instanceof CompoundCommand compound && compound.getCommandList().size() == 1) {
                inner = compound.getCommandList().get(0);
            } else if (inner instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
                inner = wrapper.getCommand();
            } else {
                return inner;
            }
        }
    }

    private static boolean isText(EStructuralFeature feature) {
        return feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == String.class
                && !attribute.isMany();
    }
}
