/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Range Of Motion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One active lumbar movement, measured in degrees (inclinometer or goniometer).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.RangeOfMotion#getMovement <em>Movement</em>}</li>
 *   <li>{@link org.physiobench.model.api.RangeOfMotion#getDegrees <em>Degrees</em>}</li>
 *   <li>{@link org.physiobench.model.api.RangeOfMotion#isPainful <em>Painful</em>}</li>
 *   <li>{@link org.physiobench.model.api.RangeOfMotion#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getRangeOfMotion()
 * @model
 * @generated
 */
public interface RangeOfMotion extends EObject {
	/**
	 * Returns the value of the '<em><b>Movement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.SpinalMovement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Movement</em>' attribute.
	 * @see org.physiobench.model.api.SpinalMovement
	 * @see #setMovement(SpinalMovement)
	 * @see org.physiobench.model.api.ClinicalPackage#getRangeOfMotion_Movement()
	 * @model
	 * @generated
	 */
	SpinalMovement getMovement();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RangeOfMotion#getMovement <em>Movement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Movement</em>' attribute.
	 * @see org.physiobench.model.api.SpinalMovement
	 * @see #getMovement()
	 * @generated
	 */
	void setMovement(SpinalMovement value);

	/**
	 * Returns the value of the '<em><b>Degrees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Degrees</em>' attribute.
	 * @see #setDegrees(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getRangeOfMotion_Degrees()
	 * @model
	 * @generated
	 */
	Integer getDegrees();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RangeOfMotion#getDegrees <em>Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Degrees</em>' attribute.
	 * @see #getDegrees()
	 * @generated
	 */
	void setDegrees(Integer value);

	/**
	 * Returns the value of the '<em><b>Painful</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Painful</em>' attribute.
	 * @see #setPainful(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getRangeOfMotion_Painful()
	 * @model
	 * @generated
	 */
	boolean isPainful();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RangeOfMotion#isPainful <em>Painful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Painful</em>' attribute.
	 * @see #isPainful()
	 * @generated
	 */
	void setPainful(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getRangeOfMotion_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RangeOfMotion#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // RangeOfMotion
