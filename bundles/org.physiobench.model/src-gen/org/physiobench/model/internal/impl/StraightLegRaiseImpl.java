/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.StraightLegRaise;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Straight Leg Raise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.StraightLegRaiseImpl#getSide <em>Side</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.StraightLegRaiseImpl#getAngleDegrees <em>Angle Degrees</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.StraightLegRaiseImpl#isPositive <em>Positive</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StraightLegRaiseImpl extends MinimalEObjectImpl.Container implements StraightLegRaise {
	/**
	 * The default value of the '{@link #getSide() <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSide()
	 * @generated
	 * @ordered
	 */
	protected static final BodySide SIDE_EDEFAULT = BodySide.CENTRAL;

	/**
	 * The cached value of the '{@link #getSide() <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSide()
	 * @generated
	 * @ordered
	 */
	protected BodySide side = SIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAngleDegrees() <em>Angle Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAngleDegrees()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ANGLE_DEGREES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAngleDegrees() <em>Angle Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAngleDegrees()
	 * @generated
	 * @ordered
	 */
	protected Integer angleDegrees = ANGLE_DEGREES_EDEFAULT;

	/**
	 * The default value of the '{@link #isPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPositive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POSITIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPositive()
	 * @generated
	 * @ordered
	 */
	protected boolean positive = POSITIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StraightLegRaiseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.STRAIGHT_LEG_RAISE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BodySide getSide() {
		return side;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSide(BodySide newSide) {
		BodySide oldSide = side;
		side = newSide == null ? SIDE_EDEFAULT : newSide;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.STRAIGHT_LEG_RAISE__SIDE, oldSide, side));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAngleDegrees() {
		return angleDegrees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAngleDegrees(Integer newAngleDegrees) {
		Integer oldAngleDegrees = angleDegrees;
		angleDegrees = newAngleDegrees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.STRAIGHT_LEG_RAISE__ANGLE_DEGREES, oldAngleDegrees, angleDegrees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPositive() {
		return positive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositive(boolean newPositive) {
		boolean oldPositive = positive;
		positive = newPositive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.STRAIGHT_LEG_RAISE__POSITIVE, oldPositive, positive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.STRAIGHT_LEG_RAISE__SIDE:
				return getSide();
			case ClinicalPackage.STRAIGHT_LEG_RAISE__ANGLE_DEGREES:
				return getAngleDegrees();
			case ClinicalPackage.STRAIGHT_LEG_RAISE__POSITIVE:
				return isPositive();
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
			case ClinicalPackage.STRAIGHT_LEG_RAISE__SIDE:
				setSide((BodySide)newValue);
				return;
			case ClinicalPackage.STRAIGHT_LEG_RAISE__ANGLE_DEGREES:
				setAngleDegrees((Integer)newValue);
				return;
			case ClinicalPackage.STRAIGHT_LEG_RAISE__POSITIVE:
				setPositive((Boolean)newValue);
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
			case ClinicalPackage.STRAIGHT_LEG_RAISE__SIDE:
				setSide(SIDE_EDEFAULT);
				return;
			case ClinicalPackage.STRAIGHT_LEG_RAISE__ANGLE_DEGREES:
				setAngleDegrees(ANGLE_DEGREES_EDEFAULT);
				return;
			case ClinicalPackage.STRAIGHT_LEG_RAISE__POSITIVE:
				setPositive(POSITIVE_EDEFAULT);
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
			case ClinicalPackage.STRAIGHT_LEG_RAISE__SIDE:
				return side != SIDE_EDEFAULT;
			case ClinicalPackage.STRAIGHT_LEG_RAISE__ANGLE_DEGREES:
				return ANGLE_DEGREES_EDEFAULT == null ? angleDegrees != null : !ANGLE_DEGREES_EDEFAULT.equals(angleDegrees);
			case ClinicalPackage.STRAIGHT_LEG_RAISE__POSITIVE:
				return positive != POSITIVE_EDEFAULT;
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
		result.append(" (side: ");
		result.append(side);
		result.append(", angleDegrees: ");
		result.append(angleDegrees);
		result.append(", positive: ");
		result.append(positive);
		result.append(')');
		return result.toString();
	}

} //StraightLegRaiseImpl
