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
 * A representation of the model object '<em><b>Medical Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A medical review of red-flag findings (e.g. the GP or the emergency department saw the patient): when, by whom, its outcome, the findings it covers, and who recorded it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.MedicalReview#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalReview#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalReview#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalReview#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalReview#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalReview#getRecordedAt <em>Recorded At</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getMedicalReview()
 * @model
 * @generated
 */
public interface MedicalReview extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day of the review; it covers the findings answered "yes" on or before that day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalReview_Date()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalReview#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who reviewed the patient, e.g. Dr A. Example, general practitioner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalReview_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalReview#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome in words, e.g. GP: no serious pathology, treatment may proceed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalReview_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalReview#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer keys of the red-flag findings the review covers (e.g. history-of-cancer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' attribute list.
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalReview_Findings()
	 * @model
	 * @generated
	 */
	EList<String> getFindings();

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user who recorded the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalReview_RecordedBy()
	 * @model
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalReview#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(Instant)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalReview_RecordedAt()
	 * @model dataType="org.physiobench.model.api.Timestamp"
	 * @generated
	 */
	Instant getRecordedAt();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalReview#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(Instant value);

} // MedicalReview
