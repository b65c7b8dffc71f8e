/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Medical History</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.MedicalHistory#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalHistory#getMedications <em>Medications</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalHistory#getSurgeries <em>Surgeries</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalHistory#getPreviousEpisodes <em>Previous Episodes</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getMedicalHistory()
 * @model
 * @generated
 */
public interface MedicalHistory extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.MedicalCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalHistory_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<MedicalCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Medications</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Medication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medications</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalHistory_Medications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Medication> getMedications();

	/**
	 * Returns the value of the '<em><b>Surgeries</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Surgery}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Surgeries</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalHistory_Surgeries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Surgery> getSurgeries();

	/**
	 * Returns the value of the '<em><b>Previous Episodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many earlier episodes of low back pain the patient reports; null when not asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous Episodes</em>' attribute.
	 * @see #setPreviousEpisodes(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalHistory_PreviousEpisodes()
	 * @model
	 * @generated
	 */
	Integer getPreviousEpisodes();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalHistory#getPreviousEpisodes <em>Previous Episodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Episodes</em>' attribute.
	 * @see #getPreviousEpisodes()
	 * @generated
	 */
	void setPreviousEpisodes(Integer value);

} // MedicalHistory
