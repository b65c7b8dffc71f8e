package org.physiobench.store.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.physiobench.store.api.PatientIndex;

/**
 * What the store needs to know about the patient model: its package (for JSON type names),
 * the root class of an aggregate, the record id of an aggregate and its indexed columns.
 * The store itself is model-agnostic so that its persistence guarantees can be tested on
 * their own.
 */
interface PatientModel {

    /** @return the EPackages whose classes may appear in a patient document */
    java.util.List<EPackage> packages();

    /** @return the class every stored aggregate's root must be an instance of */
    EClass rootClass();

    /** @return the stable record id of the aggregate (never blank) */
    String idOf(EObject patient);

    /** @return the indexed columns derived from the aggregate */
    PatientIndex indexOf(EObject patient);
}
