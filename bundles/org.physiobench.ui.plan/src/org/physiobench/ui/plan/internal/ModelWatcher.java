package org.physiobench.ui.plan.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;

/**
 * Calls a refresh once after a burst of model changes under one object (a command, an undo, a
 * change made on another page), on the UI thread: many notifications give one refresh.
 */
public final class ModelWatcher extends EContentAdapter {

    private final Control owner;
    private final Runnable refresh;
    private Notifier watched;
    private boolean pending;

    public ModelWatcher(Control owner, Runnable refresh) {
        this.owner = owner;
        this.refresh = refresh;
        owner.addDisposeListener(event -> watch(null));
    }

    /** Watches {@code notifier} (and everything it contains) instead of what was watched before. */
    public void watch(Notifier notifier) {
        if (watched == notifier) {
            return;
        }
        if (watched != null) {
            watched.eAdapters().remove(this);
        }
        watched = notifier;
        if (notifier != null) {
            notifier.eAdapters().add(this);
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || pending || owner.isDisposed()) {
            return;
        }
        pending = true;
        owner.getDisplay().asyncExec(() -> {
            pending = false;
            if (!owner.isDisposed()) {
                refresh.run();
            }
        });
    }
}
