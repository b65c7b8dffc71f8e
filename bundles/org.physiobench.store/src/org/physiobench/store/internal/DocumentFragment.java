package org.physiobench.store.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The document text of one object of an aggregate as {@link DocumentWriter} last wrote it,
 * kept on the object by an adapter that watches the object and everything inside it: saving a
 * record of 300 sessions after one note changed writes that session again and copies the
 * text of the others.
 * <p>
 * The text is used only while it is exactly what a full write would give: nothing inside the
 * object changed since (any notification counts, also one that sets a value it already had),
 * the adapter still watches every object inside (an object that lost it, e.g. by someone
 * clearing its adapters, could change unseen), the object sits in the same containment (which
 * decides whether its {@code eClass} is written), and every object it refers to still has the
 * id written for it and still belongs to the aggregate (a reference names its target by id;
 * the target's changes notify the target's adapters, not this one).
 * <p>
 * The adapter is added by the thread that saves, which for a model as EMF's must be the one
 * that changes it (the editor saves on the UI thread). A change made while the text is being
 * written (another thread, against that rule) only makes the kept text unused: the count of
 * changes is taken before the text is written.
 */
final class DocumentFragment extends EContentAdapter {

    /** What was written, and what it depended on beyond the object's own contents. */
    private record Written(String text, EReference containment, long changes, List<EObject> targets,
            List<String> targetIds) {
    }

    private final EObject owner;
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean watchesEverything = true;
    private volatile Written written;

    private DocumentFragment(EObject owner) {
        this.owner = owner;
    }

    /** @return the fragment kept on {@code object} (not one of a container's that reaches it), or {@code null} */
    static DocumentFragment on(EObject object) {
        for (Adapter adapter : object.eAdapters()) {
            if (adapter instanceof DocumentFragment fragment && fragment.owner == object) {
                return fragment;
            }
        }
        return null;
    }

    /** @return a new fragment, watching {@code object} and everything inside it */
    static DocumentFragment attach(EObject object) {
        DocumentFragment fragment = new DocumentFragment(object);
        object.eAdapters().add(fragment);
        return fragment;
    }

    /** Stops watching (every object inside lets go of the adapter). */
    void detach() {
        owner.eAdapters().remove(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        changes.incrementAndGet();
        if (notification.getEventType() == Notification.REMOVING_ADAPTER) {
            // An object inside may no longer report its changes: this fragment is done.
            watchesEverything = false;
        }
    }

    /** @return whether this fragment still sees every change inside its object */
    boolean watchesEverything() {
        return watchesEverything;
    }

    /** @return the count of changes seen, to pass to {@link #remember} for a text written from now */
    long changes() {
        return changes.get();
    }

    /**
     * Keeps the text of the object written after {@link #changes()} returned {@code changesBefore}.
     *
     * @param targets the objects the text refers to, with the ids written for them
     */
    void remember(String text, EReference containment, long changesBefore, List<EObject> targets,
            List<String> targetIds) {
        written = new Written(text, containment, changesBefore, List.copyOf(targets), List.copyOf(targetIds));
    }

    /** @return the kept text, if a full write of the object in {@code containment} under {@code root} gives it */
    String text(EObject root, EReference containment) {
        Written kept = written;
        if (kept == null || !watchesEverything || kept.changes() != changes.get() || kept.containment() != containment
                || owner.eContainmentFeature() != containment) {
            return null;
        }
        for (int i = 0; i < kept.targets().size(); i++) {
            EObject target = kept.targets().get(i);
            if (target.eIsProxy() || !kept.targetIds().get(i).equals(EcoreUtil.getID(target))
                    || !EcoreUtil.isAncestor(root, target)) {
                return null;
            }
        }
        return kept.text();
    }
}
