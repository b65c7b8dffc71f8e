/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Episode Of Care</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One course of care for one condition, from referral to discharge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getConditionCode <em>Condition Code</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getStatus <em>Status</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getReferral <em>Referral</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getHomeProgrammes <em>Home Programmes</em>}</li>
 *   <li>{@link org.physiobench.model.api.EpisodeOfCare#getDischarge <em>Discharge</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare()
 * @model
 * @generated
 */
public interface EpisodeOfCare extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition treated, in words (e.g. non-specific low back pain).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.EpisodeOfCare#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Condition Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A diagnosis code if one was given (e.g. ICD-10 M54.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Code</em>' attribute.
	 * @see #setConditionCode(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_ConditionCode()
	 * @model
	 * @generated
	 */
	String getConditionCode();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.EpisodeOfCare#getConditionCode <em>Condition Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition Code</em>' attribute.
	 * @see #getConditionCode()
	 * @generated
	 */
	void setConditionCode(String value);

	/**
	 * Returns the value of the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Onset Date</em>' attribute.
	 * @see #setOnsetDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_OnsetDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getOnsetDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.EpisodeOfCare#getOnsetDate <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onset Date</em>' attribute.
	 * @see #getOnsetDate()
	 * @generated
	 */
	void setOnsetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first day of care in this episode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_StartDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.EpisodeOfCare#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.EpisodeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.physiobench.model.api.EpisodeStatus
	 * @see #setStatus(EpisodeStatus)
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_Status()
	 * @model
	 * @generated
	 */
	EpisodeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.EpisodeOfCare#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.physiobench.model.api.EpisodeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EpisodeStatus value);

	/**
	 * Returns the value of the '<em><b>Referral</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referral</em>' containment reference.
	 * @see #setReferral(Referral)
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_Referral()
	 * @model containment="true"
	 * @generated
	 */
	Referral getReferral();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.EpisodeOfCare#getReferral <em>Referral</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referral</em>' containment reference.
	 * @see #getReferral()
	 * @generated
	 */
	void setReferral(Referral value);

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.TreatmentPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<TreatmentPlan> getPlans();

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Session}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

	/**
	 * Returns the value of the '<em><b>Home Programmes</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.HomeProgramme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Home Programmes</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_HomeProgrammes()
	 * @model containment="true"
	 * @generated
	 */
	EList<HomeProgramme> getHomeProgrammes();

	/**
	 * Returns the value of the '<em><b>Discharge</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discharge</em>' containment reference.
	 * @see #setDischarge(Discharge)
	 * @see org.physiobench.model.api.ClinicalPackage#getEpisodeOfCare_Discharge()
	 * @model containment="true"
	 * @generated
	 */
	Discharge getDischarge();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.EpisodeOfCare#getDischarge <em>Discharge</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharge</em>' containment reference.
	 * @see #getDischarge()
	 * @generated
	 */
	void setDischarge(Discharge value);

} // EpisodeOfCare
