/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Score#getScoreId <em>Score Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.Score#getValue <em>Value</em>}</li>
 *   <li>{@link org.physiobench.model.api.Score#getInterpretation <em>Interpretation</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getScore()
 * @model
 * @generated
 */
public interface Score extends EObject {
	/**
	 * Returns the value of the '<em><b>Score Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which score of the instrument: total, or a subscale id of the instrument definition (e.g. psychosocial for STarT Back, physicalActivity and work for the FABQ).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score Id</em>' attribute.
	 * @see #setScoreId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getScore_ScoreId()
	 * @model
	 * @generated
	 */
	String getScoreId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Score#getScoreId <em>Score Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score Id</em>' attribute.
	 * @see #getScoreId()
	 * @generated
	 */
	void setScoreId(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.physiobench.model.api.ClinicalPackage#getScore_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Score#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Interpretation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The band or group the value falls in, e.g. moderate disability, high risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interpretation</em>' attribute.
	 * @see #setInterpretation(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getScore_Interpretation()
	 * @model
	 * @generated
	 */
	String getInterpretation();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Score#getInterpretation <em>Interpretation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interpretation</em>' attribute.
	 * @see #getInterpretation()
	 * @generated
	 */
	void setInterpretation(String value);

} // Score
