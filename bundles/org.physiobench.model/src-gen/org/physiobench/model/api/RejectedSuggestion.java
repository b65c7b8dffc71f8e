/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rejected Suggestion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan suggestion the therapist rejected: which one, as it was shown, and the therapist's rationale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.RejectedSuggestion#getSuggestionId <em>Suggestion Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.RejectedSuggestion#getTitle <em>Title</em>}</li>
 *   <li>{@link org.physiobench.model.api.RejectedSuggestion#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getRejectedSuggestion()
 * @model
 * @generated
 */
public interface RejectedSuggestion extends EObject {
	/**
	 * Returns the value of the '<em><b>Suggestion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The suggestion's id: a modality id (e.g. core.side-plank) or a goal id (e.g. goal.reduce-pain).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suggestion Id</em>' attribute.
	 * @see #setSuggestionId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getRejectedSuggestion_SuggestionId()
	 * @model
	 * @generated
	 */
	String getSuggestionId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RejectedSuggestion#getSuggestionId <em>Suggestion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suggestion Id</em>' attribute.
	 * @see #getSuggestionId()
	 * @generated
	 */
	void setSuggestionId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getRejectedSuggestion_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RejectedSuggestion#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getRejectedSuggestion_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RejectedSuggestion#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

} // RejectedSuggestion
