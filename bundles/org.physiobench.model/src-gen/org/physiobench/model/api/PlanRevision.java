/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Revision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of a treatment plan: who made it, when and why (the patient-centred adjustment), and the complete goals and interventions it sets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getRevisionNumber <em>Revision Number</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getReason <em>Reason</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#isAgreedWithPatient <em>Agreed With Patient</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getClassification <em>Classification</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getVisitsPerWeek <em>Visits Per Week</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getDurationWeeks <em>Duration Weeks</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getRejectedSuggestions <em>Rejected Suggestions</em>}</li>
 *   <li>{@link org.physiobench.model.api.PlanRevision#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision()
 * @model
 * @generated
 */
public interface PlanRevision extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Revision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision Number</em>' attribute.
	 * @see #setRevisionNumber(int)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_RevisionNumber()
	 * @model
	 * @generated
	 */
	int getRevisionNumber();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getRevisionNumber <em>Revision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision Number</em>' attribute.
	 * @see #getRevisionNumber()
	 * @generated
	 */
	void setRevisionNumber(int value);

	/**
	 * Returns the value of the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the therapist who made this revision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author Id</em>' attribute.
	 * @see #setAuthorId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_AuthorId()
	 * @model
	 * @generated
	 */
	String getAuthorId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getAuthorId <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Id</em>' attribute.
	 * @see #getAuthorId()
	 * @generated
	 */
	void setAuthorId(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_CreatedAt()
	 * @model dataType="org.physiobench.model.api.Timestamp"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Agreed With Patient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreed With Patient</em>' attribute.
	 * @see #setAgreedWithPatient(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_AgreedWithPatient()
	 * @model
	 * @generated
	 */
	boolean isAgreedWithPatient();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#isAgreedWithPatient <em>Agreed With Patient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreed With Patient</em>' attribute.
	 * @see #isAgreedWithPatient()
	 * @generated
	 */
	void setAgreedWithPatient(boolean value);

	/**
	 * Returns the value of the '<em><b>Classification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rationale's classification or risk group, e.g. STarT Back medium risk, treatment-based classification movement control.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classification</em>' attribute.
	 * @see #setClassification(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_Classification()
	 * @model
	 * @generated
	 */
	String getClassification();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getClassification <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification</em>' attribute.
	 * @see #getClassification()
	 * @generated
	 */
	void setClassification(String value);

	/**
	 * Returns the value of the '<em><b>Visits Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visits Per Week</em>' attribute.
	 * @see #setVisitsPerWeek(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_VisitsPerWeek()
	 * @model
	 * @generated
	 */
	Integer getVisitsPerWeek();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getVisitsPerWeek <em>Visits Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visits Per Week</em>' attribute.
	 * @see #getVisitsPerWeek()
	 * @generated
	 */
	void setVisitsPerWeek(Integer value);

	/**
	 * Returns the value of the '<em><b>Duration Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Weeks</em>' attribute.
	 * @see #setDurationWeeks(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_DurationWeeks()
	 * @model
	 * @generated
	 */
	Integer getDurationWeeks();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getDurationWeeks <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Weeks</em>' attribute.
	 * @see #getDurationWeeks()
	 * @generated
	 */
	void setDurationWeeks(Integer value);

	/**
	 * Returns the value of the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Date</em>' attribute.
	 * @see #setReviewDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_ReviewDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getReviewDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PlanRevision#getReviewDate <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Date</em>' attribute.
	 * @see #getReviewDate()
	 * @generated
	 */
	void setReviewDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.PlannedIntervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlannedIntervention> getInterventions();

	/**
	 * Returns the value of the '<em><b>Rejected Suggestions</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.RejectedSuggestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suggestions of the clinical rules the therapist decided against, with why; carried into later revisions, so a rejected suggestion is not offered again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejected Suggestions</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_RejectedSuggestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<RejectedSuggestion> getRejectedSuggestions();

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.ContraindicationOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contraindications the therapist decided to go against in this revision: an override of a block or the acknowledgement of a warning, each with its reason. A blocked or warned intervention is not saved without one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPlanRevision_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContraindicationOverride> getOverrides();

} // PlanRevision
