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

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.model.api.Score;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument Administration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.InstrumentAdministrationImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.InstrumentAdministrationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.InstrumentAdministrationImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.InstrumentAdministrationImpl#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentAdministrationImpl extends IdentifiableImpl implements InstrumentAdministration {
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
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemAnswer> answers;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentAdministrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.INSTRUMENT_ADMINISTRATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID, oldInstrumentId, instrumentId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.INSTRUMENT_ADMINISTRATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<ItemAnswer>(ItemAnswer.class, this, ClinicalPackage.INSTRUMENT_ADMINISTRATION__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, ClinicalPackage.INSTRUMENT_ADMINISTRATION__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID:
				return getInstrumentId();
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__DATE:
				return getDate();
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__ANSWERS:
				return getAnswers();
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__SCORES:
				return getScores();
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
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends ItemAnswer>)newValue);
				return;
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
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
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__ANSWERS:
				getAnswers().clear();
				return;
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__SCORES:
				getScores().clear();
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
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__ANSWERS:
				return answers != null && !answers.isEmpty();
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION__SCORES:
				return scores != null && !scores.isEmpty();
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
		result.append(" (instrumentId: ");
		result.append(instrumentId);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //InstrumentAdministrationImpl
