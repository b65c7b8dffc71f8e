/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Discharge;
import org.physiobench.model.api.DischargeReason;
import org.physiobench.model.api.PreventionPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Discharge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.DischargeImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.DischargeImpl#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.DischargeImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.DischargeImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.DischargeImpl#getPreventionPlan <em>Prevention Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DischargeImpl extends IdentifiableImpl implements Discharge {
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
	 * The default value of the '{@link #getTherapistId() <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTherapistId()
	 * @generated
	 * @ordered
	 */
	protected static final String THERAPIST_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTherapistId() <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTherapistId()
	 * @generated
	 * @ordered
	 */
	protected String therapistId = THERAPIST_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final DischargeReason REASON_EDEFAULT = DischargeReason.GOALS_ACHIEVED;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected DischargeReason reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreventionPlan() <em>Prevention Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreventionPlan()
	 * @generated
	 * @ordered
	 */
	protected PreventionPlan preventionPlan;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DischargeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.DISCHARGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DISCHARGE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTherapistId() {
		return therapistId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTherapistId(String newTherapistId) {
		String oldTherapistId = therapistId;
		therapistId = newTherapistId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DISCHARGE__THERAPIST_ID, oldTherapistId, therapistId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DischargeReason getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(DischargeReason newReason) {
		DischargeReason oldReason = reason;
		reason = newReason == null ? REASON_EDEFAULT : newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DISCHARGE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DISCHARGE__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreventionPlan getPreventionPlan() {
		return preventionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreventionPlan(PreventionPlan newPreventionPlan, NotificationChain msgs) {
		PreventionPlan oldPreventionPlan = preventionPlan;
		preventionPlan = newPreventionPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.DISCHARGE__PREVENTION_PLAN, oldPreventionPlan, newPreventionPlan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreventionPlan(PreventionPlan newPreventionPlan) {
		if (newPreventionPlan != preventionPlan) {
			NotificationChain msgs = null;
			if (preventionPlan != null)
				msgs = ((InternalEObject)preventionPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.DISCHARGE__PREVENTION_PLAN, null, msgs);
			if (newPreventionPlan != null)
				msgs = ((InternalEObject)newPreventionPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.DISCHARGE__PREVENTION_PLAN, null, msgs);
			msgs = basicSetPreventionPlan(newPreventionPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DISCHARGE__PREVENTION_PLAN, newPreventionPlan, newPreventionPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.DISCHARGE__PREVENTION_PLAN:
				return basicSetPreventionPlan(null, msgs);
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
			case ClinicalPackage.DISCHARGE__DATE:
				return getDate();
			case ClinicalPackage.DISCHARGE__THERAPIST_ID:
				return getTherapistId();
			case ClinicalPackage.DISCHARGE__REASON:
				return getReason();
			case ClinicalPackage.DISCHARGE__SUMMARY:
				return getSummary();
			case ClinicalPackage.DISCHARGE__PREVENTION_PLAN:
				return getPreventionPlan();
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
			case ClinicalPackage.DISCHARGE__DATE:
				setDate((LocalDate)newValue);
				return;
			case ClinicalPackage.DISCHARGE__THERAPIST_ID:
				setTherapistId((String)newValue);
				return;
			case ClinicalPackage.DISCHARGE__REASON:
				setReason((DischargeReason)newValue);
				return;
			case ClinicalPackage.DISCHARGE__SUMMARY:
				setSummary((String)newValue);
				return;
			case ClinicalPackage.DISCHARGE__PREVENTION_PLAN:
				setPreventionPlan((PreventionPlan)newValue);
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
			case ClinicalPackage.DISCHARGE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ClinicalPackage.DISCHARGE__THERAPIST_ID:
				setTherapistId(THERAPIST_ID_EDEFAULT);
				return;
			case ClinicalPackage.DISCHARGE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case ClinicalPackage.DISCHARGE__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case ClinicalPackage.DISCHARGE__PREVENTION_PLAN:
				setPreventionPlan((PreventionPlan)null);
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
			case ClinicalPackage.DISCHARGE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ClinicalPackage.DISCHARGE__THERAPIST_ID:
				return THERAPIST_ID_EDEFAULT == null ? therapistId != null : !THERAPIST_ID_EDEFAULT.equals(therapistId);
			case ClinicalPackage.DISCHARGE__REASON:
				return reason != REASON_EDEFAULT;
			case ClinicalPackage.DISCHARGE__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case ClinicalPackage.DISCHARGE__PREVENTION_PLAN:
				return preventionPlan != null;
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
		result.append(", therapistId: ");
		result.append(therapistId);
		result.append(", reason: ");
		result.append(reason);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //DischargeImpl
