/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ContraindicationOverride;
import org.physiobench.model.api.OverrideKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contraindication Override</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl#getContraindications <em>Contraindications</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl#getBy <em>By</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl#getAt <em>At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContraindicationOverrideImpl extends MinimalEObjectImpl.Container implements ContraindicationOverride {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OverrideKind KIND_EDEFAULT = OverrideKind.BLOCK_OVERRIDDEN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OverrideKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContraindications() <em>Contraindications</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContraindications()
	 * @generated
	 * @ordered
	 */
	protected EList<String> contraindications;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected static final String BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected String by = BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Instant at = AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContraindicationOverrideImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.CONTRAINDICATION_OVERRIDE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTRAINDICATION_OVERRIDE__MODALITY_ID, oldModalityId, modalityId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverrideKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OverrideKind newKind) {
		OverrideKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTRAINDICATION_OVERRIDE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getContraindications() {
		if (contraindications == null) {
			contraindications = new EDataTypeUniqueEList<String>(String.class, this, ClinicalPackage.CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS);
		}
		return contraindications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTRAINDICATION_OVERRIDE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBy() {
		return by;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBy(String newBy) {
		String oldBy = by;
		by = newBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTRAINDICATION_OVERRIDE__BY, oldBy, by));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		Instant oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTRAINDICATION_OVERRIDE__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__MODALITY_ID:
				return getModalityId();
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__KIND:
				return getKind();
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS:
				return getContraindications();
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__REASON:
				return getReason();
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__BY:
				return getBy();
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__AT:
				return getAt();
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
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__MODALITY_ID:
				setModalityId((String)newValue);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__KIND:
				setKind((OverrideKind)newValue);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS:
				getContraindications().clear();
				getContraindications().addAll((Collection<? extends String>)newValue);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__REASON:
				setReason((String)newValue);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__BY:
				setBy((String)newValue);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__AT:
				setAt((Instant)newValue);
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
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__MODALITY_ID:
				setModalityId(MODALITY_ID_EDEFAULT);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS:
				getContraindications().clear();
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__BY:
				setBy(BY_EDEFAULT);
				return;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__AT:
				setAt(AT_EDEFAULT);
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
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__MODALITY_ID:
				return MODALITY_ID_EDEFAULT == null ? modalityId != null : !MODALITY_ID_EDEFAULT.equals(modalityId);
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__KIND:
				return kind != KIND_EDEFAULT;
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS:
				return contraindications != null && !contraindications.isEmpty();
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__BY:
				return BY_EDEFAULT == null ? by != null : !BY_EDEFAULT.equals(by);
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", contraindications: ");
		result.append(contraindications);
		result.append(", reason: ");
		result.append(reason);
		result.append(", by: ");
		result.append(by);
		result.append(", at: ");
		result.append(at);
		result.append(')');
		return result.toString();
	}

} //ContraindicationOverrideImpl
