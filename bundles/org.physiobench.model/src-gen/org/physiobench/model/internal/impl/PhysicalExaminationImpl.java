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
import org.physiobench.model.api.DirectionalPreference;
import org.physiobench.model.api.NeurologicalFinding;
import org.physiobench.model.api.PhysicalExamination;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.StraightLegRaise;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Physical Examination</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.PhysicalExaminationImpl#getRangeOfMotion <em>Range Of Motion</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PhysicalExaminationImpl#getStraightLegRaises <em>Straight Leg Raises</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PhysicalExaminationImpl#getNeurologicalFindings <em>Neurological Findings</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PhysicalExaminationImpl#getDirectionalPreference <em>Directional Preference</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PhysicalExaminationImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhysicalExaminationImpl extends MinimalEObjectImpl.Container implements PhysicalExamination {
	/**
	 * The cached value of the '{@link #getRangeOfMotion() <em>Range Of Motion</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeOfMotion()
	 * @generated
	 * @ordered
	 */
	protected EList<RangeOfMotion> rangeOfMotion;

	/**
	 * The cached value of the '{@link #getStraightLegRaises() <em>Straight Leg Raises</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStraightLegRaises()
	 * @generated
	 * @ordered
	 */
	protected EList<StraightLegRaise> straightLegRaises;

	/**
	 * The cached value of the '{@link #getNeurologicalFindings() <em>Neurological Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeurologicalFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<NeurologicalFinding> neurologicalFindings;

	/**
	 * The default value of the '{@link #getDirectionalPreference() <em>Directional Preference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionalPreference()
	 * @generated
	 * @ordered
	 */
	protected static final DirectionalPreference DIRECTIONAL_PREFERENCE_EDEFAULT = DirectionalPreference.NOT_TESTED;

	/**
	 * The cached value of the '{@link #getDirectionalPreference() <em>Directional Preference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionalPreference()
	 * @generated
	 * @ordered
	 */
	protected DirectionalPreference directionalPreference = DIRECTIONAL_PREFERENCE_EDEFAULT;

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
	protected PhysicalExaminationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.PHYSICAL_EXAMINATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RangeOfMotion> getRangeOfMotion() {
		if (rangeOfMotion == null) {
			rangeOfMotion = new EObjectContainmentEList<RangeOfMotion>(RangeOfMotion.class, this, ClinicalPackage.PHYSICAL_EXAMINATION__RANGE_OF_MOTION);
		}
		return rangeOfMotion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StraightLegRaise> getStraightLegRaises() {
		if (straightLegRaises == null) {
			straightLegRaises = new EObjectContainmentEList<StraightLegRaise>(StraightLegRaise.class, this, ClinicalPackage.PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES);
		}
		return straightLegRaises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NeurologicalFinding> getNeurologicalFindings() {
		if (neurologicalFindings == null) {
			neurologicalFindings = new EObjectContainmentEList<NeurologicalFinding>(NeurologicalFinding.class, this, ClinicalPackage.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS);
		}
		return neurologicalFindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectionalPreference getDirectionalPreference() {
		return directionalPreference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectionalPreference(DirectionalPreference newDirectionalPreference) {
		DirectionalPreference oldDirectionalPreference = directionalPreference;
		directionalPreference = newDirectionalPreference == null ? DIRECTIONAL_PREFERENCE_EDEFAULT : newDirectionalPreference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE, oldDirectionalPreference, directionalPreference));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PHYSICAL_EXAMINATION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.PHYSICAL_EXAMINATION__RANGE_OF_MOTION:
				return ((InternalEList<?>)getRangeOfMotion()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES:
				return ((InternalEList<?>)getStraightLegRaises()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS:
				return ((InternalEList<?>)getNeurologicalFindings()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.PHYSICAL_EXAMINATION__RANGE_OF_MOTION:
				return getRangeOfMotion();
			case ClinicalPackage.PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES:
				return getStraightLegRaises();
			case ClinicalPackage.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS:
				return getNeurologicalFindings();
			case ClinicalPackage.PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE:
				return getDirectionalPreference();
			case ClinicalPackage.PHYSICAL_EXAMINATION__NOTES:
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
			case ClinicalPackage.PHYSICAL_EXAMINATION__RANGE_OF_MOTION:
				getRangeOfMotion().clear();
				getRangeOfMotion().addAll((Collection<? extends RangeOfMotion>)newValue);
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES:
				getStraightLegRaises().clear();
				getStraightLegRaises().addAll((Collection<? extends StraightLegRaise>)newValue);
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS:
				getNeurologicalFindings().clear();
				getNeurologicalFindings().addAll((Collection<? extends NeurologicalFinding>)newValue);
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE:
				setDirectionalPreference((DirectionalPreference)newValue);
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__NOTES:
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
			case ClinicalPackage.PHYSICAL_EXAMINATION__RANGE_OF_MOTION:
				getRangeOfMotion().clear();
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES:
				getStraightLegRaises().clear();
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS:
				getNeurologicalFindings().clear();
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE:
				setDirectionalPreference(DIRECTIONAL_PREFERENCE_EDEFAULT);
				return;
			case ClinicalPackage.PHYSICAL_EXAMINATION__NOTES:
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
			case ClinicalPackage.PHYSICAL_EXAMINATION__RANGE_OF_MOTION:
				return rangeOfMotion != null && !rangeOfMotion.isEmpty();
			case ClinicalPackage.PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES:
				return straightLegRaises != null && !straightLegRaises.isEmpty();
			case ClinicalPackage.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS:
				return neurologicalFindings != null && !neurologicalFindings.isEmpty();
			case ClinicalPackage.PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE:
				return directionalPreference != DIRECTIONAL_PREFERENCE_EDEFAULT;
			case ClinicalPackage.PHYSICAL_EXAMINATION__NOTES:
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
		result.append(" (directionalPreference: ");
		result.append(directionalPreference);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //PhysicalExaminationImpl
