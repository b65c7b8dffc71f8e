/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.RedFlagScreening;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Red Flag Screening</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.RedFlagScreeningImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RedFlagScreeningImpl#isReferredForMedicalReview <em>Referred For Medical Review</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RedFlagScreeningImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RedFlagScreeningImpl extends MinimalEObjectImpl.Container implements RedFlagScreening {
	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<RedFlagAnswer> answers;

	/**
	 * The default value of the '{@link #isReferredForMedicalReview() <em>Referred For Medical Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReferredForMedicalReview()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REFERRED_FOR_MEDICAL_REVIEW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReferredForMedicalReview() <em>Referred For Medical Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReferredForMedicalReview()
	 * @generated
	 * @ordered
	 */
	protected boolean referredForMedicalReview = REFERRED_FOR_MEDICAL_REVIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RedFlagScreeningImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.RED_FLAG_SCREENING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RedFlagAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<RedFlagAnswer>(RedFlagAnswer.class, this, ClinicalPackage.RED_FLAG_SCREENING__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReferredForMedicalReview() {
		return referredForMedicalReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferredForMedicalReview(boolean newReferredForMedicalReview) {
		boolean oldReferredForMedicalReview = referredForMedicalReview;
		referredForMedicalReview = newReferredForMedicalReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW, oldReferredForMedicalReview, referredForMedicalReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RED_FLAG_SCREENING__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.RED_FLAG_SCREENING__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.RED_FLAG_SCREENING__ANSWERS:
				return getAnswers();
			case ClinicalPackage.RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW:
				return isReferredForMedicalReview();
			case ClinicalPackage.RED_FLAG_SCREENING__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClinicalPackage.RED_FLAG_SCREENING__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends RedFlagAnswer>)newValue);
				return;
			case ClinicalPackage.RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW:
				setReferredForMedicalReview((Boolean)newValue);
				return;
			case ClinicalPackage.RED_FLAG_SCREENING__NOTES:
				setNotes((String)newValue);
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
			case ClinicalPackage.RED_FLAG_SCREENING__ANSWERS:
				getAnswers().clear();
				return;
			case ClinicalPackage.RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW:
				setReferredForMedicalReview(REFERRED_FOR_MEDICAL_REVIEW_EDEFAULT);
				return;
			case ClinicalPackage.RED_FLAG_SCREENING__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case ClinicalPackage.RED_FLAG_SCREENING__ANSWERS:
				return answers != null && !answers.isEmpty();
			case ClinicalPackage.RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW:
				return referredForMedicalReview != REFERRED_FOR_MEDICAL_REVIEW_EDEFAULT;
			case ClinicalPackage.RED_FLAG_SCREENING__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (referredForMedicalReview: ");
		result.append(referredForMedicalReview);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //RedFlagScreeningImpl
