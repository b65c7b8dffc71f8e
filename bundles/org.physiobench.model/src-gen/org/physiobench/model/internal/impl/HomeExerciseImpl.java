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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.Parameter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Home Exercise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.HomeExerciseImpl#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.HomeExerciseImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.HomeExerciseImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.HomeExerciseImpl#getTimesPerDay <em>Times Per Day</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.HomeExerciseImpl#getDaysPerWeek <em>Days Per Week</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HomeExerciseImpl extends IdentifiableImpl implements HomeExercise {
	/**
	 * The default value of the '{@link #getModalityId() <em>Modality Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModalityId()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModalityId() <em>Modality Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModalityId()
	 * @generated
	 * @ordered
	 */
	protected String modalityId = MODALITY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected String instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The default value of the '{@link #getTimesPerDay() <em>Times Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimesPerDay()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TIMES_PER_DAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimesPerDay() <em>Times Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimesPerDay()
	 * @generated
	 * @ordered
	 */
	protected Integer timesPerDay = TIMES_PER_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDaysPerWeek() <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DAYS_PER_WEEK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDaysPerWeek() <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerWeek()
	 * @generated
	 * @ordered
	 */
	protected Integer daysPerWeek = DAYS_PER_WEEK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HomeExerciseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.HOME_EXERCISE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModalityId() {
		return modalityId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModalityId(String newModalityId) {
		String oldModalityId = modalityId;
		modalityId = newModalityId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.HOME_EXERCISE__MODALITY_ID, oldModalityId, modalityId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(String newInstructions) {
		String oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.HOME_EXERCISE__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ClinicalPackage.HOME_EXERCISE__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTimesPerDay() {
		return timesPerDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimesPerDay(Integer newTimesPerDay) {
		Integer oldTimesPerDay = timesPerDay;
		timesPerDay = newTimesPerDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.HOME_EXERCISE__TIMES_PER_DAY, oldTimesPerDay, timesPerDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDaysPerWeek() {
		return daysPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaysPerWeek(Integer newDaysPerWeek) {
		Integer oldDaysPerWeek = daysPerWeek;
		daysPerWeek = newDaysPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.HOME_EXERCISE__DAYS_PER_WEEK, oldDaysPerWeek, daysPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.HOME_EXERCISE__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.HOME_EXERCISE__MODALITY_ID:
				return getModalityId();
			case ClinicalPackage.HOME_EXERCISE__INSTRUCTIONS:
				return getInstructions();
			case ClinicalPackage.HOME_EXERCISE__PARAMETERS:
				return getParameters();
			case ClinicalPackage.HOME_EXERCISE__TIMES_PER_DAY:
				return getTimesPerDay();
			case ClinicalPackage.HOME_EXERCISE__DAYS_PER_WEEK:
				return getDaysPerWeek();
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
			case ClinicalPackage.HOME_EXERCISE__MODALITY_ID:
				setModalityId((String)newValue);
				return;
			case ClinicalPackage.HOME_EXERCISE__INSTRUCTIONS:
				setInstructions((String)newValue);
				return;
			case ClinicalPackage.HOME_EXERCISE__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ClinicalPackage.HOME_EXERCISE__TIMES_PER_DAY:
				setTimesPerDay((Integer)newValue);
				return;
			case ClinicalPackage.HOME_EXERCISE__DAYS_PER_WEEK:
				setDaysPerWeek((Integer)newValue);
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
			case ClinicalPackage.HOME_EXERCISE__MODALITY_ID:
				setModalityId(MODALITY_ID_EDEFAULT);
				return;
			case ClinicalPackage.HOME_EXERCISE__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case ClinicalPackage.HOME_EXERCISE__PARAMETERS:
				getParameters().clear();
				return;
			case ClinicalPackage.HOME_EXERCISE__TIMES_PER_DAY:
				setTimesPerDay(TIMES_PER_DAY_EDEFAULT);
				return;
			case ClinicalPackage.HOME_EXERCISE__DAYS_PER_WEEK:
				setDaysPerWeek(DAYS_PER_WEEK_EDEFAULT);
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
			case ClinicalPackage.HOME_EXERCISE__MODALITY_ID:
				return MODALITY_ID_EDEFAULT == null ? modalityId != null : !MODALITY_ID_EDEFAULT.equals(modalityId);
			case ClinicalPackage.HOME_EXERCISE__INSTRUCTIONS:
				return INSTRUCTIONS_EDEFAULT == null ? instructions != null : !INSTRUCTIONS_EDEFAULT.equals(instructions);
			case ClinicalPackage.HOME_EXERCISE__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ClinicalPackage.HOME_EXERCISE__TIMES_PER_DAY:
				return TIMES_PER_DAY_EDEFAULT == null ? timesPerDay != null : !TIMES_PER_DAY_EDEFAULT.equals(timesPerDay);
			case ClinicalPackage.HOME_EXERCISE__DAYS_PER_WEEK:
				return DAYS_PER_WEEK_EDEFAULT == null ? daysPerWeek != null : !DAYS_PER_WEEK_EDEFAULT.equals(daysPerWeek);
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
		result.append(" (modalityId: ");
		result.append(modalityId);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(", timesPerDay: ");
		result.append(timesPerDay);
		result.append(", daysPerWeek: ");
		result.append(daysPerWeek);
		result.append(')');
		return result.toString();
	}

} //HomeExerciseImpl
