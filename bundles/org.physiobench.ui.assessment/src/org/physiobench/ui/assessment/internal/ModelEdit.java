package org.physiobench.ui.assessment.internal;

import java.util.Collection;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One change the therapist makes, collected as emf.edit commands and executed as one
 * {@link CompoundCommand} on the editing domain's command stack (so it is one undo step and
 * marks the editor dirty). Without a domain (a widget used on its own) the changes are applied
 * to the objects directly, as before the editors existed.
 *
 * <p>The steps must not depend on each other's execution: each command is created against the
 * model as it is before {@link #apply()}. A new object may be added and then edited, because
 * the edit of a detached object does not depend on where it will be contained.
 */
public final class ModelEdit {

    private final EditingDomain domain;
    private final CompoundCommand command;

    /**
     * @param domain the editing domain, or {@code null} to change the objects directly
     * @param label what the undo menu says, e.g. {@code Mark left lower leg}
     */
    public ModelEdit(EditingDomain domain, String label) {
        this.domain = domain;
        this.command = new CompoundCommand(label);
    }

    /** Sets a feature; for a many-valued feature {@code value} is the whole new list. */
    public ModelEdit set(EObject owner, EStructuralFeature feature, Object value) {
        // SetCommand replaces a many-valued feature only when it is given an EList
        Object newValue = feature.isMany() && value instanceof Collection<?> values && !(value instanceof EList<?>)
                ? new BasicEList<Object>(values) : value;
        if (domain == null) {
            owner.eSet(feature, newValue);
        } else {
            command.append(SetCommand.create(domain, owner, feature, newValue));
        }
        return this;
    }

    public ModelEdit add(EObject owner, EStructuralFeature feature, Object value) {
        if (domain == null) {
            list(owner, feature).add(value);
        } else {
            command.append(AddCommand.create(domain, owner, feature, value));
        }
        return this;
    }

    public ModelEdit remove(EObject owner, EStructuralFeature feature, Object value) {
        if (domain == null) {
            list(owner, feature).remove(value);
        } else {
            command.append(RemoveCommand.create(domain, owner, feature, value));
        }
        return this;
    }

    /**
     * Executes the collected commands as one step.
     *
     * @throws IllegalStateException if the command cannot execute: a change that would be lost
     *         silently must be reported instead
     */
    public void apply() {
        if (domain == null || command.isEmpty()) {
            return;
        }
        if (!command.canExecute()) {
            throw new IllegalStateException("Cannot " + command.getLabel() + ": the change cannot be applied to the record");
        }
        domain.getCommandStack().execute(command);
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> list(EObject owner, EStructuralFeature feature) {
        return (Collection<Object>) owner.eGet(feature);
    }
}
