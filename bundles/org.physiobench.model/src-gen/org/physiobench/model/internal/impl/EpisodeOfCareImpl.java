/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Discharge;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.Referral;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.TreatmentPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Episode Of Care</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getConditionCode <em>Condition Code</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getReferral <em>Referral</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getHomeProgrammes <em>Home Programmes</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl#getDischarge <em>Discharge</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpisodeOfCareImpl extends IdentifiableImpl implements EpisodeOfCare {
	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getConditionCode() <em>Condition Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditionCode() <em>Condition Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionCode()
	 * @generated
	 * @ordered
	 */
	protected String conditionCode = CONDITION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnsetDate() <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ONSET_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnsetDate() <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate onsetDate = ONSET_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EpisodeStatus STATUS_EDEFAULT = EpisodeStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EpisodeStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferral() <em>Referral</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferral()
	 * @generated
	 * @ordered
	 */
	protected Referral referral;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<TreatmentPlan> plans;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<Session> sessions;

	/**
	 * The cached value of the '{@link #getHomeProgrammes() <em>Home Programmes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeProgrammes()
	 * @generated
	 * @ordered
	 */
	protected EList<HomeProgramme> homeProgrammes;

	/**
	 * The cached value of the '{@link #getDischarge() <em>Discharge</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischarge()
	 * @generated
	 * @ordered
	 */
	protected Discharge discharge;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EpisodeOfCareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.EPISODE_OF_CARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditionCode() {
		return conditionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditionCode(String newConditionCode) {
		String oldConditionCode = conditionCode;
		conditionCode = newConditionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__CONDITION_CODE, oldConditionCode, conditionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOnsetDate() {
		return onsetDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnsetDate(LocalDate newOnsetDate) {
		LocalDate oldOnsetDate = onsetDate;
		onsetDate = newOnsetDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__ONSET_DATE, oldOnsetDate, onsetDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpisodeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EpisodeStatus newStatus) {
		EpisodeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Referral getReferral() {
		return referral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReferral(Referral newReferral, NotificationChain msgs) {
		Referral oldReferral = referral;
		referral = newReferral;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__REFERRAL, oldReferral, newReferral);
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
	public void setReferral(Referral newReferral) {
		if (newReferral != referral) {
			NotificationChain msgs = null;
			if (referral != null)
				msgs = ((InternalEObject)referral).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.EPISODE_OF_CARE__REFERRAL, null, msgs);
			if (newReferral != null)
				msgs = ((InternalEObject)newReferral).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.EPISODE_OF_CARE__REFERRAL, null, msgs);
			msgs = basicSetReferral(newReferral, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__REFERRAL, newReferral, newReferral));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, ClinicalPackage.EPISODE_OF_CARE__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TreatmentPlan> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<TreatmentPlan>(TreatmentPlan.class, this, ClinicalPackage.EPISODE_OF_CARE__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Session> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<Session>(Session.class, this, ClinicalPackage.EPISODE_OF_CARE__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HomeProgramme> getHomeProgrammes() {
		if (homeProgrammes == null) {
			homeProgrammes = new EObjectContainmentEList<HomeProgramme>(HomeProgramme.class, this, ClinicalPackage.EPISODE_OF_CARE__HOME_PROGRAMMES);
		}
		return homeProgrammes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Discharge getDischarge() {
		return discharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDischarge(Discharge newDischarge, NotificationChain msgs) {
		Discharge oldDischarge = discharge;
		discharge = newDischarge;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__DISCHARGE, oldDischarge, newDischarge);
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
	public void setDischarge(Discharge newDischarge) {
		if (newDischarge != discharge) {
			NotificationChain msgs = null;
			if (discharge != null)
				msgs = ((InternalEObject)discharge).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.EPISODE_OF_CARE__DISCHARGE, null, msgs);
			if (newDischarge != null)
				msgs = ((InternalEObject)newDischarge).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.EPISODE_OF_CARE__DISCHARGE, null, msgs);
			msgs = basicSetDischarge(newDischarge, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.EPISODE_OF_CARE__DISCHARGE, newDischarge, newDischarge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.EPISODE_OF_CARE__REFERRAL:
				return basicSetReferral(null, msgs);
			case ClinicalPackage.EPISODE_OF_CARE__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.EPISODE_OF_CARE__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.EPISODE_OF_CARE__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.EPISODE_OF_CARE__HOME_PROGRAMMES:
				return ((InternalEList<?>)getHomeProgrammes()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.EPISODE_OF_CARE__DISCHARGE:
				return basicSetDischarge(null, msgs);
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
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION:
				return getCondition();
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION_CODE:
				return getConditionCode();
			case ClinicalPackage.EPISODE_OF_CARE__ONSET_DATE:
				return getOnsetDate();
			case ClinicalPackage.EPISODE_OF_CARE__START_DATE:
				return getStartDate();
			case ClinicalPackage.EPISODE_OF_CARE__STATUS:
				return getStatus();
			case ClinicalPackage.EPISODE_OF_CARE__REFERRAL:
				return getReferral();
			case ClinicalPackage.EPISODE_OF_CARE__ASSESSMENTS:
				return getAssessments();
			case ClinicalPackage.EPISODE_OF_CARE__PLANS:
				return getPlans();
			case ClinicalPackage.EPISODE_OF_CARE__SESSIONS:
				return getSessions();
			case ClinicalPackage.EPISODE_OF_CARE__HOME_PROGRAMMES:
				return getHomeProgrammes();
			case ClinicalPackage.EPISODE_OF_CARE__DISCHARGE:
				return getDischarge();
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
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION:
				setCondition((String)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION_CODE:
				setConditionCode((String)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__ONSET_DATE:
				setOnsetDate((LocalDate)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__STATUS:
				setStatus((EpisodeStatus)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__REFERRAL:
				setReferral((Referral)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends TreatmentPlan>)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends Session>)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__HOME_PROGRAMMES:
				getHomeProgrammes().clear();
				getHomeProgrammes().addAll((Collection<? extends HomeProgramme>)newValue);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__DISCHARGE:
				setDischarge((Discharge)newValue);
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
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION_CODE:
				setConditionCode(CONDITION_CODE_EDEFAULT);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__ONSET_DATE:
				setOnsetDate(ONSET_DATE_EDEFAULT);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__REFERRAL:
				setReferral((Referral)null);
				return;
			case ClinicalPackage.EPISODE_OF_CARE__ASSESSMENTS:
				getAssessments().clear();
				return;
			case ClinicalPackage.EPISODE_OF_CARE__PLANS:
				getPlans().clear();
				return;
			case ClinicalPackage.EPISODE_OF_CARE__SESSIONS:
				getSessions().clear();
				return;
			case ClinicalPackage.EPISODE_OF_CARE__HOME_PROGRAMMES:
				getHomeProgrammes().clear();
				return;
			case ClinicalPackage.EPISODE_OF_CARE__DISCHARGE:
				setDischarge((Discharge)null);
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
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case ClinicalPackage.EPISODE_OF_CARE__CONDITION_CODE:
				return CONDITION_CODE_EDEFAULT == null ? conditionCode != null : !CONDITION_CODE_EDEFAULT.equals(conditionCode);
			case ClinicalPackage.EPISODE_OF_CARE__ONSET_DATE:
				return ONSET_DATE_EDEFAULT == null ? onsetDate != null : !ONSET_DATE_EDEFAULT.equals(onsetDate);
			case ClinicalPackage.EPISODE_OF_CARE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ClinicalPackage.EPISODE_OF_CARE__STATUS:
				return status != STATUS_EDEFAULT;
			case ClinicalPackage.EPISODE_OF_CARE__REFERRAL:
				return referral != null;
			case ClinicalPackage.EPISODE_OF_CARE__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case ClinicalPackage.EPISODE_OF_CARE__PLANS:
				return plans != null && !plans.isEmpty();
			case ClinicalPackage.EPISODE_OF_CARE__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case ClinicalPackage.EPISODE_OF_CARE__HOME_PROGRAMMES:
				return homeProgrammes != null && !homeProgrammes.isEmpty();
			case ClinicalPackage.EPISODE_OF_CARE__DISCHARGE:
				return discharge != null;
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
		result.append(" (condition: ");
		result.append(condition);
		result.append(", conditionCode: ");
		result.append(conditionCode);
		result.append(", onsetDate: ");
		result.append(onsetDate);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //EpisodeOfCareImpl
