/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Discharge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Discharge#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.Discharge#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.Discharge#getReason <em>Reason</em>}</li>
 *   <li>{@link org.physiobench.model.api.Discharge#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.physiobench.model.api.Discharge#getPreventionPlan <em>Prevention Plan</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getDischarge()
 * @model
 * @generated
 */
public interface Discharge extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getDischarge_Date()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Discharge#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Therapist Id</em>' attribute.
	 * @see #setTherapistId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getDischarge_TherapistId()
	 * @model
	 * @generated
	 */
	String getTherapistId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Discharge#getTherapistId <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Therapist Id</em>' attribute.
	 * @see #getTherapistId()
	 * @generated
	 */
	void setTherapistId(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.DischargeReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see org.physiobench.model.api.DischargeReason
	 * @see #setReason(DischargeReason)
	 * @see org.physiobench.model.api.ClinicalPackage#getDischarge_Reason()
	 * @model
	 * @generated
	 */
	DischargeReason getReason();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Discharge#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see org.physiobench.model.api.DischargeReason
	 * @see #getReason()
	 * @generated
	 */
	void setReason(DischargeReason value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getDischarge_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Discharge#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Prevention Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prevention Plan</em>' containment reference.
	 * @see #setPreventionPlan(PreventionPlan)
	 * @see org.physiobench.model.api.ClinicalPackage#getDischarge_PreventionPlan()
	 * @model containment="true"
	 * @generated
	 */
	PreventionPlan getPreventionPlan();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Discharge#getPreventionPlan <em>Prevention Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prevention Plan</em>' containment reference.
	 * @see #getPreventionPlan()
	 * @generated
	 */
	void setPreventionPlan(PreventionPlan value);

} // Discharge
