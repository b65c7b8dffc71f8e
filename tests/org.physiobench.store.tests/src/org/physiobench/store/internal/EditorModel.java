package org.physiobench.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;

/** A patient as the patient editor holds it: in a resource of the editing domain's resource set, watched. */
final class EditorModel {

    private EditorModel() {
    }

    /** @return the resource (of a resource set of its own) now holding {@code root} */
    static Resource putInResource(EObject root) {
        Resource resource = new ResourceImpl(URI.createURI("memory:/editor"));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(root);
        return resource;
    }

    /** @return the list every later change anywhere in {@code root}'s tree is recorded in */
    static List<Notification> watch(EObject root) {
        List<Notification> notifications = new ArrayList<>();
        root.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                notifications.add(notification);
            }
        });
        return notifications;
    }
}
