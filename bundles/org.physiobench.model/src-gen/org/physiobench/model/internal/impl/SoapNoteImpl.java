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
import org.physiobench.model.api.SoapNote;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Soap Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.SoapNoteImpl#getSubjective <em>Subjective</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SoapNoteImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SoapNoteImpl#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SoapNoteImpl#getPlan <em>Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SoapNoteImpl extends MinimalEObjectImpl.Container implements SoapNote {
	/**
	 * The default value of the '{@link #getSubjective() <em>Subjective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjective()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjective() <em>Subjective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjective()
	 * @generated
	 * @ordered
	 */
	protected String subjective = SUBJECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected String objective = OBJECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessment() <em>Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessment()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSESSMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessment() <em>Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessment()
	 * @generated
	 * @ordered
	 */
	protected String assessment = ASSESSMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlan() <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected String plan = PLAN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SoapNoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.SOAP_NOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjective() {
		return subjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjective(String newSubjective) {
		String oldSubjective = subjective;
		subjective = newSubjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SOAP_NOTE__SUBJECTIVE, oldSubjective, subjective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjective() {
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjective(String newObjective) {
		String oldObjective = objective;
		objective = newObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SOAP_NOTE__OBJECTIVE, oldObjective, objective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssessment() {
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessment(String newAssessment) {
		String oldAssessment = assessment;
		assessment = newAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SOAP_NOTE__ASSESSMENT, oldAssessment, assessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(String newPlan) {
		String oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SOAP_NOTE__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.SOAP_NOTE__SUBJECTIVE:
				return getSubjective();
			case ClinicalPackage.SOAP_NOTE__OBJECTIVE:
				return getObjective();
			case ClinicalPackage.SOAP_NOTE__ASSESSMENT:
				return getAssessment();
			case ClinicalPackage.SOAP_NOTE__PLAN:
				return getPlan();
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
			case ClinicalPackage.SOAP_NOTE__SUBJECTIVE:
				setSubjective((String)newValue);
				return;
			case ClinicalPackage.SOAP_NOTE__OBJECTIVE:
				setObjective((String)newValue);
				return;
			case ClinicalPackage.SOAP_NOTE__ASSESSMENT:
				setAssessment((String)newValue);
				return;
			case ClinicalPackage.SOAP_NOTE__PLAN:
				setPlan((String)newValue);
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
			case ClinicalPackage.SOAP_NOTE__SUBJECTIVE:
				setSubjective(SUBJECTIVE_EDEFAULT);
				return;
			case ClinicalPackage.SOAP_NOTE__OBJECTIVE:
				setObjective(OBJECTIVE_EDEFAULT);
				return;
			case ClinicalPackage.SOAP_NOTE__ASSESSMENT:
				setAssessment(ASSESSMENT_EDEFAULT);
				return;
			case ClinicalPackage.SOAP_NOTE__PLAN:
				setPlan(PLAN_EDEFAULT);
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
			case ClinicalPackage.SOAP_NOTE__SUBJECTIVE:
				return SUBJECTIVE_EDEFAULT == null ? subjective != null : !SUBJECTIVE_EDEFAULT.equals(subjective);
			case ClinicalPackage.SOAP_NOTE__OBJECTIVE:
				return OBJECTIVE_EDEFAULT == null ? objective != null : !OBJECTIVE_EDEFAULT.equals(objective);
			case ClinicalPackage.SOAP_NOTE__ASSESSMENT:
				return ASSESSMENT_EDEFAULT == null ? assessment != null : !ASSESSMENT_EDEFAULT.equals(assessment);
			case ClinicalPackage.SOAP_NOTE__PLAN:
				return PLAN_EDEFAULT == null ? plan != null : !PLAN_EDEFAULT.equals(plan);
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
		result.append(" (subjective: ");
		result.append(subjective);
		result.append(", objective: ");
		result.append(objective);
		result.append(", assessment: ");
		result.append(assessment);
		result.append(", plan: ");
		result.append(plan);
		result.append(')');
		return result.toString();
	}

} //SoapNoteImpl
