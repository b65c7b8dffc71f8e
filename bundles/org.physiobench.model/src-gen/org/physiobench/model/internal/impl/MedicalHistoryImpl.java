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
import org.physiobench.model.api.MedicalCondition;
import org.physiobench.model.api.MedicalHistory;
import org.physiobench.model.api.Medication;
import org.physiobench.model.api.Surgery;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Medical History</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalHistoryImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalHistoryImpl#getMedications <em>Medications</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalHistoryImpl#getSurgeries <em>Surgeries</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.MedicalHistoryImpl#getPreviousEpisodes <em>Previous Episodes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MedicalHistoryImpl extends MinimalEObjectImpl.Container implements MedicalHistory {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<MedicalCondition> conditions;

	/**
	 * The cached value of the '{@link #getMedications() <em>Medications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedications()
	 * @generated
	 * @ordered
	 */
	protected EList<Medication> medications;

	/**
	 * The cached value of the '{@link #getSurgeries() <em>Surgeries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurgeries()
	 * @generated
	 * @ordered
	 */
	protected EList<Surgery> surgeries;

	/**
	 * The default value of the '{@link #getPreviousEpisodes() <em>Previous Episodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousEpisodes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PREVIOUS_EPISODES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousEpisodes() <em>Previous Episodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousEpisodes()
	 * @generated
	 * @ordered
	 */
	protected Integer previousEpisodes = PREVIOUS_EPISODES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MedicalHistoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.MEDICAL_HISTORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MedicalCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<MedicalCondition>(MedicalCondition.class, this, ClinicalPackage.MEDICAL_HISTORY__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Medication> getMedications() {
		if (medications == null) {
			medications = new EObjectContainmentEList<Medication>(Medication.class, this, ClinicalPackage.MEDICAL_HISTORY__MEDICATIONS);
		}
		return medications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Surgery> getSurgeries() {
		if (surgeries == null) {
			surgeries = new EObjectContainmentEList<Surgery>(Surgery.class, this, ClinicalPackage.MEDICAL_HISTORY__SURGERIES);
		}
		return surgeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPreviousEpisodes() {
		return previousEpisodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousEpisodes(Integer newPreviousEpisodes) {
		Integer oldPreviousEpisodes = previousEpisodes;
		previousEpisodes = newPreviousEpisodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDICAL_HISTORY__PREVIOUS_EPISODES, oldPreviousEpisodes, previousEpisodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.MEDICAL_HISTORY__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.MEDICAL_HISTORY__MEDICATIONS:
				return ((InternalEList<?>)getMedications()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.MEDICAL_HISTORY__SURGERIES:
				return ((InternalEList<?>)getSurgeries()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.MEDICAL_HISTORY__CONDITIONS:
				return getConditions();
			case ClinicalPackage.MEDICAL_HISTORY__MEDICATIONS:
				return getMedications();
			case ClinicalPackage.MEDICAL_HISTORY__SURGERIES:
				return getSurgeries();
			case ClinicalPackage.MEDICAL_HISTORY__PREVIOUS_EPISODES:
				return getPreviousEpisodes();
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
			case ClinicalPackage.MEDICAL_HISTORY__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends MedicalCondition>)newValue);
				return;
			case ClinicalPackage.MEDICAL_HISTORY__MEDICATIONS:
				getMedications().clear();
				getMedications().addAll((Collection<? extends Medication>)newValue);
				return;
			case ClinicalPackage.MEDICAL_HISTORY__SURGERIES:
				getSurgeries().clear();
				getSurgeries().addAll((Collection<? extends Surgery>)newValue);
				return;
			case ClinicalPackage.MEDICAL_HISTORY__PREVIOUS_EPISODES:
				setPreviousEpisodes((Integer)newValue);
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
			case ClinicalPackage.MEDICAL_HISTORY__CONDITIONS:
				getConditions().clear();
				return;
			case ClinicalPackage.MEDICAL_HISTORY__MEDICATIONS:
				getMedications().clear();
				return;
			case ClinicalPackage.MEDICAL_HISTORY__SURGERIES:
				getSurgeries().clear();
				return;
			case ClinicalPackage.MEDICAL_HISTORY__PREVIOUS_EPISODES:
				setPreviousEpisodes(PREVIOUS_EPISODES_EDEFAULT);
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
			case ClinicalPackage.MEDICAL_HISTORY__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ClinicalPackage.MEDICAL_HISTORY__MEDICATIONS:
				return medications != null && !medications.isEmpty();
			case ClinicalPackage.MEDICAL_HISTORY__SURGERIES:
				return surgeries != null && !surgeries.isEmpty();
			case ClinicalPackage.MEDICAL_HISTORY__PREVIOUS_EPISODES:
				return PREVIOUS_EPISODES_EDEFAULT == null ? previousEpisodes != null : !PREVIOUS_EPISODES_EDEFAULT.equals(previousEpisodes);
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
		result.append(" (previousEpisodes: ");
		result.append(previousEpisodes);
		result.append(')');
		return result.toString();
	}

} //MedicalHistoryImpl
