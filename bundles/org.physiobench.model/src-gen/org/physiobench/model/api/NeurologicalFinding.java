/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Neurological Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.NeurologicalFinding#getKind <em>Kind</em>}</li>
 *   <li>{@link org.physiobench.model.api.NeurologicalFinding#getLevel <em>Level</em>}</li>
 *   <li>{@link org.physiobench.model.api.NeurologicalFinding#getSide <em>Side</em>}</li>
 *   <li>{@link org.physiobench.model.api.NeurologicalFinding#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getNeurologicalFinding()
 * @model
 * @generated
 */
public interface NeurologicalFinding extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.NeurologicalTestKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.physiobench.model.api.NeurologicalTestKind
	 * @see #setKind(NeurologicalTestKind)
	 * @see org.physiobench.model.api.ClinicalPackage#getNeurologicalFinding_Kind()
	 * @model
	 * @generated
	 */
	NeurologicalTestKind getKind();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.NeurologicalFinding#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.physiobench.model.api.NeurologicalTestKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NeurologicalTestKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The nerve root tested, e.g. L4, L5, S1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getNeurologicalFinding_Level()
	 * @model
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.NeurologicalFinding#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.BodySide}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see org.physiobench.model.api.BodySide
	 * @see #setSide(BodySide)
	 * @see org.physiobench.model.api.ClinicalPackage#getNeurologicalFinding_Side()
	 * @model
	 * @generated
	 */
	BodySide getSide();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.NeurologicalFinding#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see org.physiobench.model.api.BodySide
	 * @see #getSide()
	 * @generated
	 */
	void setSide(BodySide value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.NeurologicalResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see org.physiobench.model.api.NeurologicalResult
	 * @see #setResult(NeurologicalResult)
	 * @see org.physiobench.model.api.ClinicalPackage#getNeurologicalFinding_Result()
	 * @model
	 * @generated
	 */
	NeurologicalResult getResult();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.NeurologicalFinding#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see org.physiobench.model.api.NeurologicalResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(NeurologicalResult value);

} // NeurologicalFinding
