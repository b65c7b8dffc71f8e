/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Home Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A home exercise programme as handed to the patient; a changed programme is a new one, so what the patient was given stays on record.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.HomeProgramme#getIssuedDate <em>Issued Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.HomeProgramme#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.HomeProgramme#getExercises <em>Exercises</em>}</li>
 *   <li>{@link org.physiobench.model.api.HomeProgramme#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getHomeProgramme()
 * @model
 * @generated
 */
public interface HomeProgramme extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Issued Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued Date</em>' attribute.
	 * @see #setIssuedDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeProgramme_IssuedDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getIssuedDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.HomeProgramme#getIssuedDate <em>Issued Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued Date</em>' attribute.
	 * @see #getIssuedDate()
	 * @generated
	 */
	void setIssuedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Therapist Id</em>' attribute.
	 * @see #setTherapistId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeProgramme_TherapistId()
	 * @model
	 * @generated
	 */
	String getTherapistId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.HomeProgramme#getTherapistId <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Therapist Id</em>' attribute.
	 * @see #getTherapistId()
	 * @generated
	 */
	void setTherapistId(String value);

	/**
	 * Returns the value of the '<em><b>Exercises</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.HomeExercise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exercises</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeProgramme_Exercises()
	 * @model containment="true"
	 * @generated
	 */
	EList<HomeExercise> getExercises();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeProgramme_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.HomeProgramme#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // HomeProgramme
