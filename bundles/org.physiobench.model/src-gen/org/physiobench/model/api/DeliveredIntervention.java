/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delivered Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.DeliveredIntervention#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.DeliveredIntervention#getPlanned <em>Planned</em>}</li>
 *   <li>{@link org.physiobench.model.api.DeliveredIntervention#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.physiobench.model.api.DeliveredIntervention#getPatientResponse <em>Patient Response</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getDeliveredIntervention()
 * @model
 * @generated
 */
public interface DeliveredIntervention extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality Id</em>' attribute.
	 * @see #setModalityId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getDeliveredIntervention_ModalityId()
	 * @model
	 * @generated
	 */
	String getModalityId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.DeliveredIntervention#getModalityId <em>Modality Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality Id</em>' attribute.
	 * @see #getModalityId()
	 * @generated
	 */
	void setModalityId(String value);

	/**
	 * Returns the value of the '<em><b>Planned</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The planned intervention this delivers, if it was planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned</em>' reference.
	 * @see #setPlanned(PlannedIntervention)
	 * @see org.physiobench.model.api.ClinicalPackage#getDeliveredIntervention_Planned()
	 * @model
	 * @generated
	 */
	PlannedIntervention getPlanned();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.DeliveredIntervention#getPlanned <em>Planned</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned</em>' reference.
	 * @see #getPlanned()
	 * @generated
	 */
	void setPlanned(PlannedIntervention value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dosage actually delivered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getDeliveredIntervention_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Patient Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient Response</em>' attribute.
	 * @see #setPatientResponse(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getDeliveredIntervention_PatientResponse()
	 * @model
	 * @generated
	 */
	String getPatientResponse();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.DeliveredIntervention#getPatientResponse <em>Patient Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Response</em>' attribute.
	 * @see #getPatientResponse()
	 * @generated
	 */
	void setPatientResponse(String value);

} // DeliveredIntervention
