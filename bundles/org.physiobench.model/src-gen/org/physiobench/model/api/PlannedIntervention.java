/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.common.util.EList;

import org.physiobench.core.api.TreatmentComponent;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planned Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.PlannedIntervention#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlannedIntervention#getComponent <em>Component</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlannedIntervention#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlannedIntervention#getTimesPerWeek <em>Times Per Week</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlannedIntervention#getDurationWeeks <em>Duration Weeks</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlannedIntervention#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlannedIntervention#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention()
 * @model
 * @generated
 */
public interface PlannedIntervention extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The treatment modality, e.g. core.bird-dog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modality Id</em>' attribute.
	 * @see #setModalityId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention_ModalityId()
	 * @model
	 * @generated
	 */
	String getModalityId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlannedIntervention#getModalityId <em>Modality Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality Id</em>' attribute.
	 * @see #getModalityId()
	 * @generated
	 */
	void setModalityId(String value);

	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see #setComponent(TreatmentComponent)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention_Component()
	 * @model dataType="org.physiobench.model.api.TreatmentComponent"
	 * @generated
	 */
	TreatmentComponent getComponent();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlannedIntervention#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(TreatmentComponent value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Times Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frequency: how many times per week the intervention is done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times Per Week</em>' attribute.
	 * @see #setTimesPerWeek(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention_TimesPerWeek()
	 * @model
	 * @generated
	 */
	Integer getTimesPerWeek();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlannedIntervention#getTimesPerWeek <em>Times Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Times Per Week</em>' attribute.
	 * @see #getTimesPerWeek()
	 * @generated
	 */
	void setTimesPerWeek(Integer value);

	/**
	 * Returns the value of the '<em><b>Duration Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Weeks</em>' attribute.
	 * @see #setDurationWeeks(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention_DurationWeeks()
	 * @model
	 * @generated
	 */
	Integer getDurationWeeks();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlannedIntervention#getDurationWeeks <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Weeks</em>' attribute.
	 * @see #getDurationWeeks()
	 * @generated
	 */
	void setDurationWeeks(Integer value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlannedIntervention#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source that supports the choice, e.g. JOSPT 2021 CPG, doi 10.2519/jospt.2021.0304.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlannedIntervention_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlannedIntervention#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // PlannedIntervention
