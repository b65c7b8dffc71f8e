/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The clinical record of PhysioBench: a patient with episodes of care for low back pain, their assessments, treatment plans (every revision kept), sessions, home programmes and discharge, and the therapists who author them.
 * 
 * Aggregate: a Patient contains everything recorded about them, so one patient is one document for the store. Therapists are a separate aggregate; records name their author by the therapist's id.
 * Every record (a subclass of Identifiable) carries a stable UUID string id; the parts of a record (answers, regions, parameters) are values without ids.
 * <!-- end-model-doc -->
 * @see org.physiobench.model.api.ClinicalFactory
 * @model kind="package"
 * @generated
 */
public interface ClinicalPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.physiobench.org/model/clinical/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "clinical";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClinicalPackage eINSTANCE = org.physiobench.model.internal.impl.ClinicalPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.IdentifiableImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.TherapistImpl <em>Therapist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.TherapistImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTherapist()
	 * @generated
	 */
	int THERAPIST = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST__USERNAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST__DISPLAY_NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Registration Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST__REGISTRATION_NUMBER = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST__EMAIL = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST__ACTIVE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Therapist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Therapist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THERAPIST_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.PatientImpl <em>Patient</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.PatientImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPatient()
	 * @generated
	 */
	int PATIENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Identifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__IDENTIFIERS = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__GIVEN_NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__FAMILY_NAME = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__BIRTH_DATE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__SEX = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Preferred Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__PREFERRED_LANGUAGE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__CONTACT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Episodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__EPISODES = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Medical Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__MEDICAL_REVIEWS = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.MedicalReviewImpl <em>Medical Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.MedicalReviewImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedicalReview()
	 * @generated
	 */
	int MEDICAL_REVIEW = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW__DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW__REVIEWER = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW__OUTCOME = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW__FINDINGS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW__RECORDED_BY = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW__RECORDED_AT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Medical Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Medical Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_REVIEW_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.IdentifierImpl <em>Identifier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.IdentifierImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 4;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__SYSTEM = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.ContactDetailsImpl <em>Contact Details</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.ContactDetailsImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getContactDetails()
	 * @generated
	 */
	int CONTACT_DETAILS = 5;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__PHONE = 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__EMAIL = 1;

	/**
	 * The feature id for the '<em><b>Address Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__ADDRESS_LINE = 2;

	/**
	 * The feature id for the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__POSTAL_CODE = 3;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__CITY = 4;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__COUNTRY = 5;

	/**
	 * The feature id for the '<em><b>Emergency Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__EMERGENCY_CONTACT = 6;

	/**
	 * The number of structural features of the '<em>Contact Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Contact Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl <em>Episode Of Care</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.EpisodeOfCareImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getEpisodeOfCare()
	 * @generated
	 */
	int EPISODE_OF_CARE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__CONDITION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__CONDITION_CODE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__ONSET_DATE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__START_DATE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__STATUS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Referral</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__REFERRAL = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__ASSESSMENTS = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__PLANS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__SESSIONS = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Home Programmes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__HOME_PROGRAMMES = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Discharge</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__DISCHARGE = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Episode Of Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Episode Of Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.ReferralImpl <em>Referral</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.ReferralImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getReferral()
	 * @generated
	 */
	int REFERRAL = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Referrer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REFERRER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__DATE = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REASON = 3;

	/**
	 * The number of structural features of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.AssessmentImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__THERAPIST_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__KIND = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Medical History</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MEDICAL_HISTORY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lifestyle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__LIFESTYLE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PAIN = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Red Flag Screening</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RED_FLAG_SCREENING = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Examination</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__EXAMINATION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Administrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ADMINISTRATIONS = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__NOTES = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.MedicalHistoryImpl <em>Medical History</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.MedicalHistoryImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedicalHistory()
	 * @generated
	 */
	int MEDICAL_HISTORY = 9;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_HISTORY__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Medications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_HISTORY__MEDICATIONS = 1;

	/**
	 * The feature id for the '<em><b>Surgeries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_HISTORY__SURGERIES = 2;

	/**
	 * The feature id for the '<em><b>Previous Episodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_HISTORY__PREVIOUS_EPISODES = 3;

	/**
	 * The number of structural features of the '<em>Medical History</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_HISTORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Medical History</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_HISTORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.MedicalConditionImpl <em>Medical Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.MedicalConditionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedicalCondition()
	 * @generated
	 */
	int MEDICAL_CONDITION = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_CONDITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Condition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_CONDITION__CONDITION_ID = 1;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_CONDITION__SINCE = 2;

	/**
	 * The feature id for the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_CONDITION__CURRENT = 3;

	/**
	 * The number of structural features of the '<em>Medical Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_CONDITION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Medical Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICAL_CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.MedicationImpl <em>Medication</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.MedicationImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedication()
	 * @generated
	 */
	int MEDICATION = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Dose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION__DOSE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION__REASON = 2;

	/**
	 * The number of structural features of the '<em>Medication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Medication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.SurgeryImpl <em>Surgery</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.SurgeryImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSurgery()
	 * @generated
	 */
	int SURGERY = 12;

	/**
	 * The feature id for the '<em><b>Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURGERY__PROCEDURE = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURGERY__DATE = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURGERY__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Surgery</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURGERY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Surgery</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURGERY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.LifestyleImpl <em>Lifestyle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.LifestyleImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getLifestyle()
	 * @generated
	 */
	int LIFESTYLE = 13;

	/**
	 * The feature id for the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__OCCUPATION = 0;

	/**
	 * The feature id for the '<em><b>Work Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__WORK_DEMAND = 1;

	/**
	 * The feature id for the '<em><b>Sitting Hours Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__SITTING_HOURS_PER_DAY = 2;

	/**
	 * The feature id for the '<em><b>Activity Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__ACTIVITY_LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Sports</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__SPORTS = 4;

	/**
	 * The feature id for the '<em><b>Competitive Athlete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__COMPETITIVE_ATHLETE = 5;

	/**
	 * The feature id for the '<em><b>Sleep Hours Per Night</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__SLEEP_HOURS_PER_NIGHT = 6;

	/**
	 * The feature id for the '<em><b>Sleep Disturbed By Pain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__SLEEP_DISTURBED_BY_PAIN = 7;

	/**
	 * The feature id for the '<em><b>Smoking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE__SMOKING = 8;

	/**
	 * The number of structural features of the '<em>Lifestyle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Lifestyle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFESTYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.PainDescriptionImpl <em>Pain Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.PainDescriptionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPainDescription()
	 * @generated
	 */
	int PAIN_DESCRIPTION = 14;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__REGIONS = 0;

	/**
	 * The feature id for the '<em><b>Radiates Below Knee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__RADIATES_BELOW_KNEE = 1;

	/**
	 * The feature id for the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__ONSET_DATE = 2;

	/**
	 * The feature id for the '<em><b>Onset Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__ONSET_MODE = 3;

	/**
	 * The feature id for the '<em><b>Duration Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__DURATION_CLASS = 4;

	/**
	 * The feature id for the '<em><b>Daily Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__DAILY_PATTERN = 5;

	/**
	 * The feature id for the '<em><b>Night Pain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__NIGHT_PAIN = 6;

	/**
	 * The feature id for the '<em><b>Morning Stiffness Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES = 7;

	/**
	 * The feature id for the '<em><b>Aggravating Factors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__AGGRAVATING_FACTORS = 8;

	/**
	 * The feature id for the '<em><b>Easing Factors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__EASING_FACTORS = 9;

	/**
	 * The feature id for the '<em><b>Current Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__CURRENT_INTENSITY = 10;

	/**
	 * The feature id for the '<em><b>Worst Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__WORST_INTENSITY = 11;

	/**
	 * The feature id for the '<em><b>Best Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION__BEST_INTENSITY = 12;

	/**
	 * The number of structural features of the '<em>Pain Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Pain Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.PainRegionImpl <em>Pain Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.PainRegionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPainRegion()
	 * @generated
	 */
	int PAIN_REGION = 15;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_REGION__REGION = 0;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_REGION__SIDE = 1;

	/**
	 * The number of structural features of the '<em>Pain Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_REGION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Pain Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.RedFlagScreeningImpl <em>Red Flag Screening</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.RedFlagScreeningImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRedFlagScreening()
	 * @generated
	 */
	int RED_FLAG_SCREENING = 16;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_SCREENING__ANSWERS = 0;

	/**
	 * The feature id for the '<em><b>Referred For Medical Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_SCREENING__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Red Flag Screening</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_SCREENING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Red Flag Screening</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_SCREENING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.RedFlagAnswerImpl <em>Red Flag Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.RedFlagAnswerImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRedFlagAnswer()
	 * @generated
	 */
	int RED_FLAG_ANSWER = 17;

	/**
	 * The feature id for the '<em><b>Question Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_ANSWER__QUESTION_ID = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_ANSWER__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_ANSWER__ANSWER = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_ANSWER__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Red Flag Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_ANSWER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Red Flag Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RED_FLAG_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.PhysicalExaminationImpl <em>Physical Examination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.PhysicalExaminationImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPhysicalExamination()
	 * @generated
	 */
	int PHYSICAL_EXAMINATION = 18;

	/**
	 * The feature id for the '<em><b>Range Of Motion</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_EXAMINATION__RANGE_OF_MOTION = 0;

	/**
	 * The feature id for the '<em><b>Straight Leg Raises</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES = 1;

	/**
	 * The feature id for the '<em><b>Neurological Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS = 2;

	/**
	 * The feature id for the '<em><b>Directional Preference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE = 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_EXAMINATION__NOTES = 4;

	/**
	 * The number of structural features of the '<em>Physical Examination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_EXAMINATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Physical Examination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_EXAMINATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.RangeOfMotionImpl <em>Range Of Motion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.RangeOfMotionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRangeOfMotion()
	 * @generated
	 */
	int RANGE_OF_MOTION = 19;

	/**
	 * The feature id for the '<em><b>Movement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_OF_MOTION__MOVEMENT = 0;

	/**
	 * The feature id for the '<em><b>Degrees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_OF_MOTION__DEGREES = 1;

	/**
	 * The feature id for the '<em><b>Painful</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_OF_MOTION__PAINFUL = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_OF_MOTION__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Range Of Motion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_OF_MOTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Range Of Motion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_OF_MOTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.StraightLegRaiseImpl <em>Straight Leg Raise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.StraightLegRaiseImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getStraightLegRaise()
	 * @generated
	 */
	int STRAIGHT_LEG_RAISE = 20;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRAIGHT_LEG_RAISE__SIDE = 0;

	/**
	 * The feature id for the '<em><b>Angle Degrees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRAIGHT_LEG_RAISE__ANGLE_DEGREES = 1;

	/**
	 * The feature id for the '<em><b>Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRAIGHT_LEG_RAISE__POSITIVE = 2;

	/**
	 * The number of structural features of the '<em>Straight Leg Raise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRAIGHT_LEG_RAISE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Straight Leg Raise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRAIGHT_LEG_RAISE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.NeurologicalFindingImpl <em>Neurological Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.NeurologicalFindingImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getNeurologicalFinding()
	 * @generated
	 */
	int NEUROLOGICAL_FINDING = 21;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROLOGICAL_FINDING__KIND = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROLOGICAL_FINDING__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROLOGICAL_FINDING__SIDE = 2;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROLOGICAL_FINDING__RESULT = 3;

	/**
	 * The number of structural features of the '<em>Neurological Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROLOGICAL_FINDING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Neurological Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROLOGICAL_FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.InstrumentAdministrationImpl <em>Instrument Administration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.InstrumentAdministrationImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getInstrumentAdministration()
	 * @generated
	 */
	int INSTRUMENT_ADMINISTRATION = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ADMINISTRATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ADMINISTRATION__DATE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ADMINISTRATION__ANSWERS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ADMINISTRATION__SCORES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Instrument Administration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ADMINISTRATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Instrument Administration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ADMINISTRATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.ItemAnswerImpl <em>Item Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.ItemAnswerImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getItemAnswer()
	 * @generated
	 */
	int ITEM_ANSWER = 23;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Item Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Item Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.ScoreImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 24;

	/**
	 * The feature id for the '<em><b>Score Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__SCORE_ID = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Interpretation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__INTERPRETATION = 2;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.TreatmentPlanImpl <em>Treatment Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.TreatmentPlanImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTreatmentPlan()
	 * @generated
	 */
	int TREATMENT_PLAN = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__START_DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__STATUS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__REVISIONS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Treatment Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Get Current Revision</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN___GET_CURRENT_REVISION = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Treatment Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.PlanRevisionImpl <em>Plan Revision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.PlanRevisionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPlanRevision()
	 * @generated
	 */
	int PLAN_REVISION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Revision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__REVISION_NUMBER = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__AUTHOR_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__CREATED_AT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__REASON = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Agreed With Patient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__AGREED_WITH_PATIENT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Classification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__CLASSIFICATION = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Visits Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__VISITS_PER_WEEK = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Duration Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__DURATION_WEEKS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__REVIEW_DATE = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__GOALS = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__INTERVENTIONS = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Rejected Suggestions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__REJECTED_SUGGESTIONS = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__OVERRIDES = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Plan Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Plan Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl <em>Contraindication Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.ContraindicationOverrideImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getContraindicationOverride()
	 * @generated
	 */
	int CONTRAINDICATION_OVERRIDE = 27;

	/**
	 * The feature id for the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE__MODALITY_ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Contraindications</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE__REASON = 3;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE__BY = 4;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE__AT = 5;

	/**
	 * The number of structural features of the '<em>Contraindication Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Contraindication Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAINDICATION_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.RejectedSuggestionImpl <em>Rejected Suggestion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.RejectedSuggestionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRejectedSuggestion()
	 * @generated
	 */
	int REJECTED_SUGGESTION = 28;

	/**
	 * The feature id for the '<em><b>Suggestion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SUGGESTION__SUGGESTION_ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SUGGESTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SUGGESTION__RATIONALE = 2;

	/**
	 * The number of structural features of the '<em>Rejected Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SUGGESTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Rejected Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SUGGESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.GoalImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__INSTRUMENT_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ACTIVITY = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__BASELINE_VALUE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGET_VALUE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__UNIT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGET_DATE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STATUS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.PlannedInterventionImpl <em>Planned Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.PlannedInterventionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPlannedIntervention()
	 * @generated
	 */
	int PLANNED_INTERVENTION = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__MODALITY_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__COMPONENT = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__PARAMETERS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Times Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__TIMES_PER_WEEK = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Duration Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__DURATION_WEEKS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__RATIONALE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION__EVIDENCE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Planned Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Planned Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_INTERVENTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.ParameterImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 31;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.SessionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__THERAPIST_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Soap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SOAP = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__INTERVENTIONS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pain Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PAIN_BEFORE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pain After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PAIN_AFTER = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Home Programme Adherence Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.SoapNoteImpl <em>Soap Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.SoapNoteImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSoapNote()
	 * @generated
	 */
	int SOAP_NOTE = 33;

	/**
	 * The feature id for the '<em><b>Subjective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOAP_NOTE__SUBJECTIVE = 0;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOAP_NOTE__OBJECTIVE = 1;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOAP_NOTE__ASSESSMENT = 2;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOAP_NOTE__PLAN = 3;

	/**
	 * The number of structural features of the '<em>Soap Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOAP_NOTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Soap Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOAP_NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.DeliveredInterventionImpl <em>Delivered Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.DeliveredInterventionImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDeliveredIntervention()
	 * @generated
	 */
	int DELIVERED_INTERVENTION = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERED_INTERVENTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERED_INTERVENTION__MODALITY_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Planned</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERED_INTERVENTION__PLANNED = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERED_INTERVENTION__PARAMETERS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Patient Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERED_INTERVENTION__PATIENT_RESPONSE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Delivered Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERED_INTERVENTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Delivered Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERED_INTERVENTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.HomeProgrammeImpl <em>Home Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.HomeProgrammeImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getHomeProgramme()
	 * @generated
	 */
	int HOME_PROGRAMME = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_PROGRAMME__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Issued Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_PROGRAMME__ISSUED_DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_PROGRAMME__THERAPIST_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Exercises</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_PROGRAMME__EXERCISES = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_PROGRAMME__NOTES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Home Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_PROGRAMME_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Home Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_PROGRAMME_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.HomeExerciseImpl <em>Home Exercise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.HomeExerciseImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getHomeExercise()
	 * @generated
	 */
	int HOME_EXERCISE = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE__MODALITY_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE__INSTRUCTIONS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE__PARAMETERS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Times Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE__TIMES_PER_DAY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Days Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE__DAYS_PER_WEEK = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Home Exercise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Home Exercise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_EXERCISE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.DischargeImpl <em>Discharge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.DischargeImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDischarge()
	 * @generated
	 */
	int DISCHARGE = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE__DATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE__THERAPIST_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE__REASON = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE__SUMMARY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Prevention Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE__PREVENTION_PLAN = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Discharge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Discharge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.internal.impl.PreventionPlanImpl <em>Prevention Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.internal.impl.PreventionPlanImpl
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPreventionPlan()
	 * @generated
	 */
	int PREVENTION_PLAN = 38;

	/**
	 * The feature id for the '<em><b>Self Management</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVENTION_PLAN__SELF_MANAGEMENT = 0;

	/**
	 * The feature id for the '<em><b>Home Programme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVENTION_PLAN__HOME_PROGRAMME = 1;

	/**
	 * The feature id for the '<em><b>Flare Up Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVENTION_PLAN__FLARE_UP_PLAN = 2;

	/**
	 * The feature id for the '<em><b>Warning Signs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVENTION_PLAN__WARNING_SIGNS = 3;

	/**
	 * The feature id for the '<em><b>Follow Up Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVENTION_PLAN__FOLLOW_UP_DATE = 4;

	/**
	 * The number of structural features of the '<em>Prevention Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVENTION_PLAN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Prevention Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVENTION_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.Sex
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 39;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.EpisodeStatus <em>Episode Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.EpisodeStatus
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getEpisodeStatus()
	 * @generated
	 */
	int EPISODE_STATUS = 40;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.AssessmentKind <em>Assessment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.AssessmentKind
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getAssessmentKind()
	 * @generated
	 */
	int ASSESSMENT_KIND = 41;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.WorkDemand <em>Work Demand</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.WorkDemand
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getWorkDemand()
	 * @generated
	 */
	int WORK_DEMAND = 42;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.ActivityLevel <em>Activity Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.ActivityLevel
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getActivityLevel()
	 * @generated
	 */
	int ACTIVITY_LEVEL = 43;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.SmokingStatus <em>Smoking Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.SmokingStatus
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSmokingStatus()
	 * @generated
	 */
	int SMOKING_STATUS = 44;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.BodyRegion <em>Body Region</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.BodyRegion
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getBodyRegion()
	 * @generated
	 */
	int BODY_REGION = 45;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.BodySide <em>Body Side</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.BodySide
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getBodySide()
	 * @generated
	 */
	int BODY_SIDE = 46;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.PainOnsetMode <em>Pain Onset Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.PainOnsetMode
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPainOnsetMode()
	 * @generated
	 */
	int PAIN_ONSET_MODE = 47;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.DurationClass <em>Duration Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.DurationClass
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDurationClass()
	 * @generated
	 */
	int DURATION_CLASS = 48;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.DailyPainPattern <em>Daily Pain Pattern</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.DailyPainPattern
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDailyPainPattern()
	 * @generated
	 */
	int DAILY_PAIN_PATTERN = 49;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.ScreeningAnswer <em>Screening Answer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.ScreeningAnswer
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getScreeningAnswer()
	 * @generated
	 */
	int SCREENING_ANSWER = 50;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.SpinalMovement <em>Spinal Movement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.SpinalMovement
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSpinalMovement()
	 * @generated
	 */
	int SPINAL_MOVEMENT = 51;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.NeurologicalTestKind <em>Neurological Test Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.NeurologicalTestKind
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getNeurologicalTestKind()
	 * @generated
	 */
	int NEUROLOGICAL_TEST_KIND = 52;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.NeurologicalResult <em>Neurological Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.NeurologicalResult
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getNeurologicalResult()
	 * @generated
	 */
	int NEUROLOGICAL_RESULT = 53;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.DirectionalPreference <em>Directional Preference</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.DirectionalPreference
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDirectionalPreference()
	 * @generated
	 */
	int DIRECTIONAL_PREFERENCE = 54;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.PlanStatus <em>Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.PlanStatus
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 55;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.GoalStatus <em>Goal Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.GoalStatus
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getGoalStatus()
	 * @generated
	 */
	int GOAL_STATUS = 56;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.DischargeReason <em>Discharge Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.DischargeReason
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDischargeReason()
	 * @generated
	 */
	int DISCHARGE_REASON = 57;

	/**
	 * The meta object id for the '{@link org.physiobench.model.api.OverrideKind <em>Override Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.model.api.OverrideKind
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getOverrideKind()
	 * @generated
	 */
	int OVERRIDE_KIND = 58;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 59;

	/**
	 * The meta object id for the '<em>Timestamp</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTimestamp()
	 * @generated
	 */
	int TIMESTAMP = 60;

	/**
	 * The meta object id for the '<em>Red Flag Category</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.core.api.RedFlagCategory
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRedFlagCategory()
	 * @generated
	 */
	int RED_FLAG_CATEGORY = 61;

	/**
	 * The meta object id for the '<em>Treatment Component</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.physiobench.core.api.TreatmentComponent
	 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTreatmentComponent()
	 * @generated
	 */
	int TREATMENT_COMPONENT = 62;


	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see org.physiobench.model.api.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.physiobench.model.api.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Therapist <em>Therapist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Therapist</em>'.
	 * @see org.physiobench.model.api.Therapist
	 * @generated
	 */
	EClass getTherapist();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Therapist#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.physiobench.model.api.Therapist#getUsername()
	 * @see #getTherapist()
	 * @generated
	 */
	EAttribute getTherapist_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Therapist#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.physiobench.model.api.Therapist#getDisplayName()
	 * @see #getTherapist()
	 * @generated
	 */
	EAttribute getTherapist_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Therapist#getRegistrationNumber <em>Registration Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration Number</em>'.
	 * @see org.physiobench.model.api.Therapist#getRegistrationNumber()
	 * @see #getTherapist()
	 * @generated
	 */
	EAttribute getTherapist_RegistrationNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Therapist#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.physiobench.model.api.Therapist#getEmail()
	 * @see #getTherapist()
	 * @generated
	 */
	EAttribute getTherapist_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Therapist#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.physiobench.model.api.Therapist#isActive()
	 * @see #getTherapist()
	 * @generated
	 */
	EAttribute getTherapist_Active();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient</em>'.
	 * @see org.physiobench.model.api.Patient
	 * @generated
	 */
	EClass getPatient();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.Patient#getIdentifiers <em>Identifiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Identifiers</em>'.
	 * @see org.physiobench.model.api.Patient#getIdentifiers()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_Identifiers();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Patient#getGivenName <em>Given Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name</em>'.
	 * @see org.physiobench.model.api.Patient#getGivenName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_GivenName();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Patient#getFamilyName <em>Family Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name</em>'.
	 * @see org.physiobench.model.api.Patient#getFamilyName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_FamilyName();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Patient#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.physiobench.model.api.Patient#getBirthDate()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Patient#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.physiobench.model.api.Patient#getSex()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Patient#getPreferredLanguage <em>Preferred Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Language</em>'.
	 * @see org.physiobench.model.api.Patient#getPreferredLanguage()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_PreferredLanguage();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Patient#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see org.physiobench.model.api.Patient#getContact()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_Contact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.Patient#getEpisodes <em>Episodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Episodes</em>'.
	 * @see org.physiobench.model.api.Patient#getEpisodes()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_Episodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.Patient#getMedicalReviews <em>Medical Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Medical Reviews</em>'.
	 * @see org.physiobench.model.api.Patient#getMedicalReviews()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_MedicalReviews();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.MedicalReview <em>Medical Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Medical Review</em>'.
	 * @see org.physiobench.model.api.MedicalReview
	 * @generated
	 */
	EClass getMedicalReview();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalReview#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.physiobench.model.api.MedicalReview#getDate()
	 * @see #getMedicalReview()
	 * @generated
	 */
	EAttribute getMedicalReview_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalReview#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.physiobench.model.api.MedicalReview#getReviewer()
	 * @see #getMedicalReview()
	 * @generated
	 */
	EAttribute getMedicalReview_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalReview#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.physiobench.model.api.MedicalReview#getOutcome()
	 * @see #getMedicalReview()
	 * @generated
	 */
	EAttribute getMedicalReview_Outcome();

	/**
	 * Returns the meta object for the attribute list '{@link org.physiobench.model.api.MedicalReview#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Findings</em>'.
	 * @see org.physiobench.model.api.MedicalReview#getFindings()
	 * @see #getMedicalReview()
	 * @generated
	 */
	EAttribute getMedicalReview_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalReview#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.physiobench.model.api.MedicalReview#getRecordedBy()
	 * @see #getMedicalReview()
	 * @generated
	 */
	EAttribute getMedicalReview_RecordedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalReview#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.physiobench.model.api.MedicalReview#getRecordedAt()
	 * @see #getMedicalReview()
	 * @generated
	 */
	EAttribute getMedicalReview_RecordedAt();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Identifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifier</em>'.
	 * @see org.physiobench.model.api.Identifier
	 * @generated
	 */
	EClass getIdentifier();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Identifier#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see org.physiobench.model.api.Identifier#getSystem()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_System();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Identifier#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.physiobench.model.api.Identifier#getValue()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_Value();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.ContactDetails <em>Contact Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Details</em>'.
	 * @see org.physiobench.model.api.ContactDetails
	 * @generated
	 */
	EClass getContactDetails();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContactDetails#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.physiobench.model.api.ContactDetails#getPhone()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContactDetails#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.physiobench.model.api.ContactDetails#getEmail()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContactDetails#getAddressLine <em>Address Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address Line</em>'.
	 * @see org.physiobench.model.api.ContactDetails#getAddressLine()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_AddressLine();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContactDetails#getPostalCode <em>Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postal Code</em>'.
	 * @see org.physiobench.model.api.ContactDetails#getPostalCode()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_PostalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContactDetails#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.physiobench.model.api.ContactDetails#getCity()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_City();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContactDetails#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.physiobench.model.api.ContactDetails#getCountry()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContactDetails#getEmergencyContact <em>Emergency Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency Contact</em>'.
	 * @see org.physiobench.model.api.ContactDetails#getEmergencyContact()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_EmergencyContact();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.EpisodeOfCare <em>Episode Of Care</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Episode Of Care</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare
	 * @generated
	 */
	EClass getEpisodeOfCare();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.EpisodeOfCare#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getCondition()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.EpisodeOfCare#getConditionCode <em>Condition Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition Code</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getConditionCode()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_ConditionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.EpisodeOfCare#getOnsetDate <em>Onset Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onset Date</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getOnsetDate()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_OnsetDate();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.EpisodeOfCare#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getStartDate()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.EpisodeOfCare#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getStatus()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.EpisodeOfCare#getReferral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Referral</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getReferral()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Referral();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.EpisodeOfCare#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getAssessments()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.EpisodeOfCare#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getPlans()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.EpisodeOfCare#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getSessions()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Sessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.EpisodeOfCare#getHomeProgrammes <em>Home Programmes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Home Programmes</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getHomeProgrammes()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_HomeProgrammes();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.EpisodeOfCare#getDischarge <em>Discharge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Discharge</em>'.
	 * @see org.physiobench.model.api.EpisodeOfCare#getDischarge()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Discharge();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Referral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Referral</em>'.
	 * @see org.physiobench.model.api.Referral
	 * @generated
	 */
	EClass getReferral();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Referral#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.physiobench.model.api.Referral#getSource()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Referral#getReferrerName <em>Referrer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referrer Name</em>'.
	 * @see org.physiobench.model.api.Referral#getReferrerName()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_ReferrerName();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Referral#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.physiobench.model.api.Referral#getDate()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Referral#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.physiobench.model.api.Referral#getReason()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Reason();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.physiobench.model.api.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Assessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.physiobench.model.api.Assessment#getDate()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Assessment#getTherapistId <em>Therapist Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Therapist Id</em>'.
	 * @see org.physiobench.model.api.Assessment#getTherapistId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_TherapistId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Assessment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.physiobench.model.api.Assessment#getKind()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Assessment#getMedicalHistory <em>Medical History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Medical History</em>'.
	 * @see org.physiobench.model.api.Assessment#getMedicalHistory()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_MedicalHistory();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Assessment#getLifestyle <em>Lifestyle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lifestyle</em>'.
	 * @see org.physiobench.model.api.Assessment#getLifestyle()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Lifestyle();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Assessment#getPain <em>Pain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pain</em>'.
	 * @see org.physiobench.model.api.Assessment#getPain()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Pain();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Assessment#getRedFlagScreening <em>Red Flag Screening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Red Flag Screening</em>'.
	 * @see org.physiobench.model.api.Assessment#getRedFlagScreening()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_RedFlagScreening();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Assessment#getExamination <em>Examination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Examination</em>'.
	 * @see org.physiobench.model.api.Assessment#getExamination()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Examination();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.Assessment#getAdministrations <em>Administrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Administrations</em>'.
	 * @see org.physiobench.model.api.Assessment#getAdministrations()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Administrations();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Assessment#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.physiobench.model.api.Assessment#getNotes()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Notes();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.MedicalHistory <em>Medical History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Medical History</em>'.
	 * @see org.physiobench.model.api.MedicalHistory
	 * @generated
	 */
	EClass getMedicalHistory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.MedicalHistory#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.physiobench.model.api.MedicalHistory#getConditions()
	 * @see #getMedicalHistory()
	 * @generated
	 */
	EReference getMedicalHistory_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.MedicalHistory#getMedications <em>Medications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Medications</em>'.
	 * @see org.physiobench.model.api.MedicalHistory#getMedications()
	 * @see #getMedicalHistory()
	 * @generated
	 */
	EReference getMedicalHistory_Medications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.MedicalHistory#getSurgeries <em>Surgeries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Surgeries</em>'.
	 * @see org.physiobench.model.api.MedicalHistory#getSurgeries()
	 * @see #getMedicalHistory()
	 * @generated
	 */
	EReference getMedicalHistory_Surgeries();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalHistory#getPreviousEpisodes <em>Previous Episodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Episodes</em>'.
	 * @see org.physiobench.model.api.MedicalHistory#getPreviousEpisodes()
	 * @see #getMedicalHistory()
	 * @generated
	 */
	EAttribute getMedicalHistory_PreviousEpisodes();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.MedicalCondition <em>Medical Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Medical Condition</em>'.
	 * @see org.physiobench.model.api.MedicalCondition
	 * @generated
	 */
	EClass getMedicalCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalCondition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.physiobench.model.api.MedicalCondition#getName()
	 * @see #getMedicalCondition()
	 * @generated
	 */
	EAttribute getMedicalCondition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalCondition#getConditionId <em>Condition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition Id</em>'.
	 * @see org.physiobench.model.api.MedicalCondition#getConditionId()
	 * @see #getMedicalCondition()
	 * @generated
	 */
	EAttribute getMedicalCondition_ConditionId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalCondition#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.physiobench.model.api.MedicalCondition#getSince()
	 * @see #getMedicalCondition()
	 * @generated
	 */
	EAttribute getMedicalCondition_Since();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.MedicalCondition#isCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current</em>'.
	 * @see org.physiobench.model.api.MedicalCondition#isCurrent()
	 * @see #getMedicalCondition()
	 * @generated
	 */
	EAttribute getMedicalCondition_Current();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Medication <em>Medication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Medication</em>'.
	 * @see org.physiobench.model.api.Medication
	 * @generated
	 */
	EClass getMedication();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Medication#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.physiobench.model.api.Medication#getName()
	 * @see #getMedication()
	 * @generated
	 */
	EAttribute getMedication_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Medication#getDose <em>Dose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose</em>'.
	 * @see org.physiobench.model.api.Medication#getDose()
	 * @see #getMedication()
	 * @generated
	 */
	EAttribute getMedication_Dose();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Medication#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.physiobench.model.api.Medication#getReason()
	 * @see #getMedication()
	 * @generated
	 */
	EAttribute getMedication_Reason();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Surgery <em>Surgery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Surgery</em>'.
	 * @see org.physiobench.model.api.Surgery
	 * @generated
	 */
	EClass getSurgery();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Surgery#getProcedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedure</em>'.
	 * @see org.physiobench.model.api.Surgery#getProcedure()
	 * @see #getSurgery()
	 * @generated
	 */
	EAttribute getSurgery_Procedure();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Surgery#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.physiobench.model.api.Surgery#getDate()
	 * @see #getSurgery()
	 * @generated
	 */
	EAttribute getSurgery_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Surgery#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.physiobench.model.api.Surgery#getNotes()
	 * @see #getSurgery()
	 * @generated
	 */
	EAttribute getSurgery_Notes();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Lifestyle <em>Lifestyle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lifestyle</em>'.
	 * @see org.physiobench.model.api.Lifestyle
	 * @generated
	 */
	EClass getLifestyle();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#getOccupation <em>Occupation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation</em>'.
	 * @see org.physiobench.model.api.Lifestyle#getOccupation()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_Occupation();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#getWorkDemand <em>Work Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work Demand</em>'.
	 * @see org.physiobench.model.api.Lifestyle#getWorkDemand()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_WorkDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#getSittingHoursPerDay <em>Sitting Hours Per Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sitting Hours Per Day</em>'.
	 * @see org.physiobench.model.api.Lifestyle#getSittingHoursPerDay()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_SittingHoursPerDay();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#getActivityLevel <em>Activity Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity Level</em>'.
	 * @see org.physiobench.model.api.Lifestyle#getActivityLevel()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_ActivityLevel();

	/**
	 * Returns the meta object for the attribute list '{@link org.physiobench.model.api.Lifestyle#getSports <em>Sports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sports</em>'.
	 * @see org.physiobench.model.api.Lifestyle#getSports()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_Sports();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#isCompetitiveAthlete <em>Competitive Athlete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Competitive Athlete</em>'.
	 * @see org.physiobench.model.api.Lifestyle#isCompetitiveAthlete()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_CompetitiveAthlete();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#getSleepHoursPerNight <em>Sleep Hours Per Night</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sleep Hours Per Night</em>'.
	 * @see org.physiobench.model.api.Lifestyle#getSleepHoursPerNight()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_SleepHoursPerNight();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#isSleepDisturbedByPain <em>Sleep Disturbed By Pain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sleep Disturbed By Pain</em>'.
	 * @see org.physiobench.model.api.Lifestyle#isSleepDisturbedByPain()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_SleepDisturbedByPain();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Lifestyle#getSmoking <em>Smoking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smoking</em>'.
	 * @see org.physiobench.model.api.Lifestyle#getSmoking()
	 * @see #getLifestyle()
	 * @generated
	 */
	EAttribute getLifestyle_Smoking();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.PainDescription <em>Pain Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pain Description</em>'.
	 * @see org.physiobench.model.api.PainDescription
	 * @generated
	 */
	EClass getPainDescription();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PainDescription#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.physiobench.model.api.PainDescription#getRegions()
	 * @see #getPainDescription()
	 * @generated
	 */
	EReference getPainDescription_Regions();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#isRadiatesBelowKnee <em>Radiates Below Knee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radiates Below Knee</em>'.
	 * @see org.physiobench.model.api.PainDescription#isRadiatesBelowKnee()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_RadiatesBelowKnee();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getOnsetDate <em>Onset Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onset Date</em>'.
	 * @see org.physiobench.model.api.PainDescription#getOnsetDate()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_OnsetDate();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getOnsetMode <em>Onset Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onset Mode</em>'.
	 * @see org.physiobench.model.api.PainDescription#getOnsetMode()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_OnsetMode();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getDurationClass <em>Duration Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Class</em>'.
	 * @see org.physiobench.model.api.PainDescription#getDurationClass()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_DurationClass();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getDailyPattern <em>Daily Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Daily Pattern</em>'.
	 * @see org.physiobench.model.api.PainDescription#getDailyPattern()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_DailyPattern();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#isNightPain <em>Night Pain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Night Pain</em>'.
	 * @see org.physiobench.model.api.PainDescription#isNightPain()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_NightPain();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getMorningStiffnessMinutes <em>Morning Stiffness Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Morning Stiffness Minutes</em>'.
	 * @see org.physiobench.model.api.PainDescription#getMorningStiffnessMinutes()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_MorningStiffnessMinutes();

	/**
	 * Returns the meta object for the attribute list '{@link org.physiobench.model.api.PainDescription#getAggravatingFactors <em>Aggravating Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aggravating Factors</em>'.
	 * @see org.physiobench.model.api.PainDescription#getAggravatingFactors()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_AggravatingFactors();

	/**
	 * Returns the meta object for the attribute list '{@link org.physiobench.model.api.PainDescription#getEasingFactors <em>Easing Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Easing Factors</em>'.
	 * @see org.physiobench.model.api.PainDescription#getEasingFactors()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_EasingFactors();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getCurrentIntensity <em>Current Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Intensity</em>'.
	 * @see org.physiobench.model.api.PainDescription#getCurrentIntensity()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_CurrentIntensity();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getWorstIntensity <em>Worst Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Intensity</em>'.
	 * @see org.physiobench.model.api.PainDescription#getWorstIntensity()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_WorstIntensity();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainDescription#getBestIntensity <em>Best Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Best Intensity</em>'.
	 * @see org.physiobench.model.api.PainDescription#getBestIntensity()
	 * @see #getPainDescription()
	 * @generated
	 */
	EAttribute getPainDescription_BestIntensity();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.PainRegion <em>Pain Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pain Region</em>'.
	 * @see org.physiobench.model.api.PainRegion
	 * @generated
	 */
	EClass getPainRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainRegion#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.physiobench.model.api.PainRegion#getRegion()
	 * @see #getPainRegion()
	 * @generated
	 */
	EAttribute getPainRegion_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PainRegion#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see org.physiobench.model.api.PainRegion#getSide()
	 * @see #getPainRegion()
	 * @generated
	 */
	EAttribute getPainRegion_Side();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.RedFlagScreening <em>Red Flag Screening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Red Flag Screening</em>'.
	 * @see org.physiobench.model.api.RedFlagScreening
	 * @generated
	 */
	EClass getRedFlagScreening();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.RedFlagScreening#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.physiobench.model.api.RedFlagScreening#getAnswers()
	 * @see #getRedFlagScreening()
	 * @generated
	 */
	EReference getRedFlagScreening_Answers();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RedFlagScreening#isReferredForMedicalReview <em>Referred For Medical Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referred For Medical Review</em>'.
	 * @see org.physiobench.model.api.RedFlagScreening#isReferredForMedicalReview()
	 * @see #getRedFlagScreening()
	 * @generated
	 */
	EAttribute getRedFlagScreening_ReferredForMedicalReview();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RedFlagScreening#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.physiobench.model.api.RedFlagScreening#getNotes()
	 * @see #getRedFlagScreening()
	 * @generated
	 */
	EAttribute getRedFlagScreening_Notes();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.RedFlagAnswer <em>Red Flag Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Red Flag Answer</em>'.
	 * @see org.physiobench.model.api.RedFlagAnswer
	 * @generated
	 */
	EClass getRedFlagAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RedFlagAnswer#getQuestionId <em>Question Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Id</em>'.
	 * @see org.physiobench.model.api.RedFlagAnswer#getQuestionId()
	 * @see #getRedFlagAnswer()
	 * @generated
	 */
	EAttribute getRedFlagAnswer_QuestionId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RedFlagAnswer#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.physiobench.model.api.RedFlagAnswer#getCategory()
	 * @see #getRedFlagAnswer()
	 * @generated
	 */
	EAttribute getRedFlagAnswer_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RedFlagAnswer#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.physiobench.model.api.RedFlagAnswer#getAnswer()
	 * @see #getRedFlagAnswer()
	 * @generated
	 */
	EAttribute getRedFlagAnswer_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RedFlagAnswer#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.physiobench.model.api.RedFlagAnswer#getNote()
	 * @see #getRedFlagAnswer()
	 * @generated
	 */
	EAttribute getRedFlagAnswer_Note();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.PhysicalExamination <em>Physical Examination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Physical Examination</em>'.
	 * @see org.physiobench.model.api.PhysicalExamination
	 * @generated
	 */
	EClass getPhysicalExamination();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PhysicalExamination#getRangeOfMotion <em>Range Of Motion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Range Of Motion</em>'.
	 * @see org.physiobench.model.api.PhysicalExamination#getRangeOfMotion()
	 * @see #getPhysicalExamination()
	 * @generated
	 */
	EReference getPhysicalExamination_RangeOfMotion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PhysicalExamination#getStraightLegRaises <em>Straight Leg Raises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Straight Leg Raises</em>'.
	 * @see org.physiobench.model.api.PhysicalExamination#getStraightLegRaises()
	 * @see #getPhysicalExamination()
	 * @generated
	 */
	EReference getPhysicalExamination_StraightLegRaises();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PhysicalExamination#getNeurologicalFindings <em>Neurological Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Neurological Findings</em>'.
	 * @see org.physiobench.model.api.PhysicalExamination#getNeurologicalFindings()
	 * @see #getPhysicalExamination()
	 * @generated
	 */
	EReference getPhysicalExamination_NeurologicalFindings();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PhysicalExamination#getDirectionalPreference <em>Directional Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Directional Preference</em>'.
	 * @see org.physiobench.model.api.PhysicalExamination#getDirectionalPreference()
	 * @see #getPhysicalExamination()
	 * @generated
	 */
	EAttribute getPhysicalExamination_DirectionalPreference();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PhysicalExamination#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.physiobench.model.api.PhysicalExamination#getNotes()
	 * @see #getPhysicalExamination()
	 * @generated
	 */
	EAttribute getPhysicalExamination_Notes();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.RangeOfMotion <em>Range Of Motion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Range Of Motion</em>'.
	 * @see org.physiobench.model.api.RangeOfMotion
	 * @generated
	 */
	EClass getRangeOfMotion();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RangeOfMotion#getMovement <em>Movement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Movement</em>'.
	 * @see org.physiobench.model.api.RangeOfMotion#getMovement()
	 * @see #getRangeOfMotion()
	 * @generated
	 */
	EAttribute getRangeOfMotion_Movement();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RangeOfMotion#getDegrees <em>Degrees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Degrees</em>'.
	 * @see org.physiobench.model.api.RangeOfMotion#getDegrees()
	 * @see #getRangeOfMotion()
	 * @generated
	 */
	EAttribute getRangeOfMotion_Degrees();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RangeOfMotion#isPainful <em>Painful</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Painful</em>'.
	 * @see org.physiobench.model.api.RangeOfMotion#isPainful()
	 * @see #getRangeOfMotion()
	 * @generated
	 */
	EAttribute getRangeOfMotion_Painful();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RangeOfMotion#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.physiobench.model.api.RangeOfMotion#getNote()
	 * @see #getRangeOfMotion()
	 * @generated
	 */
	EAttribute getRangeOfMotion_Note();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.StraightLegRaise <em>Straight Leg Raise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Straight Leg Raise</em>'.
	 * @see org.physiobench.model.api.StraightLegRaise
	 * @generated
	 */
	EClass getStraightLegRaise();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.StraightLegRaise#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see org.physiobench.model.api.StraightLegRaise#getSide()
	 * @see #getStraightLegRaise()
	 * @generated
	 */
	EAttribute getStraightLegRaise_Side();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.StraightLegRaise#getAngleDegrees <em>Angle Degrees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Angle Degrees</em>'.
	 * @see org.physiobench.model.api.StraightLegRaise#getAngleDegrees()
	 * @see #getStraightLegRaise()
	 * @generated
	 */
	EAttribute getStraightLegRaise_AngleDegrees();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.StraightLegRaise#isPositive <em>Positive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positive</em>'.
	 * @see org.physiobench.model.api.StraightLegRaise#isPositive()
	 * @see #getStraightLegRaise()
	 * @generated
	 */
	EAttribute getStraightLegRaise_Positive();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.NeurologicalFinding <em>Neurological Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Neurological Finding</em>'.
	 * @see org.physiobench.model.api.NeurologicalFinding
	 * @generated
	 */
	EClass getNeurologicalFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.NeurologicalFinding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.physiobench.model.api.NeurologicalFinding#getKind()
	 * @see #getNeurologicalFinding()
	 * @generated
	 */
	EAttribute getNeurologicalFinding_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.NeurologicalFinding#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.physiobench.model.api.NeurologicalFinding#getLevel()
	 * @see #getNeurologicalFinding()
	 * @generated
	 */
	EAttribute getNeurologicalFinding_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.NeurologicalFinding#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see org.physiobench.model.api.NeurologicalFinding#getSide()
	 * @see #getNeurologicalFinding()
	 * @generated
	 */
	EAttribute getNeurologicalFinding_Side();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.NeurologicalFinding#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.physiobench.model.api.NeurologicalFinding#getResult()
	 * @see #getNeurologicalFinding()
	 * @generated
	 */
	EAttribute getNeurologicalFinding_Result();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.InstrumentAdministration <em>Instrument Administration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Administration</em>'.
	 * @see org.physiobench.model.api.InstrumentAdministration
	 * @generated
	 */
	EClass getInstrumentAdministration();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.InstrumentAdministration#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see org.physiobench.model.api.InstrumentAdministration#getInstrumentId()
	 * @see #getInstrumentAdministration()
	 * @generated
	 */
	EAttribute getInstrumentAdministration_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.InstrumentAdministration#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.physiobench.model.api.InstrumentAdministration#getDate()
	 * @see #getInstrumentAdministration()
	 * @generated
	 */
	EAttribute getInstrumentAdministration_Date();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.InstrumentAdministration#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.physiobench.model.api.InstrumentAdministration#getAnswers()
	 * @see #getInstrumentAdministration()
	 * @generated
	 */
	EReference getInstrumentAdministration_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.InstrumentAdministration#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.physiobench.model.api.InstrumentAdministration#getScores()
	 * @see #getInstrumentAdministration()
	 * @generated
	 */
	EReference getInstrumentAdministration_Scores();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.ItemAnswer <em>Item Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Answer</em>'.
	 * @see org.physiobench.model.api.ItemAnswer
	 * @generated
	 */
	EClass getItemAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ItemAnswer#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.physiobench.model.api.ItemAnswer#getItemId()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ItemAnswer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.physiobench.model.api.ItemAnswer#getValue()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ItemAnswer#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.physiobench.model.api.ItemAnswer#getText()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_Text();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see org.physiobench.model.api.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Score#getScoreId <em>Score Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score Id</em>'.
	 * @see org.physiobench.model.api.Score#getScoreId()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_ScoreId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.physiobench.model.api.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Score#getInterpretation <em>Interpretation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interpretation</em>'.
	 * @see org.physiobench.model.api.Score#getInterpretation()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Interpretation();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.TreatmentPlan <em>Treatment Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Treatment Plan</em>'.
	 * @see org.physiobench.model.api.TreatmentPlan
	 * @generated
	 */
	EClass getTreatmentPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.TreatmentPlan#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.physiobench.model.api.TreatmentPlan#getStartDate()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.TreatmentPlan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.physiobench.model.api.TreatmentPlan#getStatus()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.TreatmentPlan#getRevisions <em>Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revisions</em>'.
	 * @see org.physiobench.model.api.TreatmentPlan#getRevisions()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EReference getTreatmentPlan_Revisions();

	/**
	 * Returns the meta object for the '{@link org.physiobench.model.api.TreatmentPlan#getCurrentRevision() <em>Get Current Revision</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Current Revision</em>' operation.
	 * @see org.physiobench.model.api.TreatmentPlan#getCurrentRevision()
	 * @generated
	 */
	EOperation getTreatmentPlan__GetCurrentRevision();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.PlanRevision <em>Plan Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Revision</em>'.
	 * @see org.physiobench.model.api.PlanRevision
	 * @generated
	 */
	EClass getPlanRevision();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getRevisionNumber <em>Revision Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision Number</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getRevisionNumber()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_RevisionNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getAuthorId()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getCreatedAt()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getReason()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#isAgreedWithPatient <em>Agreed With Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreed With Patient</em>'.
	 * @see org.physiobench.model.api.PlanRevision#isAgreedWithPatient()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_AgreedWithPatient();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getClassification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classification</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getClassification()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_Classification();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getVisitsPerWeek <em>Visits Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visits Per Week</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getVisitsPerWeek()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_VisitsPerWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getDurationWeeks <em>Duration Weeks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Weeks</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getDurationWeeks()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_DurationWeeks();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlanRevision#getReviewDate <em>Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Date</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getReviewDate()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_ReviewDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PlanRevision#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getGoals()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EReference getPlanRevision_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PlanRevision#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getInterventions()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EReference getPlanRevision_Interventions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PlanRevision#getRejectedSuggestions <em>Rejected Suggestions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rejected Suggestions</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getRejectedSuggestions()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EReference getPlanRevision_RejectedSuggestions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PlanRevision#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.physiobench.model.api.PlanRevision#getOverrides()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EReference getPlanRevision_Overrides();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.ContraindicationOverride <em>Contraindication Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contraindication Override</em>'.
	 * @see org.physiobench.model.api.ContraindicationOverride
	 * @generated
	 */
	EClass getContraindicationOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContraindicationOverride#getModalityId <em>Modality Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality Id</em>'.
	 * @see org.physiobench.model.api.ContraindicationOverride#getModalityId()
	 * @see #getContraindicationOverride()
	 * @generated
	 */
	EAttribute getContraindicationOverride_ModalityId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContraindicationOverride#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.physiobench.model.api.ContraindicationOverride#getKind()
	 * @see #getContraindicationOverride()
	 * @generated
	 */
	EAttribute getContraindicationOverride_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.physiobench.model.api.ContraindicationOverride#getContraindications <em>Contraindications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contraindications</em>'.
	 * @see org.physiobench.model.api.ContraindicationOverride#getContraindications()
	 * @see #getContraindicationOverride()
	 * @generated
	 */
	EAttribute getContraindicationOverride_Contraindications();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContraindicationOverride#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.physiobench.model.api.ContraindicationOverride#getReason()
	 * @see #getContraindicationOverride()
	 * @generated
	 */
	EAttribute getContraindicationOverride_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContraindicationOverride#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.physiobench.model.api.ContraindicationOverride#getBy()
	 * @see #getContraindicationOverride()
	 * @generated
	 */
	EAttribute getContraindicationOverride_By();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.ContraindicationOverride#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.physiobench.model.api.ContraindicationOverride#getAt()
	 * @see #getContraindicationOverride()
	 * @generated
	 */
	EAttribute getContraindicationOverride_At();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.RejectedSuggestion <em>Rejected Suggestion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rejected Suggestion</em>'.
	 * @see org.physiobench.model.api.RejectedSuggestion
	 * @generated
	 */
	EClass getRejectedSuggestion();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RejectedSuggestion#getSuggestionId <em>Suggestion Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suggestion Id</em>'.
	 * @see org.physiobench.model.api.RejectedSuggestion#getSuggestionId()
	 * @see #getRejectedSuggestion()
	 * @generated
	 */
	EAttribute getRejectedSuggestion_SuggestionId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RejectedSuggestion#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.physiobench.model.api.RejectedSuggestion#getTitle()
	 * @see #getRejectedSuggestion()
	 * @generated
	 */
	EAttribute getRejectedSuggestion_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.RejectedSuggestion#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.physiobench.model.api.RejectedSuggestion#getRationale()
	 * @see #getRejectedSuggestion()
	 * @generated
	 */
	EAttribute getRejectedSuggestion_Rationale();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.physiobench.model.api.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.physiobench.model.api.Goal#getDescription()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see org.physiobench.model.api.Goal#getInstrumentId()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see org.physiobench.model.api.Goal#getActivity()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getBaselineValue <em>Baseline Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Value</em>'.
	 * @see org.physiobench.model.api.Goal#getBaselineValue()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_BaselineValue();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.physiobench.model.api.Goal#getTargetValue()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.physiobench.model.api.Goal#getUnit()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getTargetDate <em>Target Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Date</em>'.
	 * @see org.physiobench.model.api.Goal#getTargetDate()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_TargetDate();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Goal#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.physiobench.model.api.Goal#getStatus()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Status();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.PlannedIntervention <em>Planned Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planned Intervention</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention
	 * @generated
	 */
	EClass getPlannedIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlannedIntervention#getModalityId <em>Modality Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality Id</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention#getModalityId()
	 * @see #getPlannedIntervention()
	 * @generated
	 */
	EAttribute getPlannedIntervention_ModalityId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlannedIntervention#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention#getComponent()
	 * @see #getPlannedIntervention()
	 * @generated
	 */
	EAttribute getPlannedIntervention_Component();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.PlannedIntervention#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention#getParameters()
	 * @see #getPlannedIntervention()
	 * @generated
	 */
	EReference getPlannedIntervention_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlannedIntervention#getTimesPerWeek <em>Times Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Times Per Week</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention#getTimesPerWeek()
	 * @see #getPlannedIntervention()
	 * @generated
	 */
	EAttribute getPlannedIntervention_TimesPerWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlannedIntervention#getDurationWeeks <em>Duration Weeks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Weeks</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention#getDurationWeeks()
	 * @see #getPlannedIntervention()
	 * @generated
	 */
	EAttribute getPlannedIntervention_DurationWeeks();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlannedIntervention#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention#getRationale()
	 * @see #getPlannedIntervention()
	 * @generated
	 */
	EAttribute getPlannedIntervention_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PlannedIntervention#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.physiobench.model.api.PlannedIntervention#getEvidence()
	 * @see #getPlannedIntervention()
	 * @generated
	 */
	EAttribute getPlannedIntervention_Evidence();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.physiobench.model.api.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.physiobench.model.api.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.physiobench.model.api.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.physiobench.model.api.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Session#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.physiobench.model.api.Session#getDate()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Session#getTherapistId <em>Therapist Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Therapist Id</em>'.
	 * @see org.physiobench.model.api.Session#getTherapistId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_TherapistId();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Session#getSoap <em>Soap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Soap</em>'.
	 * @see org.physiobench.model.api.Session#getSoap()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Soap();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.Session#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.physiobench.model.api.Session#getInterventions()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Interventions();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Session#getPainBefore <em>Pain Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pain Before</em>'.
	 * @see org.physiobench.model.api.Session#getPainBefore()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_PainBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Session#getPainAfter <em>Pain After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pain After</em>'.
	 * @see org.physiobench.model.api.Session#getPainAfter()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_PainAfter();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Session#getHomeProgrammeAdherencePercent <em>Home Programme Adherence Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Home Programme Adherence Percent</em>'.
	 * @see org.physiobench.model.api.Session#getHomeProgrammeAdherencePercent()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_HomeProgrammeAdherencePercent();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.SoapNote <em>Soap Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Soap Note</em>'.
	 * @see org.physiobench.model.api.SoapNote
	 * @generated
	 */
	EClass getSoapNote();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.SoapNote#getSubjective <em>Subjective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subjective</em>'.
	 * @see org.physiobench.model.api.SoapNote#getSubjective()
	 * @see #getSoapNote()
	 * @generated
	 */
	EAttribute getSoapNote_Subjective();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.SoapNote#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objective</em>'.
	 * @see org.physiobench.model.api.SoapNote#getObjective()
	 * @see #getSoapNote()
	 * @generated
	 */
	EAttribute getSoapNote_Objective();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.SoapNote#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessment</em>'.
	 * @see org.physiobench.model.api.SoapNote#getAssessment()
	 * @see #getSoapNote()
	 * @generated
	 */
	EAttribute getSoapNote_Assessment();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.SoapNote#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan</em>'.
	 * @see org.physiobench.model.api.SoapNote#getPlan()
	 * @see #getSoapNote()
	 * @generated
	 */
	EAttribute getSoapNote_Plan();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.DeliveredIntervention <em>Delivered Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delivered Intervention</em>'.
	 * @see org.physiobench.model.api.DeliveredIntervention
	 * @generated
	 */
	EClass getDeliveredIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.DeliveredIntervention#getModalityId <em>Modality Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality Id</em>'.
	 * @see org.physiobench.model.api.DeliveredIntervention#getModalityId()
	 * @see #getDeliveredIntervention()
	 * @generated
	 */
	EAttribute getDeliveredIntervention_ModalityId();

	/**
	 * Returns the meta object for the reference '{@link org.physiobench.model.api.DeliveredIntervention#getPlanned <em>Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Planned</em>'.
	 * @see org.physiobench.model.api.DeliveredIntervention#getPlanned()
	 * @see #getDeliveredIntervention()
	 * @generated
	 */
	EReference getDeliveredIntervention_Planned();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.DeliveredIntervention#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.physiobench.model.api.DeliveredIntervention#getParameters()
	 * @see #getDeliveredIntervention()
	 * @generated
	 */
	EReference getDeliveredIntervention_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.DeliveredIntervention#getPatientResponse <em>Patient Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Response</em>'.
	 * @see org.physiobench.model.api.DeliveredIntervention#getPatientResponse()
	 * @see #getDeliveredIntervention()
	 * @generated
	 */
	EAttribute getDeliveredIntervention_PatientResponse();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.HomeProgramme <em>Home Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Home Programme</em>'.
	 * @see org.physiobench.model.api.HomeProgramme
	 * @generated
	 */
	EClass getHomeProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.HomeProgramme#getIssuedDate <em>Issued Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued Date</em>'.
	 * @see org.physiobench.model.api.HomeProgramme#getIssuedDate()
	 * @see #getHomeProgramme()
	 * @generated
	 */
	EAttribute getHomeProgramme_IssuedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.HomeProgramme#getTherapistId <em>Therapist Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Therapist Id</em>'.
	 * @see org.physiobench.model.api.HomeProgramme#getTherapistId()
	 * @see #getHomeProgramme()
	 * @generated
	 */
	EAttribute getHomeProgramme_TherapistId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.HomeProgramme#getExercises <em>Exercises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exercises</em>'.
	 * @see org.physiobench.model.api.HomeProgramme#getExercises()
	 * @see #getHomeProgramme()
	 * @generated
	 */
	EReference getHomeProgramme_Exercises();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.HomeProgramme#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.physiobench.model.api.HomeProgramme#getNotes()
	 * @see #getHomeProgramme()
	 * @generated
	 */
	EAttribute getHomeProgramme_Notes();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.HomeExercise <em>Home Exercise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Home Exercise</em>'.
	 * @see org.physiobench.model.api.HomeExercise
	 * @generated
	 */
	EClass getHomeExercise();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.HomeExercise#getModalityId <em>Modality Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality Id</em>'.
	 * @see org.physiobench.model.api.HomeExercise#getModalityId()
	 * @see #getHomeExercise()
	 * @generated
	 */
	EAttribute getHomeExercise_ModalityId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.HomeExercise#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see org.physiobench.model.api.HomeExercise#getInstructions()
	 * @see #getHomeExercise()
	 * @generated
	 */
	EAttribute getHomeExercise_Instructions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.physiobench.model.api.HomeExercise#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.physiobench.model.api.HomeExercise#getParameters()
	 * @see #getHomeExercise()
	 * @generated
	 */
	EReference getHomeExercise_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.HomeExercise#getTimesPerDay <em>Times Per Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Times Per Day</em>'.
	 * @see org.physiobench.model.api.HomeExercise#getTimesPerDay()
	 * @see #getHomeExercise()
	 * @generated
	 */
	EAttribute getHomeExercise_TimesPerDay();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.HomeExercise#getDaysPerWeek <em>Days Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Per Week</em>'.
	 * @see org.physiobench.model.api.HomeExercise#getDaysPerWeek()
	 * @see #getHomeExercise()
	 * @generated
	 */
	EAttribute getHomeExercise_DaysPerWeek();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.Discharge <em>Discharge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Discharge</em>'.
	 * @see org.physiobench.model.api.Discharge
	 * @generated
	 */
	EClass getDischarge();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Discharge#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.physiobench.model.api.Discharge#getDate()
	 * @see #getDischarge()
	 * @generated
	 */
	EAttribute getDischarge_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Discharge#getTherapistId <em>Therapist Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Therapist Id</em>'.
	 * @see org.physiobench.model.api.Discharge#getTherapistId()
	 * @see #getDischarge()
	 * @generated
	 */
	EAttribute getDischarge_TherapistId();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Discharge#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.physiobench.model.api.Discharge#getReason()
	 * @see #getDischarge()
	 * @generated
	 */
	EAttribute getDischarge_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.Discharge#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.physiobench.model.api.Discharge#getSummary()
	 * @see #getDischarge()
	 * @generated
	 */
	EAttribute getDischarge_Summary();

	/**
	 * Returns the meta object for the containment reference '{@link org.physiobench.model.api.Discharge#getPreventionPlan <em>Prevention Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Prevention Plan</em>'.
	 * @see org.physiobench.model.api.Discharge#getPreventionPlan()
	 * @see #getDischarge()
	 * @generated
	 */
	EReference getDischarge_PreventionPlan();

	/**
	 * Returns the meta object for class '{@link org.physiobench.model.api.PreventionPlan <em>Prevention Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prevention Plan</em>'.
	 * @see org.physiobench.model.api.PreventionPlan
	 * @generated
	 */
	EClass getPreventionPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PreventionPlan#getSelfManagement <em>Self Management</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Management</em>'.
	 * @see org.physiobench.model.api.PreventionPlan#getSelfManagement()
	 * @see #getPreventionPlan()
	 * @generated
	 */
	EAttribute getPreventionPlan_SelfManagement();

	/**
	 * Returns the meta object for the reference '{@link org.physiobench.model.api.PreventionPlan#getHomeProgramme <em>Home Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Home Programme</em>'.
	 * @see org.physiobench.model.api.PreventionPlan#getHomeProgramme()
	 * @see #getPreventionPlan()
	 * @generated
	 */
	EReference getPreventionPlan_HomeProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PreventionPlan#getFlareUpPlan <em>Flare Up Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flare Up Plan</em>'.
	 * @see org.physiobench.model.api.PreventionPlan#getFlareUpPlan()
	 * @see #getPreventionPlan()
	 * @generated
	 */
	EAttribute getPreventionPlan_FlareUpPlan();

	/**
	 * Returns the meta object for the attribute list '{@link org.physiobench.model.api.PreventionPlan#getWarningSigns <em>Warning Signs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warning Signs</em>'.
	 * @see org.physiobench.model.api.PreventionPlan#getWarningSigns()
	 * @see #getPreventionPlan()
	 * @generated
	 */
	EAttribute getPreventionPlan_WarningSigns();

	/**
	 * Returns the meta object for the attribute '{@link org.physiobench.model.api.PreventionPlan#getFollowUpDate <em>Follow Up Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Date</em>'.
	 * @see org.physiobench.model.api.PreventionPlan#getFollowUpDate()
	 * @see #getPreventionPlan()
	 * @generated
	 */
	EAttribute getPreventionPlan_FollowUpDate();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.physiobench.model.api.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.EpisodeStatus <em>Episode Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Episode Status</em>'.
	 * @see org.physiobench.model.api.EpisodeStatus
	 * @generated
	 */
	EEnum getEpisodeStatus();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.AssessmentKind <em>Assessment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Kind</em>'.
	 * @see org.physiobench.model.api.AssessmentKind
	 * @generated
	 */
	EEnum getAssessmentKind();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.WorkDemand <em>Work Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Demand</em>'.
	 * @see org.physiobench.model.api.WorkDemand
	 * @generated
	 */
	EEnum getWorkDemand();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.ActivityLevel <em>Activity Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Level</em>'.
	 * @see org.physiobench.model.api.ActivityLevel
	 * @generated
	 */
	EEnum getActivityLevel();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.SmokingStatus <em>Smoking Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Smoking Status</em>'.
	 * @see org.physiobench.model.api.SmokingStatus
	 * @generated
	 */
	EEnum getSmokingStatus();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.BodyRegion <em>Body Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Body Region</em>'.
	 * @see org.physiobench.model.api.BodyRegion
	 * @generated
	 */
	EEnum getBodyRegion();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.BodySide <em>Body Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Body Side</em>'.
	 * @see org.physiobench.model.api.BodySide
	 * @generated
	 */
	EEnum getBodySide();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.PainOnsetMode <em>Pain Onset Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pain Onset Mode</em>'.
	 * @see org.physiobench.model.api.PainOnsetMode
	 * @generated
	 */
	EEnum getPainOnsetMode();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.DurationClass <em>Duration Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Duration Class</em>'.
	 * @see org.physiobench.model.api.DurationClass
	 * @generated
	 */
	EEnum getDurationClass();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.DailyPainPattern <em>Daily Pain Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Daily Pain Pattern</em>'.
	 * @see org.physiobench.model.api.DailyPainPattern
	 * @generated
	 */
	EEnum getDailyPainPattern();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.ScreeningAnswer <em>Screening Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screening Answer</em>'.
	 * @see org.physiobench.model.api.ScreeningAnswer
	 * @generated
	 */
	EEnum getScreeningAnswer();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.SpinalMovement <em>Spinal Movement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Spinal Movement</em>'.
	 * @see org.physiobench.model.api.SpinalMovement
	 * @generated
	 */
	EEnum getSpinalMovement();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.NeurologicalTestKind <em>Neurological Test Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Neurological Test Kind</em>'.
	 * @see org.physiobench.model.api.NeurologicalTestKind
	 * @generated
	 */
	EEnum getNeurologicalTestKind();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.NeurologicalResult <em>Neurological Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Neurological Result</em>'.
	 * @see org.physiobench.model.api.NeurologicalResult
	 * @generated
	 */
	EEnum getNeurologicalResult();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.DirectionalPreference <em>Directional Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Directional Preference</em>'.
	 * @see org.physiobench.model.api.DirectionalPreference
	 * @generated
	 */
	EEnum getDirectionalPreference();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.PlanStatus <em>Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Status</em>'.
	 * @see org.physiobench.model.api.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.GoalStatus <em>Goal Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal Status</em>'.
	 * @see org.physiobench.model.api.GoalStatus
	 * @generated
	 */
	EEnum getGoalStatus();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.DischargeReason <em>Discharge Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Discharge Reason</em>'.
	 * @see org.physiobench.model.api.DischargeReason
	 * @generated
	 */
	EEnum getDischargeReason();

	/**
	 * Returns the meta object for enum '{@link org.physiobench.model.api.OverrideKind <em>Override Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Override Kind</em>'.
	 * @see org.physiobench.model.api.OverrideKind
	 * @generated
	 */
	EEnum getOverrideKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, serialized as ISO-8601 (yyyy-MM-dd, e.g. 2026-11-26).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An instant on the UTC time line, serialized as ISO-8601 in UTC (e.g. 2026-11-26T17:40:00Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Timestamp</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getTimestamp();

	/**
	 * Returns the meta object for data type '{@link org.physiobench.core.api.RedFlagCategory <em>Red Flag Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The shared red-flag vocabulary of org.physiobench.core, serialized by its stable id (e.g. cauda-equina).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Red Flag Category</em>'.
	 * @see org.physiobench.core.api.RedFlagCategory
	 * @model instanceClass="org.physiobench.core.api.RedFlagCategory"
	 * @generated
	 */
	EDataType getRedFlagCategory();

	/**
	 * Returns the meta object for data type '{@link org.physiobench.core.api.TreatmentComponent <em>Treatment Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The shared treatment-component vocabulary of org.physiobench.core, serialized by its stable id (e.g. manual-therapy).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Treatment Component</em>'.
	 * @see org.physiobench.core.api.TreatmentComponent
	 * @model instanceClass="org.physiobench.core.api.TreatmentComponent"
	 * @generated
	 */
	EDataType getTreatmentComponent();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ClinicalFactory getClinicalFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.IdentifiableImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.TherapistImpl <em>Therapist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.TherapistImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTherapist()
		 * @generated
		 */
		EClass THERAPIST = eINSTANCE.getTherapist();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THERAPIST__USERNAME = eINSTANCE.getTherapist_Username();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THERAPIST__DISPLAY_NAME = eINSTANCE.getTherapist_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Registration Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THERAPIST__REGISTRATION_NUMBER = eINSTANCE.getTherapist_RegistrationNumber();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THERAPIST__EMAIL = eINSTANCE.getTherapist_Email();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THERAPIST__ACTIVE = eINSTANCE.getTherapist_Active();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.PatientImpl <em>Patient</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.PatientImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPatient()
		 * @generated
		 */
		EClass PATIENT = eINSTANCE.getPatient();

		/**
		 * The meta object literal for the '<em><b>Identifiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__IDENTIFIERS = eINSTANCE.getPatient_Identifiers();

		/**
		 * The meta object literal for the '<em><b>Given Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__GIVEN_NAME = eINSTANCE.getPatient_GivenName();

		/**
		 * The meta object literal for the '<em><b>Family Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__FAMILY_NAME = eINSTANCE.getPatient_FamilyName();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__BIRTH_DATE = eINSTANCE.getPatient_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__SEX = eINSTANCE.getPatient_Sex();

		/**
		 * The meta object literal for the '<em><b>Preferred Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__PREFERRED_LANGUAGE = eINSTANCE.getPatient_PreferredLanguage();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__CONTACT = eINSTANCE.getPatient_Contact();

		/**
		 * The meta object literal for the '<em><b>Episodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__EPISODES = eINSTANCE.getPatient_Episodes();

		/**
		 * The meta object literal for the '<em><b>Medical Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__MEDICAL_REVIEWS = eINSTANCE.getPatient_MedicalReviews();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.MedicalReviewImpl <em>Medical Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.MedicalReviewImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedicalReview()
		 * @generated
		 */
		EClass MEDICAL_REVIEW = eINSTANCE.getMedicalReview();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_REVIEW__DATE = eINSTANCE.getMedicalReview_Date();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_REVIEW__REVIEWER = eINSTANCE.getMedicalReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_REVIEW__OUTCOME = eINSTANCE.getMedicalReview_Outcome();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_REVIEW__FINDINGS = eINSTANCE.getMedicalReview_Findings();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_REVIEW__RECORDED_BY = eINSTANCE.getMedicalReview_RecordedBy();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_REVIEW__RECORDED_AT = eINSTANCE.getMedicalReview_RecordedAt();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.IdentifierImpl <em>Identifier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.IdentifierImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getIdentifier()
		 * @generated
		 */
		EClass IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__SYSTEM = eINSTANCE.getIdentifier_System();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__VALUE = eINSTANCE.getIdentifier_Value();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.ContactDetailsImpl <em>Contact Details</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.ContactDetailsImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getContactDetails()
		 * @generated
		 */
		EClass CONTACT_DETAILS = eINSTANCE.getContactDetails();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__PHONE = eINSTANCE.getContactDetails_Phone();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__EMAIL = eINSTANCE.getContactDetails_Email();

		/**
		 * The meta object literal for the '<em><b>Address Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__ADDRESS_LINE = eINSTANCE.getContactDetails_AddressLine();

		/**
		 * The meta object literal for the '<em><b>Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__POSTAL_CODE = eINSTANCE.getContactDetails_PostalCode();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__CITY = eINSTANCE.getContactDetails_City();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__COUNTRY = eINSTANCE.getContactDetails_Country();

		/**
		 * The meta object literal for the '<em><b>Emergency Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__EMERGENCY_CONTACT = eINSTANCE.getContactDetails_EmergencyContact();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.EpisodeOfCareImpl <em>Episode Of Care</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.EpisodeOfCareImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getEpisodeOfCare()
		 * @generated
		 */
		EClass EPISODE_OF_CARE = eINSTANCE.getEpisodeOfCare();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__CONDITION = eINSTANCE.getEpisodeOfCare_Condition();

		/**
		 * The meta object literal for the '<em><b>Condition Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__CONDITION_CODE = eINSTANCE.getEpisodeOfCare_ConditionCode();

		/**
		 * The meta object literal for the '<em><b>Onset Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__ONSET_DATE = eINSTANCE.getEpisodeOfCare_OnsetDate();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__START_DATE = eINSTANCE.getEpisodeOfCare_StartDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__STATUS = eINSTANCE.getEpisodeOfCare_Status();

		/**
		 * The meta object literal for the '<em><b>Referral</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__REFERRAL = eINSTANCE.getEpisodeOfCare_Referral();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__ASSESSMENTS = eINSTANCE.getEpisodeOfCare_Assessments();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__PLANS = eINSTANCE.getEpisodeOfCare_Plans();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__SESSIONS = eINSTANCE.getEpisodeOfCare_Sessions();

		/**
		 * The meta object literal for the '<em><b>Home Programmes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__HOME_PROGRAMMES = eINSTANCE.getEpisodeOfCare_HomeProgrammes();

		/**
		 * The meta object literal for the '<em><b>Discharge</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__DISCHARGE = eINSTANCE.getEpisodeOfCare_Discharge();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.ReferralImpl <em>Referral</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.ReferralImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getReferral()
		 * @generated
		 */
		EClass REFERRAL = eINSTANCE.getReferral();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__SOURCE = eINSTANCE.getReferral_Source();

		/**
		 * The meta object literal for the '<em><b>Referrer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__REFERRER_NAME = eINSTANCE.getReferral_ReferrerName();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__DATE = eINSTANCE.getReferral_Date();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__REASON = eINSTANCE.getReferral_Reason();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.AssessmentImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DATE = eINSTANCE.getAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Therapist Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__THERAPIST_ID = eINSTANCE.getAssessment_TherapistId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__KIND = eINSTANCE.getAssessment_Kind();

		/**
		 * The meta object literal for the '<em><b>Medical History</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__MEDICAL_HISTORY = eINSTANCE.getAssessment_MedicalHistory();

		/**
		 * The meta object literal for the '<em><b>Lifestyle</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__LIFESTYLE = eINSTANCE.getAssessment_Lifestyle();

		/**
		 * The meta object literal for the '<em><b>Pain</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__PAIN = eINSTANCE.getAssessment_Pain();

		/**
		 * The meta object literal for the '<em><b>Red Flag Screening</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__RED_FLAG_SCREENING = eINSTANCE.getAssessment_RedFlagScreening();

		/**
		 * The meta object literal for the '<em><b>Examination</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__EXAMINATION = eINSTANCE.getAssessment_Examination();

		/**
		 * The meta object literal for the '<em><b>Administrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ADMINISTRATIONS = eINSTANCE.getAssessment_Administrations();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__NOTES = eINSTANCE.getAssessment_Notes();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.MedicalHistoryImpl <em>Medical History</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.MedicalHistoryImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedicalHistory()
		 * @generated
		 */
		EClass MEDICAL_HISTORY = eINSTANCE.getMedicalHistory();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDICAL_HISTORY__CONDITIONS = eINSTANCE.getMedicalHistory_Conditions();

		/**
		 * The meta object literal for the '<em><b>Medications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDICAL_HISTORY__MEDICATIONS = eINSTANCE.getMedicalHistory_Medications();

		/**
		 * The meta object literal for the '<em><b>Surgeries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDICAL_HISTORY__SURGERIES = eINSTANCE.getMedicalHistory_Surgeries();

		/**
		 * The meta object literal for the '<em><b>Previous Episodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_HISTORY__PREVIOUS_EPISODES = eINSTANCE.getMedicalHistory_PreviousEpisodes();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.MedicalConditionImpl <em>Medical Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.MedicalConditionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedicalCondition()
		 * @generated
		 */
		EClass MEDICAL_CONDITION = eINSTANCE.getMedicalCondition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_CONDITION__NAME = eINSTANCE.getMedicalCondition_Name();

		/**
		 * The meta object literal for the '<em><b>Condition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_CONDITION__CONDITION_ID = eINSTANCE.getMedicalCondition_ConditionId();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_CONDITION__SINCE = eINSTANCE.getMedicalCondition_Since();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICAL_CONDITION__CURRENT = eINSTANCE.getMedicalCondition_Current();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.MedicationImpl <em>Medication</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.MedicationImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getMedication()
		 * @generated
		 */
		EClass MEDICATION = eINSTANCE.getMedication();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION__NAME = eINSTANCE.getMedication_Name();

		/**
		 * The meta object literal for the '<em><b>Dose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION__DOSE = eINSTANCE.getMedication_Dose();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION__REASON = eINSTANCE.getMedication_Reason();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.SurgeryImpl <em>Surgery</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.SurgeryImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSurgery()
		 * @generated
		 */
		EClass SURGERY = eINSTANCE.getSurgery();

		/**
		 * The meta object literal for the '<em><b>Procedure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURGERY__PROCEDURE = eINSTANCE.getSurgery_Procedure();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURGERY__DATE = eINSTANCE.getSurgery_Date();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURGERY__NOTES = eINSTANCE.getSurgery_Notes();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.LifestyleImpl <em>Lifestyle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.LifestyleImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getLifestyle()
		 * @generated
		 */
		EClass LIFESTYLE = eINSTANCE.getLifestyle();

		/**
		 * The meta object literal for the '<em><b>Occupation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__OCCUPATION = eINSTANCE.getLifestyle_Occupation();

		/**
		 * The meta object literal for the '<em><b>Work Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__WORK_DEMAND = eINSTANCE.getLifestyle_WorkDemand();

		/**
		 * The meta object literal for the '<em><b>Sitting Hours Per Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__SITTING_HOURS_PER_DAY = eINSTANCE.getLifestyle_SittingHoursPerDay();

		/**
		 * The meta object literal for the '<em><b>Activity Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__ACTIVITY_LEVEL = eINSTANCE.getLifestyle_ActivityLevel();

		/**
		 * The meta object literal for the '<em><b>Sports</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__SPORTS = eINSTANCE.getLifestyle_Sports();

		/**
		 * The meta object literal for the '<em><b>Competitive Athlete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__COMPETITIVE_ATHLETE = eINSTANCE.getLifestyle_CompetitiveAthlete();

		/**
		 * The meta object literal for the '<em><b>Sleep Hours Per Night</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__SLEEP_HOURS_PER_NIGHT = eINSTANCE.getLifestyle_SleepHoursPerNight();

		/**
		 * The meta object literal for the '<em><b>Sleep Disturbed By Pain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__SLEEP_DISTURBED_BY_PAIN = eINSTANCE.getLifestyle_SleepDisturbedByPain();

		/**
		 * The meta object literal for the '<em><b>Smoking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFESTYLE__SMOKING = eINSTANCE.getLifestyle_Smoking();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.PainDescriptionImpl <em>Pain Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.PainDescriptionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPainDescription()
		 * @generated
		 */
		EClass PAIN_DESCRIPTION = eINSTANCE.getPainDescription();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAIN_DESCRIPTION__REGIONS = eINSTANCE.getPainDescription_Regions();

		/**
		 * The meta object literal for the '<em><b>Radiates Below Knee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__RADIATES_BELOW_KNEE = eINSTANCE.getPainDescription_RadiatesBelowKnee();

		/**
		 * The meta object literal for the '<em><b>Onset Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__ONSET_DATE = eINSTANCE.getPainDescription_OnsetDate();

		/**
		 * The meta object literal for the '<em><b>Onset Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__ONSET_MODE = eINSTANCE.getPainDescription_OnsetMode();

		/**
		 * The meta object literal for the '<em><b>Duration Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__DURATION_CLASS = eINSTANCE.getPainDescription_DurationClass();

		/**
		 * The meta object literal for the '<em><b>Daily Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__DAILY_PATTERN = eINSTANCE.getPainDescription_DailyPattern();

		/**
		 * The meta object literal for the '<em><b>Night Pain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__NIGHT_PAIN = eINSTANCE.getPainDescription_NightPain();

		/**
		 * The meta object literal for the '<em><b>Morning Stiffness Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES = eINSTANCE.getPainDescription_MorningStiffnessMinutes();

		/**
		 * The meta object literal for the '<em><b>Aggravating Factors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__AGGRAVATING_FACTORS = eINSTANCE.getPainDescription_AggravatingFactors();

		/**
		 * The meta object literal for the '<em><b>Easing Factors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__EASING_FACTORS = eINSTANCE.getPainDescription_EasingFactors();

		/**
		 * The meta object literal for the '<em><b>Current Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__CURRENT_INTENSITY = eINSTANCE.getPainDescription_CurrentIntensity();

		/**
		 * The meta object literal for the '<em><b>Worst Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__WORST_INTENSITY = eINSTANCE.getPainDescription_WorstIntensity();

		/**
		 * The meta object literal for the '<em><b>Best Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_DESCRIPTION__BEST_INTENSITY = eINSTANCE.getPainDescription_BestIntensity();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.PainRegionImpl <em>Pain Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.PainRegionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPainRegion()
		 * @generated
		 */
		EClass PAIN_REGION = eINSTANCE.getPainRegion();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_REGION__REGION = eINSTANCE.getPainRegion_Region();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_REGION__SIDE = eINSTANCE.getPainRegion_Side();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.RedFlagScreeningImpl <em>Red Flag Screening</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.RedFlagScreeningImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRedFlagScreening()
		 * @generated
		 */
		EClass RED_FLAG_SCREENING = eINSTANCE.getRedFlagScreening();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RED_FLAG_SCREENING__ANSWERS = eINSTANCE.getRedFlagScreening_Answers();

		/**
		 * The meta object literal for the '<em><b>Referred For Medical Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW = eINSTANCE.getRedFlagScreening_ReferredForMedicalReview();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RED_FLAG_SCREENING__NOTES = eINSTANCE.getRedFlagScreening_Notes();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.RedFlagAnswerImpl <em>Red Flag Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.RedFlagAnswerImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRedFlagAnswer()
		 * @generated
		 */
		EClass RED_FLAG_ANSWER = eINSTANCE.getRedFlagAnswer();

		/**
		 * The meta object literal for the '<em><b>Question Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RED_FLAG_ANSWER__QUESTION_ID = eINSTANCE.getRedFlagAnswer_QuestionId();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RED_FLAG_ANSWER__CATEGORY = eINSTANCE.getRedFlagAnswer_Category();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RED_FLAG_ANSWER__ANSWER = eINSTANCE.getRedFlagAnswer_Answer();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RED_FLAG_ANSWER__NOTE = eINSTANCE.getRedFlagAnswer_Note();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.PhysicalExaminationImpl <em>Physical Examination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.PhysicalExaminationImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPhysicalExamination()
		 * @generated
		 */
		EClass PHYSICAL_EXAMINATION = eINSTANCE.getPhysicalExamination();

		/**
		 * The meta object literal for the '<em><b>Range Of Motion</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHYSICAL_EXAMINATION__RANGE_OF_MOTION = eINSTANCE.getPhysicalExamination_RangeOfMotion();

		/**
		 * The meta object literal for the '<em><b>Straight Leg Raises</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES = eINSTANCE.getPhysicalExamination_StraightLegRaises();

		/**
		 * The meta object literal for the '<em><b>Neurological Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS = eINSTANCE.getPhysicalExamination_NeurologicalFindings();

		/**
		 * The meta object literal for the '<em><b>Directional Preference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE = eINSTANCE.getPhysicalExamination_DirectionalPreference();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_EXAMINATION__NOTES = eINSTANCE.getPhysicalExamination_Notes();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.RangeOfMotionImpl <em>Range Of Motion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.RangeOfMotionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRangeOfMotion()
		 * @generated
		 */
		EClass RANGE_OF_MOTION = eINSTANCE.getRangeOfMotion();

		/**
		 * The meta object literal for the '<em><b>Movement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_OF_MOTION__MOVEMENT = eINSTANCE.getRangeOfMotion_Movement();

		/**
		 * The meta object literal for the '<em><b>Degrees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_OF_MOTION__DEGREES = eINSTANCE.getRangeOfMotion_Degrees();

		/**
		 * The meta object literal for the '<em><b>Painful</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_OF_MOTION__PAINFUL = eINSTANCE.getRangeOfMotion_Painful();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_OF_MOTION__NOTE = eINSTANCE.getRangeOfMotion_Note();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.StraightLegRaiseImpl <em>Straight Leg Raise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.StraightLegRaiseImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getStraightLegRaise()
		 * @generated
		 */
		EClass STRAIGHT_LEG_RAISE = eINSTANCE.getStraightLegRaise();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRAIGHT_LEG_RAISE__SIDE = eINSTANCE.getStraightLegRaise_Side();

		/**
		 * The meta object literal for the '<em><b>Angle Degrees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRAIGHT_LEG_RAISE__ANGLE_DEGREES = eINSTANCE.getStraightLegRaise_AngleDegrees();

		/**
		 * The meta object literal for the '<em><b>Positive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRAIGHT_LEG_RAISE__POSITIVE = eINSTANCE.getStraightLegRaise_Positive();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.NeurologicalFindingImpl <em>Neurological Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.NeurologicalFindingImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getNeurologicalFinding()
		 * @generated
		 */
		EClass NEUROLOGICAL_FINDING = eINSTANCE.getNeurologicalFinding();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEUROLOGICAL_FINDING__KIND = eINSTANCE.getNeurologicalFinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEUROLOGICAL_FINDING__LEVEL = eINSTANCE.getNeurologicalFinding_Level();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEUROLOGICAL_FINDING__SIDE = eINSTANCE.getNeurologicalFinding_Side();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEUROLOGICAL_FINDING__RESULT = eINSTANCE.getNeurologicalFinding_Result();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.InstrumentAdministrationImpl <em>Instrument Administration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.InstrumentAdministrationImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getInstrumentAdministration()
		 * @generated
		 */
		EClass INSTRUMENT_ADMINISTRATION = eINSTANCE.getInstrumentAdministration();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID = eINSTANCE.getInstrumentAdministration_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ADMINISTRATION__DATE = eINSTANCE.getInstrumentAdministration_Date();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_ADMINISTRATION__ANSWERS = eINSTANCE.getInstrumentAdministration_Answers();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_ADMINISTRATION__SCORES = eINSTANCE.getInstrumentAdministration_Scores();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.ItemAnswerImpl <em>Item Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.ItemAnswerImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getItemAnswer()
		 * @generated
		 */
		EClass ITEM_ANSWER = eINSTANCE.getItemAnswer();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__ITEM_ID = eINSTANCE.getItemAnswer_ItemId();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__VALUE = eINSTANCE.getItemAnswer_Value();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__TEXT = eINSTANCE.getItemAnswer_Text();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.ScoreImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Score Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__SCORE_ID = eINSTANCE.getScore_ScoreId();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Interpretation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__INTERPRETATION = eINSTANCE.getScore_Interpretation();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.TreatmentPlanImpl <em>Treatment Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.TreatmentPlanImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTreatmentPlan()
		 * @generated
		 */
		EClass TREATMENT_PLAN = eINSTANCE.getTreatmentPlan();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__START_DATE = eINSTANCE.getTreatmentPlan_StartDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__STATUS = eINSTANCE.getTreatmentPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Revisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TREATMENT_PLAN__REVISIONS = eINSTANCE.getTreatmentPlan_Revisions();

		/**
		 * The meta object literal for the '<em><b>Get Current Revision</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TREATMENT_PLAN___GET_CURRENT_REVISION = eINSTANCE.getTreatmentPlan__GetCurrentRevision();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.PlanRevisionImpl <em>Plan Revision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.PlanRevisionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPlanRevision()
		 * @generated
		 */
		EClass PLAN_REVISION = eINSTANCE.getPlanRevision();

		/**
		 * The meta object literal for the '<em><b>Revision Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__REVISION_NUMBER = eINSTANCE.getPlanRevision_RevisionNumber();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__AUTHOR_ID = eINSTANCE.getPlanRevision_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__CREATED_AT = eINSTANCE.getPlanRevision_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__REASON = eINSTANCE.getPlanRevision_Reason();

		/**
		 * The meta object literal for the '<em><b>Agreed With Patient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__AGREED_WITH_PATIENT = eINSTANCE.getPlanRevision_AgreedWithPatient();

		/**
		 * The meta object literal for the '<em><b>Classification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__CLASSIFICATION = eINSTANCE.getPlanRevision_Classification();

		/**
		 * The meta object literal for the '<em><b>Visits Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__VISITS_PER_WEEK = eINSTANCE.getPlanRevision_VisitsPerWeek();

		/**
		 * The meta object literal for the '<em><b>Duration Weeks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__DURATION_WEEKS = eINSTANCE.getPlanRevision_DurationWeeks();

		/**
		 * The meta object literal for the '<em><b>Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__REVIEW_DATE = eINSTANCE.getPlanRevision_ReviewDate();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_REVISION__GOALS = eINSTANCE.getPlanRevision_Goals();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_REVISION__INTERVENTIONS = eINSTANCE.getPlanRevision_Interventions();

		/**
		 * The meta object literal for the '<em><b>Rejected Suggestions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_REVISION__REJECTED_SUGGESTIONS = eINSTANCE.getPlanRevision_RejectedSuggestions();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_REVISION__OVERRIDES = eINSTANCE.getPlanRevision_Overrides();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.ContraindicationOverrideImpl <em>Contraindication Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.ContraindicationOverrideImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getContraindicationOverride()
		 * @generated
		 */
		EClass CONTRAINDICATION_OVERRIDE = eINSTANCE.getContraindicationOverride();

		/**
		 * The meta object literal for the '<em><b>Modality Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRAINDICATION_OVERRIDE__MODALITY_ID = eINSTANCE.getContraindicationOverride_ModalityId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRAINDICATION_OVERRIDE__KIND = eINSTANCE.getContraindicationOverride_Kind();

		/**
		 * The meta object literal for the '<em><b>Contraindications</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS = eINSTANCE.getContraindicationOverride_Contraindications();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRAINDICATION_OVERRIDE__REASON = eINSTANCE.getContraindicationOverride_Reason();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRAINDICATION_OVERRIDE__BY = eINSTANCE.getContraindicationOverride_By();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRAINDICATION_OVERRIDE__AT = eINSTANCE.getContraindicationOverride_At();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.RejectedSuggestionImpl <em>Rejected Suggestion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.RejectedSuggestionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRejectedSuggestion()
		 * @generated
		 */
		EClass REJECTED_SUGGESTION = eINSTANCE.getRejectedSuggestion();

		/**
		 * The meta object literal for the '<em><b>Suggestion Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_SUGGESTION__SUGGESTION_ID = eINSTANCE.getRejectedSuggestion_SuggestionId();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_SUGGESTION__TITLE = eINSTANCE.getRejectedSuggestion_Title();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_SUGGESTION__RATIONALE = eINSTANCE.getRejectedSuggestion_Rationale();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.GoalImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__DESCRIPTION = eINSTANCE.getGoal_Description();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__INSTRUMENT_ID = eINSTANCE.getGoal_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__ACTIVITY = eINSTANCE.getGoal_Activity();

		/**
		 * The meta object literal for the '<em><b>Baseline Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__BASELINE_VALUE = eINSTANCE.getGoal_BaselineValue();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TARGET_VALUE = eINSTANCE.getGoal_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__UNIT = eINSTANCE.getGoal_Unit();

		/**
		 * The meta object literal for the '<em><b>Target Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TARGET_DATE = eINSTANCE.getGoal_TargetDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__STATUS = eINSTANCE.getGoal_Status();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.PlannedInterventionImpl <em>Planned Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.PlannedInterventionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPlannedIntervention()
		 * @generated
		 */
		EClass PLANNED_INTERVENTION = eINSTANCE.getPlannedIntervention();

		/**
		 * The meta object literal for the '<em><b>Modality Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_INTERVENTION__MODALITY_ID = eINSTANCE.getPlannedIntervention_ModalityId();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_INTERVENTION__COMPONENT = eINSTANCE.getPlannedIntervention_Component();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_INTERVENTION__PARAMETERS = eINSTANCE.getPlannedIntervention_Parameters();

		/**
		 * The meta object literal for the '<em><b>Times Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_INTERVENTION__TIMES_PER_WEEK = eINSTANCE.getPlannedIntervention_TimesPerWeek();

		/**
		 * The meta object literal for the '<em><b>Duration Weeks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_INTERVENTION__DURATION_WEEKS = eINSTANCE.getPlannedIntervention_DurationWeeks();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_INTERVENTION__RATIONALE = eINSTANCE.getPlannedIntervention_Rationale();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_INTERVENTION__EVIDENCE = eINSTANCE.getPlannedIntervention_Evidence();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.ParameterImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.SessionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DATE = eINSTANCE.getSession_Date();

		/**
		 * The meta object literal for the '<em><b>Therapist Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__THERAPIST_ID = eINSTANCE.getSession_TherapistId();

		/**
		 * The meta object literal for the '<em><b>Soap</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__SOAP = eINSTANCE.getSession_Soap();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__INTERVENTIONS = eINSTANCE.getSession_Interventions();

		/**
		 * The meta object literal for the '<em><b>Pain Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PAIN_BEFORE = eINSTANCE.getSession_PainBefore();

		/**
		 * The meta object literal for the '<em><b>Pain After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PAIN_AFTER = eINSTANCE.getSession_PainAfter();

		/**
		 * The meta object literal for the '<em><b>Home Programme Adherence Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT = eINSTANCE.getSession_HomeProgrammeAdherencePercent();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.SoapNoteImpl <em>Soap Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.SoapNoteImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSoapNote()
		 * @generated
		 */
		EClass SOAP_NOTE = eINSTANCE.getSoapNote();

		/**
		 * The meta object literal for the '<em><b>Subjective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOAP_NOTE__SUBJECTIVE = eINSTANCE.getSoapNote_Subjective();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOAP_NOTE__OBJECTIVE = eINSTANCE.getSoapNote_Objective();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOAP_NOTE__ASSESSMENT = eINSTANCE.getSoapNote_Assessment();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOAP_NOTE__PLAN = eINSTANCE.getSoapNote_Plan();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.DeliveredInterventionImpl <em>Delivered Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.DeliveredInterventionImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDeliveredIntervention()
		 * @generated
		 */
		EClass DELIVERED_INTERVENTION = eINSTANCE.getDeliveredIntervention();

		/**
		 * The meta object literal for the '<em><b>Modality Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERED_INTERVENTION__MODALITY_ID = eINSTANCE.getDeliveredIntervention_ModalityId();

		/**
		 * The meta object literal for the '<em><b>Planned</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERED_INTERVENTION__PLANNED = eINSTANCE.getDeliveredIntervention_Planned();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERED_INTERVENTION__PARAMETERS = eINSTANCE.getDeliveredIntervention_Parameters();

		/**
		 * The meta object literal for the '<em><b>Patient Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERED_INTERVENTION__PATIENT_RESPONSE = eINSTANCE.getDeliveredIntervention_PatientResponse();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.HomeProgrammeImpl <em>Home Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.HomeProgrammeImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getHomeProgramme()
		 * @generated
		 */
		EClass HOME_PROGRAMME = eINSTANCE.getHomeProgramme();

		/**
		 * The meta object literal for the '<em><b>Issued Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_PROGRAMME__ISSUED_DATE = eINSTANCE.getHomeProgramme_IssuedDate();

		/**
		 * The meta object literal for the '<em><b>Therapist Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_PROGRAMME__THERAPIST_ID = eINSTANCE.getHomeProgramme_TherapistId();

		/**
		 * The meta object literal for the '<em><b>Exercises</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOME_PROGRAMME__EXERCISES = eINSTANCE.getHomeProgramme_Exercises();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_PROGRAMME__NOTES = eINSTANCE.getHomeProgramme_Notes();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.HomeExerciseImpl <em>Home Exercise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.HomeExerciseImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getHomeExercise()
		 * @generated
		 */
		EClass HOME_EXERCISE = eINSTANCE.getHomeExercise();

		/**
		 * The meta object literal for the '<em><b>Modality Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_EXERCISE__MODALITY_ID = eINSTANCE.getHomeExercise_ModalityId();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_EXERCISE__INSTRUCTIONS = eINSTANCE.getHomeExercise_Instructions();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOME_EXERCISE__PARAMETERS = eINSTANCE.getHomeExercise_Parameters();

		/**
		 * The meta object literal for the '<em><b>Times Per Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_EXERCISE__TIMES_PER_DAY = eINSTANCE.getHomeExercise_TimesPerDay();

		/**
		 * The meta object literal for the '<em><b>Days Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_EXERCISE__DAYS_PER_WEEK = eINSTANCE.getHomeExercise_DaysPerWeek();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.DischargeImpl <em>Discharge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.DischargeImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDischarge()
		 * @generated
		 */
		EClass DISCHARGE = eINSTANCE.getDischarge();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCHARGE__DATE = eINSTANCE.getDischarge_Date();

		/**
		 * The meta object literal for the '<em><b>Therapist Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCHARGE__THERAPIST_ID = eINSTANCE.getDischarge_TherapistId();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCHARGE__REASON = eINSTANCE.getDischarge_Reason();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCHARGE__SUMMARY = eINSTANCE.getDischarge_Summary();

		/**
		 * The meta object literal for the '<em><b>Prevention Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISCHARGE__PREVENTION_PLAN = eINSTANCE.getDischarge_PreventionPlan();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.internal.impl.PreventionPlanImpl <em>Prevention Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.internal.impl.PreventionPlanImpl
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPreventionPlan()
		 * @generated
		 */
		EClass PREVENTION_PLAN = eINSTANCE.getPreventionPlan();

		/**
		 * The meta object literal for the '<em><b>Self Management</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREVENTION_PLAN__SELF_MANAGEMENT = eINSTANCE.getPreventionPlan_SelfManagement();

		/**
		 * The meta object literal for the '<em><b>Home Programme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREVENTION_PLAN__HOME_PROGRAMME = eINSTANCE.getPreventionPlan_HomeProgramme();

		/**
		 * The meta object literal for the '<em><b>Flare Up Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREVENTION_PLAN__FLARE_UP_PLAN = eINSTANCE.getPreventionPlan_FlareUpPlan();

		/**
		 * The meta object literal for the '<em><b>Warning Signs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREVENTION_PLAN__WARNING_SIGNS = eINSTANCE.getPreventionPlan_WarningSigns();

		/**
		 * The meta object literal for the '<em><b>Follow Up Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREVENTION_PLAN__FOLLOW_UP_DATE = eINSTANCE.getPreventionPlan_FollowUpDate();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.Sex
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.EpisodeStatus <em>Episode Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.EpisodeStatus
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getEpisodeStatus()
		 * @generated
		 */
		EEnum EPISODE_STATUS = eINSTANCE.getEpisodeStatus();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.AssessmentKind <em>Assessment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.AssessmentKind
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getAssessmentKind()
		 * @generated
		 */
		EEnum ASSESSMENT_KIND = eINSTANCE.getAssessmentKind();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.WorkDemand <em>Work Demand</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.WorkDemand
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getWorkDemand()
		 * @generated
		 */
		EEnum WORK_DEMAND = eINSTANCE.getWorkDemand();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.ActivityLevel <em>Activity Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.ActivityLevel
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getActivityLevel()
		 * @generated
		 */
		EEnum ACTIVITY_LEVEL = eINSTANCE.getActivityLevel();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.SmokingStatus <em>Smoking Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.SmokingStatus
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSmokingStatus()
		 * @generated
		 */
		EEnum SMOKING_STATUS = eINSTANCE.getSmokingStatus();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.BodyRegion <em>Body Region</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.BodyRegion
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getBodyRegion()
		 * @generated
		 */
		EEnum BODY_REGION = eINSTANCE.getBodyRegion();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.BodySide <em>Body Side</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.BodySide
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getBodySide()
		 * @generated
		 */
		EEnum BODY_SIDE = eINSTANCE.getBodySide();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.PainOnsetMode <em>Pain Onset Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.PainOnsetMode
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPainOnsetMode()
		 * @generated
		 */
		EEnum PAIN_ONSET_MODE = eINSTANCE.getPainOnsetMode();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.DurationClass <em>Duration Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.DurationClass
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDurationClass()
		 * @generated
		 */
		EEnum DURATION_CLASS = eINSTANCE.getDurationClass();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.DailyPainPattern <em>Daily Pain Pattern</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.DailyPainPattern
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDailyPainPattern()
		 * @generated
		 */
		EEnum DAILY_PAIN_PATTERN = eINSTANCE.getDailyPainPattern();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.ScreeningAnswer <em>Screening Answer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.ScreeningAnswer
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getScreeningAnswer()
		 * @generated
		 */
		EEnum SCREENING_ANSWER = eINSTANCE.getScreeningAnswer();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.SpinalMovement <em>Spinal Movement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.SpinalMovement
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getSpinalMovement()
		 * @generated
		 */
		EEnum SPINAL_MOVEMENT = eINSTANCE.getSpinalMovement();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.NeurologicalTestKind <em>Neurological Test Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.NeurologicalTestKind
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getNeurologicalTestKind()
		 * @generated
		 */
		EEnum NEUROLOGICAL_TEST_KIND = eINSTANCE.getNeurologicalTestKind();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.NeurologicalResult <em>Neurological Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.NeurologicalResult
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getNeurologicalResult()
		 * @generated
		 */
		EEnum NEUROLOGICAL_RESULT = eINSTANCE.getNeurologicalResult();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.DirectionalPreference <em>Directional Preference</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.DirectionalPreference
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDirectionalPreference()
		 * @generated
		 */
		EEnum DIRECTIONAL_PREFERENCE = eINSTANCE.getDirectionalPreference();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.PlanStatus <em>Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.PlanStatus
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.GoalStatus <em>Goal Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.GoalStatus
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getGoalStatus()
		 * @generated
		 */
		EEnum GOAL_STATUS = eINSTANCE.getGoalStatus();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.DischargeReason <em>Discharge Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.DischargeReason
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDischargeReason()
		 * @generated
		 */
		EEnum DISCHARGE_REASON = eINSTANCE.getDischargeReason();

		/**
		 * The meta object literal for the '{@link org.physiobench.model.api.OverrideKind <em>Override Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.model.api.OverrideKind
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getOverrideKind()
		 * @generated
		 */
		EEnum OVERRIDE_KIND = eINSTANCE.getOverrideKind();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Timestamp</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTimestamp()
		 * @generated
		 */
		EDataType TIMESTAMP = eINSTANCE.getTimestamp();

		/**
		 * The meta object literal for the '<em>Red Flag Category</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.core.api.RedFlagCategory
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getRedFlagCategory()
		 * @generated
		 */
		EDataType RED_FLAG_CATEGORY = eINSTANCE.getRedFlagCategory();

		/**
		 * The meta object literal for the '<em>Treatment Component</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.physiobench.core.api.TreatmentComponent
		 * @see org.physiobench.model.internal.impl.ClinicalPackageImpl#getTreatmentComponent()
		 * @generated
		 */
		EDataType TREATMENT_COMPONENT = eINSTANCE.getTreatmentComponent();

	}

} //ClinicalPackage
