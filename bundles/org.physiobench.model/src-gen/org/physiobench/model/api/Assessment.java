/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An intake assessment or a re-assessment: history, lifestyle, the pain, red-flag screening, examination and outcome measures.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Assessment#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getMedicalHistory <em>Medical History</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getLifestyle <em>Lifestyle</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getPain <em>Pain</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getRedFlagScreening <em>Red Flag Screening</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getExamination <em>Examination</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getAdministrations <em>Administrations</em>}</li>
 *   <li>{@link org.physiobench.model.api.Assessment#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_Date()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Therapist Id</em>' attribute.
	 * @see #setTherapistId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_TherapistId()
	 * @model
	 * @generated
	 */
	String getTherapistId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getTherapistId <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Therapist Id</em>' attribute.
	 * @see #getTherapistId()
	 * @generated
	 */
	void setTherapistId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.AssessmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.physiobench.model.api.AssessmentKind
	 * @see #setKind(AssessmentKind)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_Kind()
	 * @model
	 * @generated
	 */
	AssessmentKind getKind();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.physiobench.model.api.AssessmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssessmentKind value);

	/**
	 * Returns the value of the '<em><b>Medical History</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medical History</em>' containment reference.
	 * @see #setMedicalHistory(MedicalHistory)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_MedicalHistory()
	 * @model containment="true"
	 * @generated
	 */
	MedicalHistory getMedicalHistory();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getMedicalHistory <em>Medical History</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medical History</em>' containment reference.
	 * @see #getMedicalHistory()
	 * @generated
	 */
	void setMedicalHistory(MedicalHistory value);

	/**
	 * Returns the value of the '<em><b>Lifestyle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lifestyle</em>' containment reference.
	 * @see #setLifestyle(Lifestyle)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_Lifestyle()
	 * @model containment="true"
	 * @generated
	 */
	Lifestyle getLifestyle();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getLifestyle <em>Lifestyle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifestyle</em>' containment reference.
	 * @see #getLifestyle()
	 * @generated
	 */
	void setLifestyle(Lifestyle value);

	/**
	 * Returns the value of the '<em><b>Pain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pain</em>' containment reference.
	 * @see #setPain(PainDescription)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_Pain()
	 * @model containment="true"
	 * @generated
	 */
	PainDescription getPain();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getPain <em>Pain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain</em>' containment reference.
	 * @see #getPain()
	 * @generated
	 */
	void setPain(PainDescription value);

	/**
	 * Returns the value of the '<em><b>Red Flag Screening</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Red Flag Screening</em>' containment reference.
	 * @see #setRedFlagScreening(RedFlagScreening)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_RedFlagScreening()
	 * @model containment="true"
	 * @generated
	 */
	RedFlagScreening getRedFlagScreening();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getRedFlagScreening <em>Red Flag Screening</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Flag Screening</em>' containment reference.
	 * @see #getRedFlagScreening()
	 * @generated
	 */
	void setRedFlagScreening(RedFlagScreening value);

	/**
	 * Returns the value of the '<em><b>Examination</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Examination</em>' containment reference.
	 * @see #setExamination(PhysicalExamination)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_Examination()
	 * @model containment="true"
	 * @generated
	 */
	PhysicalExamination getExamination();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getExamination <em>Examination</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Examination</em>' containment reference.
	 * @see #getExamination()
	 * @generated
	 */
	void setExamination(PhysicalExamination value);

	/**
	 * Returns the value of the '<em><b>Administrations</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.InstrumentAdministration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Administrations</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_Administrations()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstrumentAdministration> getAdministrations();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getAssessment_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Assessment#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Assessment
