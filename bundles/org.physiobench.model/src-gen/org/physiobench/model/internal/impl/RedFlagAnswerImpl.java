/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.physiobench.core.api.RedFlagCategory;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Red Flag Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.RedFlagAnswerImpl#getQuestionId <em>Question Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RedFlagAnswerImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RedFlagAnswerImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RedFlagAnswerImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RedFlagAnswerImpl extends MinimalEObjectImpl.Container implements RedFlagAnswer {
	/**
	 * The default value of the '{@link #getQuestionId() <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionId()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionId() <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionId()
	 * @generated
	 * @ordered
	 */
	protected String questionId = QUESTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final RedFlagCategory CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected RedFlagCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final ScreeningAnswer ANSWER_EDEFAULT = ScreeningAnswer.NOT_ASKED;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected ScreeningAnswer answer = ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RedFlagAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.RED_FLAG_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionId() {
		return questionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionId(String newQuestionId) {
		String oldQuestionId = questionId;
		questionId = newQuestionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RED_FLAG_ANSWER__QUESTION_ID, oldQuestionId, questionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RedFlagCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(RedFlagCategory newCategory) {
		RedFlagCategory oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RED_FLAG_ANSWER__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreeningAnswer getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(ScreeningAnswer newAnswer) {
		ScreeningAnswer oldAnswer = answer;
		answer = newAnswer == null ? ANSWER_EDEFAULT : newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RED_FLAG_ANSWER__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RED_FLAG_ANSWER__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.RED_FLAG_ANSWER__QUESTION_ID:
				return getQuestionId();
			case ClinicalPackage.RED_FLAG_ANSWER__CATEGORY:
				return getCategory();
			case ClinicalPackage.RED_FLAG_ANSWER__ANSWER:
				return getAnswer();
			case ClinicalPackage.RED_FLAG_ANSWER__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClinicalPackage.RED_FLAG_ANSWER__QUESTION_ID:
				setQuestionId((String)newValue);
				return;
			case ClinicalPackage.RED_FLAG_ANSWER__CATEGORY:
				setCategory((RedFlagCategory)newValue);
				return;
			case ClinicalPackage.RED_FLAG_ANSWER__ANSWER:
				setAnswer((ScreeningAnswer)newValue);
				return;
			case ClinicalPackage.RED_FLAG_ANSWER__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ClinicalPackage.RED_FLAG_ANSWER__QUESTION_ID:
				setQuestionId(QUESTION_ID_EDEFAULT);
				return;
			case ClinicalPackage.RED_FLAG_ANSWER__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ClinicalPackage.RED_FLAG_ANSWER__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case ClinicalPackage.RED_FLAG_ANSWER__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ClinicalPackage.RED_FLAG_ANSWER__QUESTION_ID:
				return QUESTION_ID_EDEFAULT == null ? questionId != null : !QUESTION_ID_EDEFAULT.equals(questionId);
			case ClinicalPackage.RED_FLAG_ANSWER__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case ClinicalPackage.RED_FLAG_ANSWER__ANSWER:
				return answer != ANSWER_EDEFAULT;
			case ClinicalPackage.RED_FLAG_ANSWER__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (questionId: ");
		result.append(questionId);
		result.append(", category: ");
		result.append(category);
		result.append(", answer: ");
		result.append(answer);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RedFlagAnswerImpl
