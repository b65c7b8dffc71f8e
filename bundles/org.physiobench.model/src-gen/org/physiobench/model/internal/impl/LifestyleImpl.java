/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.physiobench.model.api.ActivityLevel;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Lifestyle;
import org.physiobench.model.api.SmokingStatus;
import org.physiobench.model.api.WorkDemand;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lifestyle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#getWorkDemand <em>Work Demand</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#getSittingHoursPerDay <em>Sitting Hours Per Day</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#getActivityLevel <em>Activity Level</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#getSports <em>Sports</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#isCompetitiveAthlete <em>Competitive Athlete</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#getSleepHoursPerNight <em>Sleep Hours Per Night</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#isSleepDisturbedByPain <em>Sleep Disturbed By Pain</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.LifestyleImpl#getSmoking <em>Smoking</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifestyleImpl extends MinimalEObjectImpl.Container implements Lifestyle {
	/**
	 * The default value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected String occupation = OCCUPATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkDemand() <em>Work Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkDemand()
	 * @generated
	 * @ordered
	 */
	protected static final WorkDemand WORK_DEMAND_EDEFAULT = WorkDemand.NOT_WORKING;

	/**
	 * The cached value of the '{@link #getWorkDemand() <em>Work Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkDemand()
	 * @generated
	 * @ordered
	 */
	protected WorkDemand workDemand = WORK_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSittingHoursPerDay() <em>Sitting Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSittingHoursPerDay()
	 * @generated
	 * @ordered
	 */
	protected static final Double SITTING_HOURS_PER_DAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSittingHoursPerDay() <em>Sitting Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSittingHoursPerDay()
	 * @generated
	 * @ordered
	 */
	protected Double sittingHoursPerDay = SITTING_HOURS_PER_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivityLevel() <em>Activity Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityLevel()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityLevel ACTIVITY_LEVEL_EDEFAULT = ActivityLevel.UNKNOWN;

	/**
	 * The cached value of the '{@link #getActivityLevel() <em>Activity Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityLevel()
	 * @generated
	 * @ordered
	 */
	protected ActivityLevel activityLevel = ACTIVITY_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSports() <em>Sports</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSports()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sports;

	/**
	 * The default value of the '{@link #isCompetitiveAthlete() <em>Competitive Athlete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompetitiveAthlete()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPETITIVE_ATHLETE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCompetitiveAthlete() <em>Competitive Athlete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompetitiveAthlete()
	 * @generated
	 * @ordered
	 */
	protected boolean competitiveAthlete = COMPETITIVE_ATHLETE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSleepHoursPerNight() <em>Sleep Hours Per Night</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSleepHoursPerNight()
	 * @generated
	 * @ordered
	 */
	protected static final Double SLEEP_HOURS_PER_NIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSleepHoursPerNight() <em>Sleep Hours Per Night</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSleepHoursPerNight()
	 * @generated
	 * @ordered
	 */
	protected Double sleepHoursPerNight = SLEEP_HOURS_PER_NIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #isSleepDisturbedByPain() <em>Sleep Disturbed By Pain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSleepDisturbedByPain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SLEEP_DISTURBED_BY_PAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSleepDisturbedByPain() <em>Sleep Disturbed By Pain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSleepDisturbedByPain()
	 * @generated
	 * @ordered
	 */
	protected boolean sleepDisturbedByPain = SLEEP_DISTURBED_BY_PAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmoking() <em>Smoking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmoking()
	 * @generated
	 * @ordered
	 */
	protected static final SmokingStatus SMOKING_EDEFAULT = SmokingStatus.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSmoking() <em>Smoking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmoking()
	 * @generated
	 * @ordered
	 */
	protected SmokingStatus smoking = SMOKING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifestyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.LIFESTYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupation() {
		return occupation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupation(String newOccupation) {
		String oldOccupation = occupation;
		occupation = newOccupation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__OCCUPATION, oldOccupation, occupation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkDemand getWorkDemand() {
		return workDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkDemand(WorkDemand newWorkDemand) {
		WorkDemand oldWorkDemand = workDemand;
		workDemand = newWorkDemand == null ? WORK_DEMAND_EDEFAULT : newWorkDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__WORK_DEMAND, oldWorkDemand, workDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getSittingHoursPerDay() {
		return sittingHoursPerDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSittingHoursPerDay(Double newSittingHoursPerDay) {
		Double oldSittingHoursPerDay = sittingHoursPerDay;
		sittingHoursPerDay = newSittingHoursPerDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__SITTING_HOURS_PER_DAY, oldSittingHoursPerDay, sittingHoursPerDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityLevel getActivityLevel() {
		return activityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivityLevel(ActivityLevel newActivityLevel) {
		ActivityLevel oldActivityLevel = activityLevel;
		activityLevel = newActivityLevel == null ? ACTIVITY_LEVEL_EDEFAULT : newActivityLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__ACTIVITY_LEVEL, oldActivityLevel, activityLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSports() {
		if (sports == null) {
			sports = new EDataTypeUniqueEList<String>(String.class, this, ClinicalPackage.LIFESTYLE__SPORTS);
		}
		return sports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompetitiveAthlete() {
		return competitiveAthlete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetitiveAthlete(boolean newCompetitiveAthlete) {
		boolean oldCompetitiveAthlete = competitiveAthlete;
		competitiveAthlete = newCompetitiveAthlete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__COMPETITIVE_ATHLETE, oldCompetitiveAthlete, competitiveAthlete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getSleepHoursPerNight() {
		return sleepHoursPerNight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSleepHoursPerNight(Double newSleepHoursPerNight) {
		Double oldSleepHoursPerNight = sleepHoursPerNight;
		sleepHoursPerNight = newSleepHoursPerNight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__SLEEP_HOURS_PER_NIGHT, oldSleepHoursPerNight, sleepHoursPerNight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSleepDisturbedByPain() {
		return sleepDisturbedByPain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSleepDisturbedByPain(boolean newSleepDisturbedByPain) {
		boolean oldSleepDisturbedByPain = sleepDisturbedByPain;
		sleepDisturbedByPain = newSleepDisturbedByPain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__SLEEP_DISTURBED_BY_PAIN, oldSleepDisturbedByPain, sleepDisturbedByPain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmokingStatus getSmoking() {
		return smoking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmoking(SmokingStatus newSmoking) {
		SmokingStatus oldSmoking = smoking;
		smoking = newSmoking == null ? SMOKING_EDEFAULT : newSmoking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.LIFESTYLE__SMOKING, oldSmoking, smoking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.LIFESTYLE__OCCUPATION:
				return getOccupation();
			case ClinicalPackage.LIFESTYLE__WORK_DEMAND:
				return getWorkDemand();
			case ClinicalPackage.LIFESTYLE__SITTING_HOURS_PER_DAY:
				return getSittingHoursPerDay();
			case ClinicalPackage.LIFESTYLE__ACTIVITY_LEVEL:
				return getActivityLevel();
			case ClinicalPackage.LIFESTYLE__SPORTS:
				return getSports();
			case ClinicalPackage.LIFESTYLE__COMPETITIVE_ATHLETE:
				return isCompetitiveAthlete();
			case ClinicalPackage.LIFESTYLE__SLEEP_HOURS_PER_NIGHT:
				return getSleepHoursPerNight();
			case ClinicalPackage.LIFESTYLE__SLEEP_DISTURBED_BY_PAIN:
				return isSleepDisturbedByPain();
			case ClinicalPackage.LIFESTYLE__SMOKING:
				return getSmoking();
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
			case ClinicalPackage.LIFESTYLE__OCCUPATION:
				setOccupation((String)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__WORK_DEMAND:
				setWorkDemand((WorkDemand)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__SITTING_HOURS_PER_DAY:
				setSittingHoursPerDay((Double)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__ACTIVITY_LEVEL:
				setActivityLevel((ActivityLevel)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__SPORTS:
				getSports().clear();
				getSports().addAll((Collection<? extends String>)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__COMPETITIVE_ATHLETE:
				setCompetitiveAthlete((Boolean)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__SLEEP_HOURS_PER_NIGHT:
				setSleepHoursPerNight((Double)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__SLEEP_DISTURBED_BY_PAIN:
				setSleepDisturbedByPain((Boolean)newValue);
				return;
			case ClinicalPackage.LIFESTYLE__SMOKING:
				setSmoking((SmokingStatus)newValue);
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
			case ClinicalPackage.LIFESTYLE__OCCUPATION:
				setOccupation(OCCUPATION_EDEFAULT);
				return;
			case ClinicalPackage.LIFESTYLE__WORK_DEMAND:
				setWorkDemand(WORK_DEMAND_EDEFAULT);
				return;
			case ClinicalPackage.LIFESTYLE__SITTING_HOURS_PER_DAY:
				setSittingHoursPerDay(SITTING_HOURS_PER_DAY_EDEFAULT);
				return;
			case ClinicalPackage.LIFESTYLE__ACTIVITY_LEVEL:
				setActivityLevel(ACTIVITY_LEVEL_EDEFAULT);
				return;
			case ClinicalPackage.LIFESTYLE__SPORTS:
				getSports().clear();
				return;
			case ClinicalPackage.LIFESTYLE__COMPETITIVE_ATHLETE:
				setCompetitiveAthlete(COMPETITIVE_ATHLETE_EDEFAULT);
				return;
			case ClinicalPackage.LIFESTYLE__SLEEP_HOURS_PER_NIGHT:
				setSleepHoursPerNight(SLEEP_HOURS_PER_NIGHT_EDEFAULT);
				return;
			case ClinicalPackage.LIFESTYLE__SLEEP_DISTURBED_BY_PAIN:
				setSleepDisturbedByPain(SLEEP_DISTURBED_BY_PAIN_EDEFAULT);
				return;
			case ClinicalPackage.LIFESTYLE__SMOKING:
				setSmoking(SMOKING_EDEFAULT);
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
			case ClinicalPackage.LIFESTYLE__OCCUPATION:
				return OCCUPATION_EDEFAULT == null ? occupation != null : !OCCUPATION_EDEFAULT.equals(occupation);
			case ClinicalPackage.LIFESTYLE__WORK_DEMAND:
				return workDemand != WORK_DEMAND_EDEFAULT;
			case ClinicalPackage.LIFESTYLE__SITTING_HOURS_PER_DAY:
				return SITTING_HOURS_PER_DAY_EDEFAULT == null ? sittingHoursPerDay != null : !SITTING_HOURS_PER_DAY_EDEFAULT.equals(sittingHoursPerDay);
			case ClinicalPackage.LIFESTYLE__ACTIVITY_LEVEL:
				return activityLevel != ACTIVITY_LEVEL_EDEFAULT;
			case ClinicalPackage.LIFESTYLE__SPORTS:
				return sports != null && !sports.isEmpty();
			case ClinicalPackage.LIFESTYLE__COMPETITIVE_ATHLETE:
				return competitiveAthlete != COMPETITIVE_ATHLETE_EDEFAULT;
			case ClinicalPackage.LIFESTYLE__SLEEP_HOURS_PER_NIGHT:
				return SLEEP_HOURS_PER_NIGHT_EDEFAULT == null ? sleepHoursPerNight != null : !SLEEP_HOURS_PER_NIGHT_EDEFAULT.equals(sleepHoursPerNight);
			case ClinicalPackage.LIFESTYLE__SLEEP_DISTURBED_BY_PAIN:
				return sleepDisturbedByPain != SLEEP_DISTURBED_BY_PAIN_EDEFAULT;
			case ClinicalPackage.LIFESTYLE__SMOKING:
				return smoking != SMOKING_EDEFAULT;
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
		result.append(" (occupation: ");
		result.append(occupation);
		result.append(", workDemand: ");
		result.append(workDemand);
		result.append(", sittingHoursPerDay: ");
		result.append(sittingHoursPerDay);
		result.append(", activityLevel: ");
		result.append(activityLevel);
		result.append(", sports: ");
		result.append(sports);
		result.append(", competitiveAthlete: ");
		result.append(competitiveAthlete);
		result.append(", sleepHoursPerNight: ");
		result.append(sleepHoursPerNight);
		result.append(", sleepDisturbedByPain: ");
		result.append(sleepDisturbedByPain);
		result.append(", smoking: ");
		result.append(smoking);
		result.append(')');
		return result.toString();
	}

} //LifestyleImpl
