package org.physiobench.ui.patients.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreException;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;

/** Archives one patient (hidden from the list, kept with its history). */
final class ArchivePatientJob extends Job {

    private final WorkbenchStore store;
    private final PatientSummary patient;

    ArchivePatientJob(WorkbenchStore store, PatientSummary patient) {
        super("Archiving " + patient.index().displayName());
        this.store = store;
        this.patient = patient;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            store.store().setArchived(patient.id(), patient.version(), true, store.actor());
            store.fireChanged();
            return Status.OK_STATUS;
        } catch (StoreException e) {
            // a conflict says the record changed meanwhile; the workbench shows the status as a dialog
            return ClinicalErrors.status("Archiving " + patient.index().displayName(), e);
        }
    }
}
