/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.MedicalReview;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Medical Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalReviewImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalReviewImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalReviewImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalReviewImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalReviewImpl#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalReviewImpl#getRecordedAt <em>Recorded At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MedicalReviewImpl extends IdentifiableImpl implements MedicalReview {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> findings;

	/**
	 * The default value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected String recordedBy = RECORDED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RECORDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant recordedAt = RECORDED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MedicalReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.MEDICAL_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDICAL_REVIEW__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDICAL_REVIEW__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDICAL_REVIEW__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFindings() {
		if (findings == null) {
			findings = new EDataTypeUniqueEList<String>(String.class, this, ClinicalPackage.MEDICAL_REVIEW__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return recordedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		String oldRecordedBy = recordedBy;
		recordedBy = newRecordedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDICAL_REVIEW__RECORDED_BY, oldRecordedBy, recordedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRecordedAt() {
		return recordedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(Instant newRecordedAt) {
		Instant oldRecordedAt = recordedAt;
		recordedAt = newRecordedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDICAL_REVIEW__RECORDED_AT, oldRecordedAt, recordedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.MEDICAL_REVIEW__DATE:
				return getDate();
			case ClinicalPackage.MEDICAL_REVIEW__REVIEWER:
				return getReviewer();
			case ClinicalPackage.MEDICAL_REVIEW__OUTCOME:
				return getOutcome();
			case ClinicalPackage.MEDICAL_REVIEW__FINDINGS:
				return getFindings();
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_BY:
				return getRecordedBy();
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_AT:
				return getRecordedAt();
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
			case ClinicalPackage.MEDICAL_REVIEW__DATE:
				setDate((LocalDate)newValue);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__REVIEWER:
				setReviewer((String)newValue);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__OUTCOME:
				setOutcome((String)newValue);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends String>)newValue);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_BY:
				setRecordedBy((String)newValue);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_AT:
				setRecordedAt((Instant)newValue);
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
			case ClinicalPackage.MEDICAL_REVIEW__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__FINDINGS:
				getFindings().clear();
				return;
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_BY:
				setRecordedBy(RECORDED_BY_EDEFAULT);
				return;
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
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
			case ClinicalPackage.MEDICAL_REVIEW__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ClinicalPackage.MEDICAL_REVIEW__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case ClinicalPackage.MEDICAL_REVIEW__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
			case ClinicalPackage.MEDICAL_REVIEW__FINDINGS:
				return findings != null && !findings.isEmpty();
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? recordedBy != null : !RECORDED_BY_EDEFAULT.equals(recordedBy);
			case ClinicalPackage.MEDICAL_REVIEW__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? recordedAt != null : !RECORDED_AT_EDEFAULT.equals(recordedAt);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", findings: ");
		result.append(findings);
		result.append(", recordedBy: ");
		result.append(recordedBy);
		result.append(", recordedAt: ");
		result.append(recordedAt);
		result.append(')');
		return result.toString();
	}

} //MedicalReviewImpl
