package org.physiobench.ui.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.physiobench.ui.editor.api.PatientEditors;
import org.physiobench.ui.patients.api.PatientCommands;

/**
 * Opens the patient named by the command's patient-id parameter (the Patients view passes the
 * selected row's id): brings an open editor to the front, or loads the record in the background
 * and opens it.
 */
public final class OpenPatientHandler extends AbstractHandler {

    /** The command's parameter with the record id. */
    public static final String PATIENT_ID = PatientCommands.PATIENT_ID;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String patientId = event.getParameter(PATIENT_ID);
        if (patientId == null || patientId.isBlank()) {
            throw new ExecutionException("Select a patient to open.");
        }
        PatientEditors.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), patientId);
        return null;
    }
}
