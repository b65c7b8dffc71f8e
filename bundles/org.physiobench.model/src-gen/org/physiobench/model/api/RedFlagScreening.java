/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Red Flag Screening</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.RedFlagScreening#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.physiobench.model.api.RedFlagScreening#isReferredForMedicalReview <em>Referred For Medical Review</em>}</li>
 *   <li>{@link org.physiobench.model.api.RedFlagScreening#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagScreening()
 * @model
 * @generated
 */
public interface RedFlagScreening extends EObject {
	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.RedFlagAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagScreening_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<RedFlagAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Referred For Medical Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referred For Medical Review</em>' attribute.
	 * @see #setReferredForMedicalReview(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagScreening_ReferredForMedicalReview()
	 * @model
	 * @generated
	 */
	boolean isReferredForMedicalReview();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RedFlagScreening#isReferredForMedicalReview <em>Referred For Medical Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referred For Medical Review</em>' attribute.
	 * @see #isReferredForMedicalReview()
	 * @generated
	 */
	void setReferredForMedicalReview(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagScreening_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RedFlagScreening#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // RedFlagScreening
