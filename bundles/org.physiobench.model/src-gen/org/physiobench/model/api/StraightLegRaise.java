/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Straight Leg Raise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.StraightLegRaise#getSide <em>Side</em>}</li>
 *   <li>{@link org.physiobench.model.api.StraightLegRaise#getAngleDegrees <em>Angle Degrees</em>}</li>
 *   <li>{@link org.physiobench.model.api.StraightLegRaise#isPositive <em>Positive</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getStraightLegRaise()
 * @model
 * @generated
 */
public interface StraightLegRaise extends EObject {
	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.BodySide}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see org.physiobench.model.api.BodySide
	 * @see #setSide(BodySide)
	 * @see org.physiobench.model.api.ClinicalPackage#getStraightLegRaise_Side()
	 * @model
	 * @generated
	 */
	BodySide getSide();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.StraightLegRaise#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see org.physiobench.model.api.BodySide
	 * @see #getSide()
	 * @generated
	 */
	void setSide(BodySide value);

	/**
	 * Returns the value of the '<em><b>Angle Degrees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hip flexion angle at which symptoms appeared (or the end of range), 0-120 degrees.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Angle Degrees</em>' attribute.
	 * @see #setAngleDegrees(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getStraightLegRaise_AngleDegrees()
	 * @model
	 * @generated
	 */
	Integer getAngleDegrees();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.StraightLegRaise#getAngleDegrees <em>Angle Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Angle Degrees</em>' attribute.
	 * @see #getAngleDegrees()
	 * @generated
	 */
	void setAngleDegrees(Integer value);

	/**
	 * Returns the value of the '<em><b>Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when it reproduced the patient's leg pain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Positive</em>' attribute.
	 * @see #setPositive(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getStraightLegRaise_Positive()
	 * @model
	 * @generated
	 */
	boolean isPositive();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.StraightLegRaise#isPositive <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positive</em>' attribute.
	 * @see #isPositive()
	 * @generated
	 */
	void setPositive(boolean value);

} // StraightLegRaise
