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
import org.physiobench.model.api.NeurologicalFinding;
import org.physiobench.model.api.NeurologicalResult;
import org.physiobench.model.api.NeurologicalTestKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Neurological Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.NeurologicalFindingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.NeurologicalFindingImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.NeurologicalFindingImpl#getSide <em>Side</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.NeurologicalFindingImpl#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeurologicalFindingImpl extends MinimalEObjectImpl.Container implements NeurologicalFinding {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NeurologicalTestKind KIND_EDEFAULT = NeurologicalTestKind.MYOTOME;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NeurologicalTestKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected String level = LEVEL_EDEFAULT;

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
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final NeurologicalResult RESULT_EDEFAULT = NeurologicalResult.NORMAL;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected NeurologicalResult result = RESULT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeurologicalFindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.NEUROLOGICAL_FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeurologicalTestKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NeurologicalTestKind newKind) {
		NeurologicalTestKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.NEUROLOGICAL_FINDING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(String newLevel) {
		String oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.NEUROLOGICAL_FINDING__LEVEL, oldLevel, level));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.NEUROLOGICAL_FINDING__SIDE, oldSide, side));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeurologicalResult getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(NeurologicalResult newResult) {
		NeurologicalResult oldResult = result;
		result = newResult == null ? RESULT_EDEFAULT : newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.NEUROLOGICAL_FINDING__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.NEUROLOGICAL_FINDING__KIND:
				return getKind();
			case ClinicalPackage.NEUROLOGICAL_FINDING__LEVEL:
				return getLevel();
			case ClinicalPackage.NEUROLOGICAL_FINDING__SIDE:
				return getSide();
			case ClinicalPackage.NEUROLOGICAL_FINDING__RESULT:
				return getResult();
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
			case ClinicalPackage.NEUROLOGICAL_FINDING__KIND:
				setKind((NeurologicalTestKind)newValue);
				return;
			case ClinicalPackage.NEUROLOGICAL_FINDING__LEVEL:
				setLevel((String)newValue);
				return;
			case ClinicalPackage.NEUROLOGICAL_FINDING__SIDE:
				setSide((BodySide)newValue);
				return;
			case ClinicalPackage.NEUROLOGICAL_FINDING__RESULT:
				setResult((NeurologicalResult)newValue);
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
			case ClinicalPackage.NEUROLOGICAL_FINDING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ClinicalPackage.NEUROLOGICAL_FINDING__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ClinicalPackage.NEUROLOGICAL_FINDING__SIDE:
				setSide(SIDE_EDEFAULT);
				return;
			case ClinicalPackage.NEUROLOGICAL_FINDING__RESULT:
				setResult(RESULT_EDEFAULT);
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
			case ClinicalPackage.NEUROLOGICAL_FINDING__KIND:
				return kind != KIND_EDEFAULT;
			case ClinicalPackage.NEUROLOGICAL_FINDING__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case ClinicalPackage.NEUROLOGICAL_FINDING__SIDE:
				return side != SIDE_EDEFAULT;
			case ClinicalPackage.NEUROLOGICAL_FINDING__RESULT:
				return result != RESULT_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", level: ");
		result.append(level);
		result.append(", side: ");
		result.append(side);
		result.append(", result: ");
		result.append(result);
		result.append(')');
		return result.toString();
	}

} //NeurologicalFindingImpl
