package org.physiobench.ui.editor.api;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;

/** Opens patients in the patient editor. */
public final class PatientEditors {

    /** The id of the patient editor (org.eclipse.ui.editors). */
    public static final String EDITOR_ID = "org.physiobench.ui.editors.patient";

    private PatientEditors() {
    }

    /**
     * Opens an already loaded record, or brings the patient's open editor to the front (its
     * unsaved changes are kept; {@code record} is then not used). Call on the UI thread.
     */
    public static IEditorPart open(IWorkbenchPage page, StoredPatient record) throws PartInitException {
        return page.openEditor(new PatientEditorInput(record), EDITOR_ID);
    }

    /** @return the open editor of the patient, if there is one */
    public static Optional<IEditorPart> findOpen(IWorkbenchPage page, String patientId) {
        for (IEditorReference reference : page.getEditorReferences()) {
            if (EDITOR_ID.equals(reference.getId()) && reference.getEditor(false) instanceof IEditorPart editor
                    && editor.getEditorInput() instanceof PatientEditorInput input
                    && input.getPatientId().equals(patientId)) {
                return Optional.of(editor);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens a patient by id: an open editor is brought to the front at once; otherwise the
     * record is loaded in a background job and the editor opens when it is there. A record
     * that cannot be loaded (missing, damaged, database down) is explained in a dialog.
     *
     * @return the job loading the record, or empty when the editor was already open
     */
    public static Optional<Job> open(IWorkbenchPage page, String patientId) {
        Optional<IEditorPart> open = findOpen(page, patientId);
        if (open.isPresent()) {
            page.activate(open.get());
            return Optional.empty();
        }
        Job job = new Job("Opening patient record") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    WorkbenchStore holder = WorkbenchStore.get();
                    StoredPatient record = holder.store().loadPatient(patientId, holder.actor());
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> openLoaded(page, record));
                } catch (StoreException e) {
                    PlatformUI.getWorkbench().getDisplay().asyncExec(
                            () -> ClinicalErrors.show(null, "Opening the patient record", e));
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(false);
        job.schedule();
        return Optional.of(job);
    }

    private static void openLoaded(IWorkbenchPage page, StoredPatient record) {
        try {
            open(page, record);
        } catch (PartInitException e) {
            ClinicalErrors.show(null, "Opening the patient record", e);
        }
    }
}
