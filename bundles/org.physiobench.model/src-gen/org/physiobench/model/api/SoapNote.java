/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Soap Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.SoapNote#getSubjective <em>Subjective</em>}</li>
 *   <li>{@link org.physiobench.model.api.SoapNote#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.physiobench.model.api.SoapNote#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.physiobench.model.api.SoapNote#getPlan <em>Plan</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getSoapNote()
 * @model
 * @generated
 */
public interface SoapNote extends EObject {
	/**
	 * Returns the value of the '<em><b>Subjective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjective</em>' attribute.
	 * @see #setSubjective(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getSoapNote_Subjective()
	 * @model
	 * @generated
	 */
	String getSubjective();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.SoapNote#getSubjective <em>Subjective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subjective</em>' attribute.
	 * @see #getSubjective()
	 * @generated
	 */
	void setSubjective(String value);

	/**
	 * Returns the value of the '<em><b>Objective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objective</em>' attribute.
	 * @see #setObjective(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getSoapNote_Objective()
	 * @model
	 * @generated
	 */
	String getObjective();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.SoapNote#getObjective <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' attribute.
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(String value);

	/**
	 * Returns the value of the '<em><b>Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment</em>' attribute.
	 * @see #setAssessment(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getSoapNote_Assessment()
	 * @model
	 * @generated
	 */
	String getAssessment();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.SoapNote#getAssessment <em>Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' attribute.
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(String value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' attribute.
	 * @see #setPlan(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getSoapNote_Plan()
	 * @model
	 * @generated
	 */
	String getPlan();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.SoapNote#getPlan <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' attribute.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(String value);

} // SoapNote
