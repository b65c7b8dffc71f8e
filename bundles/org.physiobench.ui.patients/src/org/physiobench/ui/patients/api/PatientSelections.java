package org.physiobench.ui.patients.api;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;

/**
 * The patient a workbench selection is about, for the views that follow the patient being worked
 * on (progress, home programme): a patient, anything that adapts to one (the Patients view, an
 * editor input), or a record inside a patient (an assessment, a session).
 */
public final class PatientSelections {

    private PatientSelections() {
    }

    /** @return the patient of the selection's first element, if it has one */
    public static Optional<Patient> patientIn(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return Optional.empty();
        }
        Object element = structured.getFirstElement();
        Patient adapted = Adapters.adapt(element, Patient.class);
        if (adapted != null) {
            return Optional.of(adapted);
        }
        return element instanceof EObject record ? ClinicalRecords.patientOf(record) : Optional.empty();
    }
}
