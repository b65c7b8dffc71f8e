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
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.HomeProgramme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Home Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.HomeProgrammeImpl#getIssuedDate <em>Issued Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.HomeProgrammeImpl#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.HomeProgrammeImpl#getExercises <em>Exercises</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.HomeProgrammeImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HomeProgrammeImpl extends IdentifiableImpl implements HomeProgramme {
	/**
	 * The default value of the '{@link #getIssuedDate() <em>Issued Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ISSUED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedDate() <em>Issued Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate issuedDate = ISSUED_DATE_EDEFAULT;

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
	 * The cached value of the '{@link #getExercises() <em>Exercises</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExercises()
	 * @generated
	 * @ordered
	 */
	protected EList<HomeExercise> exercises;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HomeProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.HOME_PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIssuedDate() {
		return issuedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedDate(LocalDate newIssuedDate) {
		LocalDate oldIssuedDate = issuedDate;
		issuedDate = newIssuedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.HOME_PROGRAMME__ISSUED_DATE, oldIssuedDate, issuedDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.HOME_PROGRAMME__THERAPIST_ID, oldTherapistId, therapistId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HomeExercise> getExercises() {
		if (exercises == null) {
			exercises = new EObjectContainmentEList<HomeExercise>(HomeExercise.class, this, ClinicalPackage.HOME_PROGRAMME__EXERCISES);
		}
		return exercises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.HOME_PROGRAMME__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.HOME_PROGRAMME__EXERCISES:
				return ((InternalEList<?>)getExercises()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.HOME_PROGRAMME__ISSUED_DATE:
				return getIssuedDate();
			case ClinicalPackage.HOME_PROGRAMME__THERAPIST_ID:
				return getTherapistId();
			case ClinicalPackage.HOME_PROGRAMME__EXERCISES:
				return getExercises();
			case ClinicalPackage.HOME_PROGRAMME__NOTES:
				return getNotes();
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
			case ClinicalPackage.HOME_PROGRAMME__ISSUED_DATE:
				setIssuedDate((LocalDate)newValue);
				return;
			case ClinicalPackage.HOME_PROGRAMME__THERAPIST_ID:
				setTherapistId((String)newValue);
				return;
			case ClinicalPackage.HOME_PROGRAMME__EXERCISES:
				getExercises().clear();
				getExercises().addAll((Collection<? extends HomeExercise>)newValue);
				return;
			case ClinicalPackage.HOME_PROGRAMME__NOTES:
				setNotes((String)newValue);
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
			case ClinicalPackage.HOME_PROGRAMME__ISSUED_DATE:
				setIssuedDate(ISSUED_DATE_EDEFAULT);
				return;
			case ClinicalPackage.HOME_PROGRAMME__THERAPIST_ID:
				setTherapistId(THERAPIST_ID_EDEFAULT);
				return;
			case ClinicalPackage.HOME_PROGRAMME__EXERCISES:
				getExercises().clear();
				return;
			case ClinicalPackage.HOME_PROGRAMME__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case ClinicalPackage.HOME_PROGRAMME__ISSUED_DATE:
				return ISSUED_DATE_EDEFAULT == null ? issuedDate != null : !ISSUED_DATE_EDEFAULT.equals(issuedDate);
			case ClinicalPackage.HOME_PROGRAMME__THERAPIST_ID:
				return THERAPIST_ID_EDEFAULT == null ? therapistId != null : !THERAPIST_ID_EDEFAULT.equals(therapistId);
			case ClinicalPackage.HOME_PROGRAMME__EXERCISES:
				return exercises != null && !exercises.isEmpty();
			case ClinicalPackage.HOME_PROGRAMME__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (issuedDate: ");
		result.append(issuedDate);
		result.append(", therapistId: ");
		result.append(therapistId);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //HomeProgrammeImpl
