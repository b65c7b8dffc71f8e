package org.physiobench.modality.api;

import java.util.List;

/**
 * Told when modalities appear (a plug-in was installed) or disappear (a plug-in was
 * uninstalled, or its contributed code turned out to be broken). Called on the thread that
 * noticed the change, never while the registry holds its lock; keep the work short.
 */
public interface ModalityRegistryListener {

    /** @param added the modalities that became available, in stable order */
    void modalitiesAdded(List<ModalityDescriptor> added);

    /** @param removed the modalities that are no longer available, in stable order */
    void modalitiesRemoved(List<ModalityDescriptor> removed);
}
