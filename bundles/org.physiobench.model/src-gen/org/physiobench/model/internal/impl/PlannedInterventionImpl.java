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

import org.physiobench.core.api.TreatmentComponent;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Parameter;
import org.physiobench.model.api.PlannedIntervention;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planned Intervention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.PlannedInterventionImpl#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlannedInterventionImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlannedInterventionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlannedInterventionImpl#getTimesPerWeek <em>Times Per Week</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlannedInterventionImpl#getDurationWeeks <em>Duration Weeks</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlannedInterventionImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlannedInterventionImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlannedInterventionImpl extends IdentifiableImpl implements PlannedIntervention {
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
	 * The default value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected static final TreatmentComponent COMPONENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected TreatmentComponent component = COMPONENT_EDEFAULT;

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
	 * The default value of the '{@link #getTimesPerWeek() <em>Times Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimesPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TIMES_PER_WEEK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimesPerWeek() <em>Times Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimesPerWeek()
	 * @generated
	 * @ordered
	 */
	protected Integer timesPerWeek = TIMES_PER_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationWeeks() <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationWeeks()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DURATION_WEEKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDurationWeeks() <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationWeeks()
	 * @generated
	 * @ordered
	 */
	protected Integer durationWeeks = DURATION_WEEKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlannedInterventionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.PLANNED_INTERVENTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLANNED_INTERVENTION__MODALITY_ID, oldModalityId, modalityId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatmentComponent getComponent() {
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComponent(TreatmentComponent newComponent) {
		TreatmentComponent oldComponent = component;
		component = newComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLANNED_INTERVENTION__COMPONENT, oldComponent, component));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ClinicalPackage.PLANNED_INTERVENTION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTimesPerWeek() {
		return timesPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimesPerWeek(Integer newTimesPerWeek) {
		Integer oldTimesPerWeek = timesPerWeek;
		timesPerWeek = newTimesPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLANNED_INTERVENTION__TIMES_PER_WEEK, oldTimesPerWeek, timesPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDurationWeeks() {
		return durationWeeks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationWeeks(Integer newDurationWeeks) {
		Integer oldDurationWeeks = durationWeeks;
		durationWeeks = newDurationWeeks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLANNED_INTERVENTION__DURATION_WEEKS, oldDurationWeeks, durationWeeks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLANNED_INTERVENTION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLANNED_INTERVENTION__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.PLANNED_INTERVENTION__PARAMETERS:
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
			case ClinicalPackage.PLANNED_INTERVENTION__MODALITY_ID:
				return getModalityId();
			case ClinicalPackage.PLANNED_INTERVENTION__COMPONENT:
				return getComponent();
			case ClinicalPackage.PLANNED_INTERVENTION__PARAMETERS:
				return getParameters();
			case ClinicalPackage.PLANNED_INTERVENTION__TIMES_PER_WEEK:
				return getTimesPerWeek();
			case ClinicalPackage.PLANNED_INTERVENTION__DURATION_WEEKS:
				return getDurationWeeks();
			case ClinicalPackage.PLANNED_INTERVENTION__RATIONALE:
				return getRationale();
			case ClinicalPackage.PLANNED_INTERVENTION__EVIDENCE:
				return getEvidence();
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
			case ClinicalPackage.PLANNED_INTERVENTION__MODALITY_ID:
				setModalityId((String)newValue);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__COMPONENT:
				setComponent((TreatmentComponent)newValue);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__TIMES_PER_WEEK:
				setTimesPerWeek((Integer)newValue);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__DURATION_WEEKS:
				setDurationWeeks((Integer)newValue);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__RATIONALE:
				setRationale((String)newValue);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__EVIDENCE:
				setEvidence((String)newValue);
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
			case ClinicalPackage.PLANNED_INTERVENTION__MODALITY_ID:
				setModalityId(MODALITY_ID_EDEFAULT);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__COMPONENT:
				setComponent(COMPONENT_EDEFAULT);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__PARAMETERS:
				getParameters().clear();
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__TIMES_PER_WEEK:
				setTimesPerWeek(TIMES_PER_WEEK_EDEFAULT);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__DURATION_WEEKS:
				setDurationWeeks(DURATION_WEEKS_EDEFAULT);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case ClinicalPackage.PLANNED_INTERVENTION__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
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
			case ClinicalPackage.PLANNED_INTERVENTION__MODALITY_ID:
				return MODALITY_ID_EDEFAULT == null ? modalityId != null : !MODALITY_ID_EDEFAULT.equals(modalityId);
			case ClinicalPackage.PLANNED_INTERVENTION__COMPONENT:
				return COMPONENT_EDEFAULT == null ? component != null : !COMPONENT_EDEFAULT.equals(component);
			case ClinicalPackage.PLANNED_INTERVENTION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ClinicalPackage.PLANNED_INTERVENTION__TIMES_PER_WEEK:
				return TIMES_PER_WEEK_EDEFAULT == null ? timesPerWeek != null : !TIMES_PER_WEEK_EDEFAULT.equals(timesPerWeek);
			case ClinicalPackage.PLANNED_INTERVENTION__DURATION_WEEKS:
				return DURATION_WEEKS_EDEFAULT == null ? durationWeeks != null : !DURATION_WEEKS_EDEFAULT.equals(durationWeeks);
			case ClinicalPackage.PLANNED_INTERVENTION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case ClinicalPackage.PLANNED_INTERVENTION__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
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
		result.append(", component: ");
		result.append(component);
		result.append(", timesPerWeek: ");
		result.append(timesPerWeek);
		result.append(", durationWeeks: ");
		result.append(durationWeeks);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(')');
		return result.toString();
	}

} //PlannedInterventionImpl
