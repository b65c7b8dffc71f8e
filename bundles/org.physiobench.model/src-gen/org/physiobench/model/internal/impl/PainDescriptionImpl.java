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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.DailyPainPattern;
import org.physiobench.model.api.DurationClass;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PainOnsetMode;
import org.physiobench.model.api.PainRegion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pain Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#isRadiatesBelowKnee <em>Radiates Below Knee</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getOnsetMode <em>Onset Mode</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getDurationClass <em>Duration Class</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getDailyPattern <em>Daily Pattern</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#isNightPain <em>Night Pain</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getMorningStiffnessMinutes <em>Morning Stiffness Minutes</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getAggravatingFactors <em>Aggravating Factors</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getEasingFactors <em>Easing Factors</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getCurrentIntensity <em>Current Intensity</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getWorstIntensity <em>Worst Intensity</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PainDescriptionImpl#getBestIntensity <em>Best Intensity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PainDescriptionImpl extends MinimalEObjectImpl.Container implements PainDescription {
	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<PainRegion> regions;

	/**
	 * The default value of the '{@link #isRadiatesBelowKnee() <em>Radiates Below Knee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRadiatesBelowKnee()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RADIATES_BELOW_KNEE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRadiatesBelowKnee() <em>Radiates Below Knee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRadiatesBelowKnee()
	 * @generated
	 * @ordered
	 */
	protected boolean radiatesBelowKnee = RADIATES_BELOW_KNEE_EDEFAULT;

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
	 * The default value of the '{@link #getOnsetMode() <em>Onset Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetMode()
	 * @generated
	 * @ordered
	 */
	protected static final PainOnsetMode ONSET_MODE_EDEFAULT = PainOnsetMode.UNKNOWN;

	/**
	 * The cached value of the '{@link #getOnsetMode() <em>Onset Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetMode()
	 * @generated
	 * @ordered
	 */
	protected PainOnsetMode onsetMode = ONSET_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationClass() <em>Duration Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationClass()
	 * @generated
	 * @ordered
	 */
	protected static final DurationClass DURATION_CLASS_EDEFAULT = DurationClass.NOT_RECORDED;

	/**
	 * The cached value of the '{@link #getDurationClass() <em>Duration Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationClass()
	 * @generated
	 * @ordered
	 */
	protected DurationClass durationClass = DURATION_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDailyPattern() <em>Daily Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyPattern()
	 * @generated
	 * @ordered
	 */
	protected static final DailyPainPattern DAILY_PATTERN_EDEFAULT = DailyPainPattern.NO_PATTERN;

	/**
	 * The cached value of the '{@link #getDailyPattern() <em>Daily Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyPattern()
	 * @generated
	 * @ordered
	 */
	protected DailyPainPattern dailyPattern = DAILY_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #isNightPain() <em>Night Pain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNightPain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NIGHT_PAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNightPain() <em>Night Pain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNightPain()
	 * @generated
	 * @ordered
	 */
	protected boolean nightPain = NIGHT_PAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMorningStiffnessMinutes() <em>Morning Stiffness Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMorningStiffnessMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MORNING_STIFFNESS_MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMorningStiffnessMinutes() <em>Morning Stiffness Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMorningStiffnessMinutes()
	 * @generated
	 * @ordered
	 */
	protected Integer morningStiffnessMinutes = MORNING_STIFFNESS_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAggravatingFactors() <em>Aggravating Factors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggravatingFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aggravatingFactors;

	/**
	 * The cached value of the '{@link #getEasingFactors() <em>Easing Factors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEasingFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> easingFactors;

	/**
	 * The default value of the '{@link #getCurrentIntensity() <em>Current Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentIntensity()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CURRENT_INTENSITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentIntensity() <em>Current Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentIntensity()
	 * @generated
	 * @ordered
	 */
	protected Integer currentIntensity = CURRENT_INTENSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstIntensity() <em>Worst Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstIntensity()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WORST_INTENSITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorstIntensity() <em>Worst Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstIntensity()
	 * @generated
	 * @ordered
	 */
	protected Integer worstIntensity = WORST_INTENSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBestIntensity() <em>Best Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBestIntensity()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BEST_INTENSITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBestIntensity() <em>Best Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBestIntensity()
	 * @generated
	 * @ordered
	 */
	protected Integer bestIntensity = BEST_INTENSITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PainDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.PAIN_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PainRegion> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<PainRegion>(PainRegion.class, this, ClinicalPackage.PAIN_DESCRIPTION__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRadiatesBelowKnee() {
		return radiatesBelowKnee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadiatesBelowKnee(boolean newRadiatesBelowKnee) {
		boolean oldRadiatesBelowKnee = radiatesBelowKnee;
		radiatesBelowKnee = newRadiatesBelowKnee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE, oldRadiatesBelowKnee, radiatesBelowKnee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__ONSET_DATE, oldOnsetDate, onsetDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PainOnsetMode getOnsetMode() {
		return onsetMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnsetMode(PainOnsetMode newOnsetMode) {
		PainOnsetMode oldOnsetMode = onsetMode;
		onsetMode = newOnsetMode == null ? ONSET_MODE_EDEFAULT : newOnsetMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__ONSET_MODE, oldOnsetMode, onsetMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DurationClass getDurationClass() {
		return durationClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationClass(DurationClass newDurationClass) {
		DurationClass oldDurationClass = durationClass;
		durationClass = newDurationClass == null ? DURATION_CLASS_EDEFAULT : newDurationClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__DURATION_CLASS, oldDurationClass, durationClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DailyPainPattern getDailyPattern() {
		return dailyPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDailyPattern(DailyPainPattern newDailyPattern) {
		DailyPainPattern oldDailyPattern = dailyPattern;
		dailyPattern = newDailyPattern == null ? DAILY_PATTERN_EDEFAULT : newDailyPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__DAILY_PATTERN, oldDailyPattern, dailyPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNightPain() {
		return nightPain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNightPain(boolean newNightPain) {
		boolean oldNightPain = nightPain;
		nightPain = newNightPain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__NIGHT_PAIN, oldNightPain, nightPain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMorningStiffnessMinutes() {
		return morningStiffnessMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMorningStiffnessMinutes(Integer newMorningStiffnessMinutes) {
		Integer oldMorningStiffnessMinutes = morningStiffnessMinutes;
		morningStiffnessMinutes = newMorningStiffnessMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES, oldMorningStiffnessMinutes, morningStiffnessMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAggravatingFactors() {
		if (aggravatingFactors == null) {
			aggravatingFactors = new EDataTypeUniqueEList<String>(String.class, this, ClinicalPackage.PAIN_DESCRIPTION__AGGRAVATING_FACTORS);
		}
		return aggravatingFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEasingFactors() {
		if (easingFactors == null) {
			easingFactors = new EDataTypeUniqueEList<String>(String.class, this, ClinicalPackage.PAIN_DESCRIPTION__EASING_FACTORS);
		}
		return easingFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCurrentIntensity() {
		return currentIntensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentIntensity(Integer newCurrentIntensity) {
		Integer oldCurrentIntensity = currentIntensity;
		currentIntensity = newCurrentIntensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__CURRENT_INTENSITY, oldCurrentIntensity, currentIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWorstIntensity() {
		return worstIntensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstIntensity(Integer newWorstIntensity) {
		Integer oldWorstIntensity = worstIntensity;
		worstIntensity = newWorstIntensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__WORST_INTENSITY, oldWorstIntensity, worstIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBestIntensity() {
		return bestIntensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBestIntensity(Integer newBestIntensity) {
		Integer oldBestIntensity = bestIntensity;
		bestIntensity = newBestIntensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PAIN_DESCRIPTION__BEST_INTENSITY, oldBestIntensity, bestIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.PAIN_DESCRIPTION__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.PAIN_DESCRIPTION__REGIONS:
				return getRegions();
			case ClinicalPackage.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE:
				return isRadiatesBelowKnee();
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_DATE:
				return getOnsetDate();
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_MODE:
				return getOnsetMode();
			case ClinicalPackage.PAIN_DESCRIPTION__DURATION_CLASS:
				return getDurationClass();
			case ClinicalPackage.PAIN_DESCRIPTION__DAILY_PATTERN:
				return getDailyPattern();
			case ClinicalPackage.PAIN_DESCRIPTION__NIGHT_PAIN:
				return isNightPain();
			case ClinicalPackage.PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES:
				return getMorningStiffnessMinutes();
			case ClinicalPackage.PAIN_DESCRIPTION__AGGRAVATING_FACTORS:
				return getAggravatingFactors();
			case ClinicalPackage.PAIN_DESCRIPTION__EASING_FACTORS:
				return getEasingFactors();
			case ClinicalPackage.PAIN_DESCRIPTION__CURRENT_INTENSITY:
				return getCurrentIntensity();
			case ClinicalPackage.PAIN_DESCRIPTION__WORST_INTENSITY:
				return getWorstIntensity();
			case ClinicalPackage.PAIN_DESCRIPTION__BEST_INTENSITY:
				return getBestIntensity();
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
			case ClinicalPackage.PAIN_DESCRIPTION__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends PainRegion>)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE:
				setRadiatesBelowKnee((Boolean)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_DATE:
				setOnsetDate((LocalDate)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_MODE:
				setOnsetMode((PainOnsetMode)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__DURATION_CLASS:
				setDurationClass((DurationClass)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__DAILY_PATTERN:
				setDailyPattern((DailyPainPattern)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__NIGHT_PAIN:
				setNightPain((Boolean)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES:
				setMorningStiffnessMinutes((Integer)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__AGGRAVATING_FACTORS:
				getAggravatingFactors().clear();
				getAggravatingFactors().addAll((Collection<? extends String>)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__EASING_FACTORS:
				getEasingFactors().clear();
				getEasingFactors().addAll((Collection<? extends String>)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__CURRENT_INTENSITY:
				setCurrentIntensity((Integer)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__WORST_INTENSITY:
				setWorstIntensity((Integer)newValue);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__BEST_INTENSITY:
				setBestIntensity((Integer)newValue);
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
			case ClinicalPackage.PAIN_DESCRIPTION__REGIONS:
				getRegions().clear();
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE:
				setRadiatesBelowKnee(RADIATES_BELOW_KNEE_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_DATE:
				setOnsetDate(ONSET_DATE_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_MODE:
				setOnsetMode(ONSET_MODE_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__DURATION_CLASS:
				setDurationClass(DURATION_CLASS_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__DAILY_PATTERN:
				setDailyPattern(DAILY_PATTERN_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__NIGHT_PAIN:
				setNightPain(NIGHT_PAIN_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES:
				setMorningStiffnessMinutes(MORNING_STIFFNESS_MINUTES_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__AGGRAVATING_FACTORS:
				getAggravatingFactors().clear();
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__EASING_FACTORS:
				getEasingFactors().clear();
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__CURRENT_INTENSITY:
				setCurrentIntensity(CURRENT_INTENSITY_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__WORST_INTENSITY:
				setWorstIntensity(WORST_INTENSITY_EDEFAULT);
				return;
			case ClinicalPackage.PAIN_DESCRIPTION__BEST_INTENSITY:
				setBestIntensity(BEST_INTENSITY_EDEFAULT);
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
			case ClinicalPackage.PAIN_DESCRIPTION__REGIONS:
				return regions != null && !regions.isEmpty();
			case ClinicalPackage.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE:
				return radiatesBelowKnee != RADIATES_BELOW_KNEE_EDEFAULT;
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_DATE:
				return ONSET_DATE_EDEFAULT == null ? onsetDate != null : !ONSET_DATE_EDEFAULT.equals(onsetDate);
			case ClinicalPackage.PAIN_DESCRIPTION__ONSET_MODE:
				return onsetMode != ONSET_MODE_EDEFAULT;
			case ClinicalPackage.PAIN_DESCRIPTION__DURATION_CLASS:
				return durationClass != DURATION_CLASS_EDEFAULT;
			case ClinicalPackage.PAIN_DESCRIPTION__DAILY_PATTERN:
				return dailyPattern != DAILY_PATTERN_EDEFAULT;
			case ClinicalPackage.PAIN_DESCRIPTION__NIGHT_PAIN:
				return nightPain != NIGHT_PAIN_EDEFAULT;
			case ClinicalPackage.PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES:
				return MORNING_STIFFNESS_MINUTES_EDEFAULT == null ? morningStiffnessMinutes != null : !MORNING_STIFFNESS_MINUTES_EDEFAULT.equals(morningStiffnessMinutes);
			case ClinicalPackage.PAIN_DESCRIPTION__AGGRAVATING_FACTORS:
				return aggravatingFactors != null && !aggravatingFactors.isEmpty();
			case ClinicalPackage.PAIN_DESCRIPTION__EASING_FACTORS:
				return easingFactors != null && !easingFactors.isEmpty();
			case ClinicalPackage.PAIN_DESCRIPTION__CURRENT_INTENSITY:
				return CURRENT_INTENSITY_EDEFAULT == null ? currentIntensity != null : !CURRENT_INTENSITY_EDEFAULT.equals(currentIntensity);
			case ClinicalPackage.PAIN_DESCRIPTION__WORST_INTENSITY:
				return WORST_INTENSITY_EDEFAULT == null ? worstIntensity != null : !WORST_INTENSITY_EDEFAULT.equals(worstIntensity);
			case ClinicalPackage.PAIN_DESCRIPTION__BEST_INTENSITY:
				return BEST_INTENSITY_EDEFAULT == null ? bestIntensity != null : !BEST_INTENSITY_EDEFAULT.equals(bestIntensity);
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
		result.append(" (radiatesBelowKnee: ");
		result.append(radiatesBelowKnee);
		result.append(", onsetDate: ");
		result.append(onsetDate);
		result.append(", onsetMode: ");
		result.append(onsetMode);
		result.append(", durationClass: ");
		result.append(durationClass);
		result.append(", dailyPattern: ");
		result.append(dailyPattern);
		result.append(", nightPain: ");
		result.append(nightPain);
		result.append(", morningStiffnessMinutes: ");
		result.append(morningStiffnessMinutes);
		result.append(", aggravatingFactors: ");
		result.append(aggravatingFactors);
		result.append(", easingFactors: ");
		result.append(easingFactors);
		result.append(", currentIntensity: ");
		result.append(currentIntensity);
		result.append(", worstIntensity: ");
		result.append(worstIntensity);
		result.append(", bestIntensity: ");
		result.append(bestIntensity);
		result.append(')');
		return result.toString();
	}

} //PainDescriptionImpl
