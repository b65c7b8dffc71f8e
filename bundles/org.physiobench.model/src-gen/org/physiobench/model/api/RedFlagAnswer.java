/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

import org.physiobench.core.api.RedFlagCategory;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Red Flag Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answer to one red-flag screening question (the answer keys of the graded triage, PhysioBench clinical reference: IFOMPT 2020, GIRFT 2023), e.g. question saddle-anaesthesia of category cauda-equina.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.RedFlagAnswer#getQuestionId <em>Question Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.RedFlagAnswer#getCategory <em>Category</em>}</li>
 *   <li>{@link org.physiobench.model.api.RedFlagAnswer#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.physiobench.model.api.RedFlagAnswer#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagAnswer()
 * @model
 * @generated
 */
public interface RedFlagAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Question Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question Id</em>' attribute.
	 * @see #setQuestionId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagAnswer_QuestionId()
	 * @model
	 * @generated
	 */
	String getQuestionId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RedFlagAnswer#getQuestionId <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Id</em>' attribute.
	 * @see #getQuestionId()
	 * @generated
	 */
	void setQuestionId(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(RedFlagCategory)
	 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagAnswer_Category()
	 * @model dataType="org.physiobench.model.api.RedFlagCategory"
	 * @generated
	 */
	RedFlagCategory getCategory();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RedFlagAnswer#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(RedFlagCategory value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.ScreeningAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see org.physiobench.model.api.ScreeningAnswer
	 * @see #setAnswer(ScreeningAnswer)
	 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagAnswer_Answer()
	 * @model
	 * @generated
	 */
	ScreeningAnswer getAnswer();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RedFlagAnswer#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see org.physiobench.model.api.ScreeningAnswer
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(ScreeningAnswer value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getRedFlagAnswer_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.RedFlagAnswer#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // RedFlagAnswer
