/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pain Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.PainRegion#getRegion <em>Region</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainRegion#getSide <em>Side</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getPainRegion()
 * @model
 * @generated
 */
public interface PainRegion extends EObject {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.BodyRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see org.physiobench.model.api.BodyRegion
	 * @see #setRegion(BodyRegion)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainRegion_Region()
	 * @model
	 * @generated
	 */
	BodyRegion getRegion();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainRegion#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see org.physiobench.model.api.BodyRegion
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(BodyRegion value);

	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.BodySide}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see org.physiobench.model.api.BodySide
	 * @see #setSide(BodySide)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainRegion_Side()
	 * @model
	 * @generated
	 */
	BodySide getSide();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainRegion#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see org.physiobench.model.api.BodySide
	 * @see #getSide()
	 * @generated
	 */
	void setSide(BodySide value);

} // PainRegion
