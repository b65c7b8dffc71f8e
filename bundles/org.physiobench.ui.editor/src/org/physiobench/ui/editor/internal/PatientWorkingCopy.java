package org.physiobench.ui.editor.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;

/**
 * One patient record being edited: the aggregate inside an editing domain whose command stack
 * gives undo/redo and tells whether there are unsaved changes, plus the store version the
 * next save is based on (a save against a newer version is a conflict, never an overwrite).
 */
final class PatientWorkingCopy {

    private final BasicCommandStack commandStack = new TypingCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private long version;

    PatientWorkingCopy(StoredPatient record) {
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        // the model has no generated item providers; the reflective ones make every command work
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapters, commandStack);
        resource = new ResourceImpl(URI.createURI("physiobench:/patients/" + record.id()));
        domain.getResourceSet().getResources().add(resource);
        resource.getContents().add(record.patient());
        version = record.version();
    }

    AdapterFactoryEditingDomain domain() {
        return domain;
    }

    BasicCommandStack commandStack() {
        return commandStack;
    }

    Patient patient() {
        return (Patient) resource.getContents().get(0);
    }

    long version() {
        return version;
    }

    boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    /**
     * Writes the record; on success the command stack marks this state as saved (undo stays
     * possible, and undoing past it makes the editor dirty again).
     *
     * @throws StoreException nothing was written; the working copy keeps every change
     */
    long save(ClinicalStore store, String actor) throws StoreException {
        version = store.savePatient(patient(), version, actor);
        commandStack.saveIsDone();
        return version;
    }

    /** Replaces the edited record by a fresh copy from the store, dropping unsaved changes and undo history. */
    void replaceWith(StoredPatient fresh) {
        resource.getContents().set(0, fresh.patient());
        version = fresh.version();
        commandStack.flush();
    }

    void dispose() {
        commandStack.flush();
        ((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
    }
}
