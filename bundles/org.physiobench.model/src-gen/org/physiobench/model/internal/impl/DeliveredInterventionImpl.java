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
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.Parameter;
import org.physiobench.model.api.PlannedIntervention;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delivered Intervention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.DeliveredInterventionImpl#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.DeliveredInterventionImpl#getPlanned <em>Planned</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.DeliveredInterventionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.DeliveredInterventionImpl#getPatientResponse <em>Patient Response</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeliveredInterventionImpl extends IdentifiableImpl implements DeliveredIntervention {
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
	 * The cached value of the '{@link #getPlanned() <em>Planned</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanned()
	 * @generated
	 * @ordered
	 */
	protected PlannedIntervention planned;

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
	 * The default value of the '{@link #getPatientResponse() <em>Patient Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientResponse()
	 * @generated
	 * @ordered
	 */
	protected static final String PATIENT_RESPONSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatientResponse() <em>Patient Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientResponse()
	 * @generated
	 * @ordered
	 */
	protected String patientResponse = PATIENT_RESPONSE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeliveredInterventionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.DELIVERED_INTERVENTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DELIVERED_INTERVENTION__MODALITY_ID, oldModalityId, modalityId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlannedIntervention getPlanned() {
		if (planned != null && planned.eIsProxy()) {
			InternalEObject oldPlanned = (InternalEObject)planned;
			planned = (PlannedIntervention)eResolveProxy(oldPlanned);
			if (planned != oldPlanned) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.DELIVERED_INTERVENTION__PLANNED, oldPlanned, planned));
			}
		}
		return planned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlannedIntervention basicGetPlanned() {
		return planned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanned(PlannedIntervention newPlanned) {
		PlannedIntervention oldPlanned = planned;
		planned = newPlanned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DELIVERED_INTERVENTION__PLANNED, oldPlanned, planned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ClinicalPackage.DELIVERED_INTERVENTION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatientResponse() {
		return patientResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientResponse(String newPatientResponse) {
		String oldPatientResponse = patientResponse;
		patientResponse = newPatientResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.DELIVERED_INTERVENTION__PATIENT_RESPONSE, oldPatientResponse, patientResponse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.DELIVERED_INTERVENTION__PARAMETERS:
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
			case ClinicalPackage.DELIVERED_INTERVENTION__MODALITY_ID:
				return getModalityId();
			case ClinicalPackage.DELIVERED_INTERVENTION__PLANNED:
				if (resolve) return getPlanned();
				return basicGetPlanned();
			case ClinicalPackage.DELIVERED_INTERVENTION__PARAMETERS:
				return getParameters();
			case ClinicalPackage.DELIVERED_INTERVENTION__PATIENT_RESPONSE:
				return getPatientResponse();
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
			case ClinicalPackage.DELIVERED_INTERVENTION__MODALITY_ID:
				setModalityId((String)newValue);
				return;
			case ClinicalPackage.DELIVERED_INTERVENTION__PLANNED:
				setPlanned((PlannedIntervention)newValue);
				return;
			case ClinicalPackage.DELIVERED_INTERVENTION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ClinicalPackage.DELIVERED_INTERVENTION__PATIENT_RESPONSE:
				setPatientResponse((String)newValue);
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
			case ClinicalPackage.DELIVERED_INTERVENTION__MODALITY_ID:
				setModalityId(MODALITY_ID_EDEFAULT);
				return;
			case ClinicalPackage.DELIVERED_INTERVENTION__PLANNED:
				setPlanned((PlannedIntervention)null);
				return;
			case ClinicalPackage.DELIVERED_INTERVENTION__PARAMETERS:
				getParameters().clear();
				return;
			case ClinicalPackage.DELIVERED_INTERVENTION__PATIENT_RESPONSE:
				setPatientResponse(PATIENT_RESPONSE_EDEFAULT);
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
			case ClinicalPackage.DELIVERED_INTERVENTION__MODALITY_ID:
				return MODALITY_ID_EDEFAULT == null ? modalityId != null : !MODALITY_ID_EDEFAULT.equals(modalityId);
			case ClinicalPackage.DELIVERED_INTERVENTION__PLANNED:
				return planned != null;
			case ClinicalPackage.DELIVERED_INTERVENTION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ClinicalPackage.DELIVERED_INTERVENTION__PATIENT_RESPONSE:
				return PATIENT_RESPONSE_EDEFAULT == null ? patientResponse != null : !PATIENT_RESPONSE_EDEFAULT.equals(patientResponse);
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
		result.append(", patientResponse: ");
		result.append(patientResponse);
		result.append(')');
		return result.toString();
	}

} //DeliveredInterventionImpl
