/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Physical Examination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.PhysicalExamination#getRangeOfMotion <em>Range Of Motion</em>}</li>
 *   <li>{@link org.physiobench.model.api.PhysicalExamination#getStraightLegRaises <em>Straight Leg Raises</em>}</li>
 *   <li>{@link org.physiobench.model.api.PhysicalExamination#getNeurologicalFindings <em>Neurological Findings</em>}</li>
 *   <li>{@link org.physiobench.model.api.PhysicalExamination#getDirectionalPreference <em>Directional Preference</em>}</li>
 *   <li>{@link org.physiobench.model.api.PhysicalExamination#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getPhysicalExamination()
 * @model
 * @generated
 */
public interface PhysicalExamination extends EObject {
	/**
	 * Returns the value of the '<em><b>Range Of Motion</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.RangeOfMotion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Range Of Motion</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPhysicalExamination_RangeOfMotion()
	 * @model containment="true"
	 * @generated
	 */
	EList<RangeOfMotion> getRangeOfMotion();

	/**
	 * Returns the value of the '<em><b>Straight Leg Raises</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.StraightLegRaise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Straight Leg Raises</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPhysicalExamination_StraightLegRaises()
	 * @model containment="true"
	 * @generated
	 */
	EList<StraightLegRaise> getStraightLegRaises();

	/**
	 * Returns the value of the '<em><b>Neurological Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.NeurologicalFinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Neurological Findings</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPhysicalExamination_NeurologicalFindings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NeurologicalFinding> getNeurologicalFindings();

	/**
	 * Returns the value of the '<em><b>Directional Preference</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.DirectionalPreference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Directional Preference</em>' attribute.
	 * @see org.physiobench.model.api.DirectionalPreference
	 * @see #setDirectionalPreference(DirectionalPreference)
	 * @see org.physiobench.model.api.ClinicalPackage#getPhysicalExamination_DirectionalPreference()
	 * @model
	 * @generated
	 */
	DirectionalPreference getDirectionalPreference();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PhysicalExamination#getDirectionalPreference <em>Directional Preference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Directional Preference</em>' attribute.
	 * @see org.physiobench.model.api.DirectionalPreference
	 * @see #getDirectionalPreference()
	 * @generated
	 */
	void setDirectionalPreference(DirectionalPreference value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPhysicalExamination_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PhysicalExamination#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // PhysicalExamination
