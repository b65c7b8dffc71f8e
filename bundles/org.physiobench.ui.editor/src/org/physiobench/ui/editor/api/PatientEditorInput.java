package org.physiobench.ui.editor.api;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.StoredPatient;

/**
 * Opens a patient record in the patient editor. Two inputs for the same record are equal, so
 * the workbench brings an open editor to the front instead of opening the patient twice (two
 * editors on one record would overwrite each other's saves).
 *
 * <p>The input carries the record as loaded from the store: loading happens before the editor
 * opens, in a background job, so the editor never waits on the database in the UI thread.
 */
public final class PatientEditorInput implements IEditorInput {

    private final StoredPatient record;

    /** @param record the patient as loaded from the store, with the version the next save must name */
    public PatientEditorInput(StoredPatient record) {
        this.record = Objects.requireNonNull(record, "record");
    }

    /** @return the id of the patient record */
    public String getPatientId() {
        return record.id();
    }

    /** @return the record as it was loaded (the editor works on it; do not change it elsewhere) */
    public StoredPatient getRecord() {
        return record;
    }

    @Override
    public boolean exists() {
        // not offered in the "recently opened" list: reopening needs a fresh load from the store
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return displayName(record.patient());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        Patient patient = record.patient();
        return patient.getBirthDate() == null ? getName() : getName() + ", born " + patient.getBirthDate();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(record.patient()) ? adapter.cast(record.patient()) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatientEditorInput input && input.getPatientId().equals(getPatientId());
    }

    @Override
    public int hashCode() {
        return getPatientId().hashCode();
    }

    /** @return "Family, Given" as the patient list shows names, or a placeholder for a nameless record */
    public static String displayName(Patient patient) {
        String family = Objects.toString(patient.getFamilyName(), "").strip();
        String given = Objects.toString(patient.getGivenName(), "").strip();
        if (family.isEmpty() && given.isEmpty()) {
            return "(no name)";
        }
        return family.isEmpty() ? given : given.isEmpty() ? family : family + ", " + given;
    }
}
