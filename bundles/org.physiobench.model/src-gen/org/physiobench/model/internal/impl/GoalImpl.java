/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.GoalStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.GoalImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalImpl extends IdentifiableImpl implements Goal {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String instrumentId = INSTRUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected String activity = ACTIVITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double BASELINE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected Double baselineValue = BASELINE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected Double targetValue = TARGET_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDate() <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TARGET_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDate() <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate targetDate = TARGET_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final GoalStatus STATUS_EDEFAULT = GoalStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected GoalStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.GOAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentId(String newInstrumentId) {
		String oldInstrumentId = instrumentId;
		instrumentId = newInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(String newActivity) {
		String oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBaselineValue() {
		return baselineValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineValue(Double newBaselineValue) {
		Double oldBaselineValue = baselineValue;
		baselineValue = newBaselineValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__BASELINE_VALUE, oldBaselineValue, baselineValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTargetValue() {
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(Double newTargetValue) {
		Double oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__TARGET_VALUE, oldTargetValue, targetValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTargetDate() {
		return targetDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDate(LocalDate newTargetDate) {
		LocalDate oldTargetDate = targetDate;
		targetDate = newTargetDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__TARGET_DATE, oldTargetDate, targetDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(GoalStatus newStatus) {
		GoalStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.GOAL__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.GOAL__DESCRIPTION:
				return getDescription();
			case ClinicalPackage.GOAL__INSTRUMENT_ID:
				return getInstrumentId();
			case ClinicalPackage.GOAL__ACTIVITY:
				return getActivity();
			case ClinicalPackage.GOAL__BASELINE_VALUE:
				return getBaselineValue();
			case ClinicalPackage.GOAL__TARGET_VALUE:
				return getTargetValue();
			case ClinicalPackage.GOAL__UNIT:
				return getUnit();
			case ClinicalPackage.GOAL__TARGET_DATE:
				return getTargetDate();
			case ClinicalPackage.GOAL__STATUS:
				return getStatus();
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
			case ClinicalPackage.GOAL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ClinicalPackage.GOAL__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case ClinicalPackage.GOAL__ACTIVITY:
				setActivity((String)newValue);
				return;
			case ClinicalPackage.GOAL__BASELINE_VALUE:
				setBaselineValue((Double)newValue);
				return;
			case ClinicalPackage.GOAL__TARGET_VALUE:
				setTargetValue((Double)newValue);
				return;
			case ClinicalPackage.GOAL__UNIT:
				setUnit((String)newValue);
				return;
			case ClinicalPackage.GOAL__TARGET_DATE:
				setTargetDate((LocalDate)newValue);
				return;
			case ClinicalPackage.GOAL__STATUS:
				setStatus((GoalStatus)newValue);
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
			case ClinicalPackage.GOAL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ClinicalPackage.GOAL__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case ClinicalPackage.GOAL__ACTIVITY:
				setActivity(ACTIVITY_EDEFAULT);
				return;
			case ClinicalPackage.GOAL__BASELINE_VALUE:
				setBaselineValue(BASELINE_VALUE_EDEFAULT);
				return;
			case ClinicalPackage.GOAL__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case ClinicalPackage.GOAL__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ClinicalPackage.GOAL__TARGET_DATE:
				setTargetDate(TARGET_DATE_EDEFAULT);
				return;
			case ClinicalPackage.GOAL__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case ClinicalPackage.GOAL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ClinicalPackage.GOAL__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case ClinicalPackage.GOAL__ACTIVITY:
				return ACTIVITY_EDEFAULT == null ? activity != null : !ACTIVITY_EDEFAULT.equals(activity);
			case ClinicalPackage.GOAL__BASELINE_VALUE:
				return BASELINE_VALUE_EDEFAULT == null ? baselineValue != null : !BASELINE_VALUE_EDEFAULT.equals(baselineValue);
			case ClinicalPackage.GOAL__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case ClinicalPackage.GOAL__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ClinicalPackage.GOAL__TARGET_DATE:
				return TARGET_DATE_EDEFAULT == null ? targetDate != null : !TARGET_DATE_EDEFAULT.equals(targetDate);
			case ClinicalPackage.GOAL__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", instrumentId: ");
		result.append(instrumentId);
		result.append(", activity: ");
		result.append(activity);
		result.append(", baselineValue: ");
		result.append(baselineValue);
		result.append(", targetValue: ");
		result.append(targetValue);
		result.append(", unit: ");
		result.append(unit);
		result.append(", targetDate: ");
		result.append(targetDate);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //GoalImpl
