package org.physiobench.ui.patients.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;

/** Saves a new patient with their first episode of care, then reads the stored record back. */
final class NewPatientJob extends Job {

    private final WorkbenchStore store;
    private final NewPatientDetails details;
    private final Consumer<StoredPatient> created;

    NewPatientJob(WorkbenchStore store, NewPatientDetails details, Consumer<StoredPatient> created) {
        super("Creating the record of " + details.givenName() + " " + details.familyName());
        this.store = store;
        this.details = details;
        this.created = created;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Patient patient = details.toPatient();
        try {
            store.store().createPatients(List.of(patient), store.actor());
            StoredPatient stored = store.store().loadPatient(patient.getId(), store.actor());
            store.fireChanged();
            created.accept(stored);
            return Status.OK_STATUS;
        } catch (StoreException e) {
            return ClinicalErrors.status("Creating the record of " + details.givenName() + " " + details.familyName(), e);
        }
    }
}
