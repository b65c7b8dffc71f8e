/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Referral</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Referral#getSource <em>Source</em>}</li>
 *   <li>{@link org.physiobench.model.api.Referral#getReferrerName <em>Referrer Name</em>}</li>
 *   <li>{@link org.physiobench.model.api.Referral#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.Referral#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getReferral()
 * @model
 * @generated
 */
public interface Referral extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who referred the patient (general practitioner, orthopaedic surgeon, self-referral...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getReferral_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Referral#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Referrer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referrer Name</em>' attribute.
	 * @see #setReferrerName(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getReferral_ReferrerName()
	 * @model
	 * @generated
	 */
	String getReferrerName();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Referral#getReferrerName <em>Referrer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referrer Name</em>' attribute.
	 * @see #getReferrerName()
	 * @generated
	 */
	void setReferrerName(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getReferral_Date()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Referral#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getReferral_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Referral#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // Referral
