/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.SpinalMovement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Range Of Motion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.RangeOfMotionImpl#getMovement <em>Movement</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RangeOfMotionImpl#getDegrees <em>Degrees</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RangeOfMotionImpl#isPainful <em>Painful</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.RangeOfMotionImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RangeOfMotionImpl extends MinimalEObjectImpl.Container implements RangeOfMotion {
	/**
	 * The default value of the '{@link #getMovement() <em>Movement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovement()
	 * @generated
	 * @ordered
	 */
	protected static final SpinalMovement MOVEMENT_EDEFAULT = SpinalMovement.FLEXION;

	/**
	 * The cached value of the '{@link #getMovement() <em>Movement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovement()
	 * @generated
	 * @ordered
	 */
	protected SpinalMovement movement = MOVEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDegrees() <em>Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegrees()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DEGREES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDegrees() <em>Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegrees()
	 * @generated
	 * @ordered
	 */
	protected Integer degrees = DEGREES_EDEFAULT;

	/**
	 * The default value of the '{@link #isPainful() <em>Painful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPainful()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PAINFUL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPainful() <em>Painful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPainful()
	 * @generated
	 * @ordered
	 */
	protected boolean painful = PAINFUL_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RangeOfMotionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.RANGE_OF_MOTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpinalMovement getMovement() {
		return movement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMovement(SpinalMovement newMovement) {
		SpinalMovement oldMovement = movement;
		movement = newMovement == null ? MOVEMENT_EDEFAULT : newMovement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RANGE_OF_MOTION__MOVEMENT, oldMovement, movement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDegrees() {
		return degrees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDegrees(Integer newDegrees) {
		Integer oldDegrees = degrees;
		degrees = newDegrees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RANGE_OF_MOTION__DEGREES, oldDegrees, degrees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPainful() {
		return painful;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainful(boolean newPainful) {
		boolean oldPainful = painful;
		painful = newPainful;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RANGE_OF_MOTION__PAINFUL, oldPainful, painful));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.RANGE_OF_MOTION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.RANGE_OF_MOTION__MOVEMENT:
				return getMovement();
			case ClinicalPackage.RANGE_OF_MOTION__DEGREES:
				return getDegrees();
			case ClinicalPackage.RANGE_OF_MOTION__PAINFUL:
				return isPainful();
			case ClinicalPackage.RANGE_OF_MOTION__NOTE:
				return getNote();
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
			case ClinicalPackage.RANGE_OF_MOTION__MOVEMENT:
				setMovement((SpinalMovement)newValue);
				return;
			case ClinicalPackage.RANGE_OF_MOTION__DEGREES:
				setDegrees((Integer)newValue);
				return;
			case ClinicalPackage.RANGE_OF_MOTION__PAINFUL:
				setPainful((Boolean)newValue);
				return;
			case ClinicalPackage.RANGE_OF_MOTION__NOTE:
				setNote((String)newValue);
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
			case ClinicalPackage.RANGE_OF_MOTION__MOVEMENT:
				setMovement(MOVEMENT_EDEFAULT);
				return;
			case ClinicalPackage.RANGE_OF_MOTION__DEGREES:
				setDegrees(DEGREES_EDEFAULT);
				return;
			case ClinicalPackage.RANGE_OF_MOTION__PAINFUL:
				setPainful(PAINFUL_EDEFAULT);
				return;
			case ClinicalPackage.RANGE_OF_MOTION__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case ClinicalPackage.RANGE_OF_MOTION__MOVEMENT:
				return movement != MOVEMENT_EDEFAULT;
			case ClinicalPackage.RANGE_OF_MOTION__DEGREES:
				return DEGREES_EDEFAULT == null ? degrees != null : !DEGREES_EDEFAULT.equals(degrees);
			case ClinicalPackage.RANGE_OF_MOTION__PAINFUL:
				return painful != PAINFUL_EDEFAULT;
			case ClinicalPackage.RANGE_OF_MOTION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (movement: ");
		result.append(movement);
		result.append(", degrees: ");
		result.append(degrees);
		result.append(", painful: ");
		result.append(painful);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RangeOfMotionImpl
