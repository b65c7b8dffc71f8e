package org.physiobench.ui.assessment.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Where a field of the form lives in the record: an object that may not exist yet (a section
 * of an older assessment, the range-of-motion entry of a movement not measured so far). The
 * form reads through {@link #find()} and creates the object only when the therapist enters
 * something, as part of the same command.
 */
public interface Owner {

    /** @return the object, or {@code null} while there is none */
    EObject find();

    /** @return the object, created and added by {@code edit} if it does not exist yet */
    EObject ensure(ModelEdit edit);

    /** @return an owner that always exists */
    static Owner of(EObject object) {
        return new Owner() {
            @Override
            public EObject find() {
                return object;
            }

            @Override
            public EObject ensure(ModelEdit edit) {
                return object;
            }
        };
    }

    /** @return the object held by the single containment {@code reference} of this owner */
    default Owner child(EReference reference, Supplier<? extends EObject> factory) {
        Owner parent = this;
        return created(() -> {
            EObject container = parent.find();
            return container == null ? null : (EObject) container.eGet(reference);
        }, factory, (edit, child) -> edit.set(parent.ensure(edit), reference, child));
    }

    /** @return the first element of the containment list {@code reference} that {@code matches} */
    default Owner entry(EReference reference, Predicate<EObject> matches, Supplier<? extends EObject> factory) {
        Owner parent = this;
        return created(() -> {
            EObject container = parent.find();
            if (container == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            List<EObject> entries = (List<EObject>) container.eGet(reference);
            return entries.stream().filter(matches).findFirst().orElse(null);
        }, factory, (edit, entry) -> edit.add(parent.ensure(edit), reference, entry));
    }

    /**
     * @param find finds the object, {@code null} while there is none
     * @param attach adds a new object to its container as a step of the edit
     * @return an owner that creates its object from {@code factory} when it is first needed
     */
    private static Owner created(Supplier<EObject> find, Supplier<? extends EObject> factory,
            BiConsumer<ModelEdit, EObject> attach) {
        return new Owner() {
            @Override
            public EObject find() {
                return find.get();
            }

            @Override
            public EObject ensure(ModelEdit edit) {
                EObject existing = find.get();
                if (existing != null) {
                    return existing;
                }
                EObject created = factory.get();
                attach.accept(edit, created);
                return created;
            }
        };
    }
}
