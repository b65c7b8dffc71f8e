/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Treatment Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A treatment plan and its full history: each revision is a complete version of the plan, appended, never changed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.TreatmentPlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.TreatmentPlan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.physiobench.model.api.TreatmentPlan#getRevisions <em>Revisions</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getTreatmentPlan()
 * @model
 * @generated
 */
public interface TreatmentPlan extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getTreatmentPlan_StartDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.TreatmentPlan#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.physiobench.model.api.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.physiobench.model.api.ClinicalPackage#getTreatmentPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.TreatmentPlan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.physiobench.model.api.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Revisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.PlanRevision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revisions</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getTreatmentPlan_Revisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanRevision> getRevisions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revision in force: the last one, or null when the plan has none yet.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	PlanRevision getCurrentRevision();

} // TreatmentPlan
