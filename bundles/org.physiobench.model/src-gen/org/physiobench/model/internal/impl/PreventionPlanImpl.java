/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.PreventionPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prevention Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.PreventionPlanImpl#getSelfManagement <em>Self Management</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PreventionPlanImpl#getHomeProgramme <em>Home Programme</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PreventionPlanImpl#getFlareUpPlan <em>Flare Up Plan</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PreventionPlanImpl#getWarningSigns <em>Warning Signs</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PreventionPlanImpl#getFollowUpDate <em>Follow Up Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PreventionPlanImpl extends MinimalEObjectImpl.Container implements PreventionPlan {
	/**
	 * The default value of the '{@link #getSelfManagement() <em>Self Management</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfManagement()
	 * @generated
	 * @ordered
	 */
	protected static final String SELF_MANAGEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelfManagement() <em>Self Management</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfManagement()
	 * @generated
	 * @ordered
	 */
	protected String selfManagement = SELF_MANAGEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHomeProgramme() <em>Home Programme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeProgramme()
	 * @generated
	 * @ordered
	 */
	protected HomeProgramme homeProgramme;

	/**
	 * The default value of the '{@link #getFlareUpPlan() <em>Flare Up Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlareUpPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String FLARE_UP_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlareUpPlan() <em>Flare Up Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlareUpPlan()
	 * @generated
	 * @ordered
	 */
	protected String flareUpPlan = FLARE_UP_PLAN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWarningSigns() <em>Warning Signs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarningSigns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warningSigns;

	/**
	 * The default value of the '{@link #getFollowUpDate() <em>Follow Up Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOLLOW_UP_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUpDate() <em>Follow Up Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate followUpDate = FOLLOW_UP_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PreventionPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.PREVENTION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSelfManagement() {
		return selfManagement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfManagement(String newSelfManagement) {
		String oldSelfManagement = selfManagement;
		selfManagement = newSelfManagement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PREVENTION_PLAN__SELF_MANAGEMENT, oldSelfManagement, selfManagement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HomeProgramme getHomeProgramme() {
		if (homeProgramme != null && homeProgramme.eIsProxy()) {
			InternalEObject oldHomeProgramme = (InternalEObject)homeProgramme;
			homeProgramme = (HomeProgramme)eResolveProxy(oldHomeProgramme);
			if (homeProgramme != oldHomeProgramme) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.PREVENTION_PLAN__HOME_PROGRAMME, oldHomeProgramme, homeProgramme));
			}
		}
		return homeProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HomeProgramme basicGetHomeProgramme() {
		return homeProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomeProgramme(HomeProgramme newHomeProgramme) {
		HomeProgramme oldHomeProgramme = homeProgramme;
		homeProgramme = newHomeProgramme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PREVENTION_PLAN__HOME_PROGRAMME, oldHomeProgramme, homeProgramme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlareUpPlan() {
		return flareUpPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlareUpPlan(String newFlareUpPlan) {
		String oldFlareUpPlan = flareUpPlan;
		flareUpPlan = newFlareUpPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PREVENTION_PLAN__FLARE_UP_PLAN, oldFlareUpPlan, flareUpPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarningSigns() {
		if (warningSigns == null) {
			warningSigns = new EDataTypeUniqueEList<String>(String.class, this, ClinicalPackage.PREVENTION_PLAN__WARNING_SIGNS);
		}
		return warningSigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFollowUpDate() {
		return followUpDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpDate(LocalDate newFollowUpDate) {
		LocalDate oldFollowUpDate = followUpDate;
		followUpDate = newFollowUpDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PREVENTION_PLAN__FOLLOW_UP_DATE, oldFollowUpDate, followUpDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.PREVENTION_PLAN__SELF_MANAGEMENT:
				return getSelfManagement();
			case ClinicalPackage.PREVENTION_PLAN__HOME_PROGRAMME:
				if (resolve) return getHomeProgramme();
				return basicGetHomeProgramme();
			case ClinicalPackage.PREVENTION_PLAN__FLARE_UP_PLAN:
				return getFlareUpPlan();
			case ClinicalPackage.PREVENTION_PLAN__WARNING_SIGNS:
				return getWarningSigns();
			case ClinicalPackage.PREVENTION_PLAN__FOLLOW_UP_DATE:
				return getFollowUpDate();
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
			case ClinicalPackage.PREVENTION_PLAN__SELF_MANAGEMENT:
				setSelfManagement((String)newValue);
				return;
			case ClinicalPackage.PREVENTION_PLAN__HOME_PROGRAMME:
				setHomeProgramme((HomeProgramme)newValue);
				return;
			case ClinicalPackage.PREVENTION_PLAN__FLARE_UP_PLAN:
				setFlareUpPlan((String)newValue);
				return;
			case ClinicalPackage.PREVENTION_PLAN__WARNING_SIGNS:
				getWarningSigns().clear();
				getWarningSigns().addAll((Collection<? extends String>)newValue);
				return;
			case ClinicalPackage.PREVENTION_PLAN__FOLLOW_UP_DATE:
				setFollowUpDate((LocalDate)newValue);
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
			case ClinicalPackage.PREVENTION_PLAN__SELF_MANAGEMENT:
				setSelfManagement(SELF_MANAGEMENT_EDEFAULT);
				return;
			case ClinicalPackage.PREVENTION_PLAN__HOME_PROGRAMME:
				setHomeProgramme((HomeProgramme)null);
				return;
			case ClinicalPackage.PREVENTION_PLAN__FLARE_UP_PLAN:
				setFlareUpPlan(FLARE_UP_PLAN_EDEFAULT);
				return;
			case ClinicalPackage.PREVENTION_PLAN__WARNING_SIGNS:
				getWarningSigns().clear();
				return;
			case ClinicalPackage.PREVENTION_PLAN__FOLLOW_UP_DATE:
				setFollowUpDate(FOLLOW_UP_DATE_EDEFAULT);
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
			case ClinicalPackage.PREVENTION_PLAN__SELF_MANAGEMENT:
				return SELF_MANAGEMENT_EDEFAULT == null ? selfManagement != null : !SELF_MANAGEMENT_EDEFAULT.equals(selfManagement);
			case ClinicalPackage.PREVENTION_PLAN__HOME_PROGRAMME:
				return homeProgramme != null;
			case ClinicalPackage.PREVENTION_PLAN__FLARE_UP_PLAN:
				return FLARE_UP_PLAN_EDEFAULT == null ? flareUpPlan != null : !FLARE_UP_PLAN_EDEFAULT.equals(flareUpPlan);
			case ClinicalPackage.PREVENTION_PLAN__WARNING_SIGNS:
				return warningSigns != null && !warningSigns.isEmpty();
			case ClinicalPackage.PREVENTION_PLAN__FOLLOW_UP_DATE:
				return FOLLOW_UP_DATE_EDEFAULT == null ? followUpDate != null : !FOLLOW_UP_DATE_EDEFAULT.equals(followUpDate);
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
		result.append(" (selfManagement: ");
		result.append(selfManagement);
		result.append(", flareUpPlan: ");
		result.append(flareUpPlan);
		result.append(", warningSigns: ");
		result.append(warningSigns);
		result.append(", followUpDate: ");
		result.append(followUpDate);
		result.append(')');
		return result.toString();
	}

} //PreventionPlanImpl
