/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;

import org.physiobench.model.api.ActivityLevel;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ContactDetails;
import org.physiobench.model.api.ContraindicationOverride;
import org.physiobench.model.api.DailyPainPattern;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.DirectionalPreference;
import org.physiobench.model.api.Discharge;
import org.physiobench.model.api.DischargeReason;
import org.physiobench.model.api.DurationClass;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.GoalStatus;
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.Identifiable;
import org.physiobench.model.api.Identifier;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.model.api.Lifestyle;
import org.physiobench.model.api.MedicalCondition;
import org.physiobench.model.api.MedicalHistory;
import org.physiobench.model.api.MedicalReview;
import org.physiobench.model.api.Medication;
import org.physiobench.model.api.NeurologicalFinding;
import org.physiobench.model.api.NeurologicalResult;
import org.physiobench.model.api.NeurologicalTestKind;
import org.physiobench.model.api.OverrideKind;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PainOnsetMode;
import org.physiobench.model.api.PainRegion;
import org.physiobench.model.api.Parameter;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PhysicalExamination;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlanStatus;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.PreventionPlan;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.RedFlagScreening;
import org.physiobench.model.api.Referral;
import org.physiobench.model.api.RejectedSuggestion;
import org.physiobench.model.api.Score;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.Sex;
import org.physiobench.model.api.SmokingStatus;
import org.physiobench.model.api.SoapNote;
import org.physiobench.model.api.SpinalMovement;
import org.physiobench.model.api.StraightLegRaise;
import org.physiobench.model.api.Surgery;
import org.physiobench.model.api.Therapist;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.model.api.WorkDemand;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClinicalPackageImpl extends EPackageImpl implements ClinicalPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass therapistEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass medicalReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactDetailsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass episodeOfCareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referralEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass medicalHistoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass medicalConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass medicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surgeryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifestyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass painDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass painRegionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass redFlagScreeningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass redFlagAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass physicalExaminationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rangeOfMotionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass straightLegRaiseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass neurologicalFindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentAdministrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass treatmentPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planRevisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contraindicationOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rejectedSuggestionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plannedInterventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass soapNoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deliveredInterventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass homeProgrammeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass homeExerciseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dischargeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass preventionPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum episodeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workDemandEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum smokingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bodyRegionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bodySideEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum painOnsetModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum durationClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dailyPainPatternEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screeningAnswerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum spinalMovementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum neurologicalTestKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum neurologicalResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionalPreferenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum goalStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dischargeReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum overrideKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType timestampEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType redFlagCategoryEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType treatmentComponentEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.physiobench.model.api.ClinicalPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ClinicalPackageImpl() {
		super(eNS_URI, ClinicalFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ClinicalPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ClinicalPackage init() {
		if (isInited) return (ClinicalPackage)EPackage.Registry.INSTANCE.getEPackage(ClinicalPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredClinicalPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ClinicalPackageImpl theClinicalPackage = registeredClinicalPackage instanceof ClinicalPackageImpl ? (ClinicalPackageImpl)registeredClinicalPackage : new ClinicalPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theClinicalPackage.createPackageContents();

		// Initialize created meta-data
		theClinicalPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theClinicalPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ClinicalPackage.eNS_URI, theClinicalPackage);
		return theClinicalPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiable() {
		return identifiableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Id() {
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTherapist() {
		return therapistEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTherapist_Username() {
		return (EAttribute)therapistEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTherapist_DisplayName() {
		return (EAttribute)therapistEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTherapist_RegistrationNumber() {
		return (EAttribute)therapistEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTherapist_Email() {
		return (EAttribute)therapistEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTherapist_Active() {
		return (EAttribute)therapistEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatient() {
		return patientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatient_Identifiers() {
		return (EReference)patientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_GivenName() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_FamilyName() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_BirthDate() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_Sex() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_PreferredLanguage() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatient_Contact() {
		return (EReference)patientEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatient_Episodes() {
		return (EReference)patientEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatient_MedicalReviews() {
		return (EReference)patientEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMedicalReview() {
		return medicalReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalReview_Date() {
		return (EAttribute)medicalReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalReview_Reviewer() {
		return (EAttribute)medicalReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalReview_Outcome() {
		return (EAttribute)medicalReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalReview_Findings() {
		return (EAttribute)medicalReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalReview_RecordedBy() {
		return (EAttribute)medicalReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalReview_RecordedAt() {
		return (EAttribute)medicalReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifier() {
		return identifierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_System() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_Value() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactDetails() {
		return contactDetailsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Phone() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Email() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_AddressLine() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_PostalCode() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_City() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Country() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_EmergencyContact() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEpisodeOfCare() {
		return episodeOfCareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_Condition() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_ConditionCode() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_OnsetDate() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_StartDate() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_Status() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Referral() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Assessments() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Plans() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Sessions() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_HomeProgrammes() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Discharge() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferral() {
		return referralEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Source() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_ReferrerName() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Date() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Reason() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Date() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_TherapistId() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Kind() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_MedicalHistory() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Lifestyle() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Pain() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_RedFlagScreening() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Examination() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Administrations() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Notes() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMedicalHistory() {
		return medicalHistoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedicalHistory_Conditions() {
		return (EReference)medicalHistoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedicalHistory_Medications() {
		return (EReference)medicalHistoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedicalHistory_Surgeries() {
		return (EReference)medicalHistoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalHistory_PreviousEpisodes() {
		return (EAttribute)medicalHistoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMedicalCondition() {
		return medicalConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalCondition_Name() {
		return (EAttribute)medicalConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalCondition_ConditionId() {
		return (EAttribute)medicalConditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalCondition_Since() {
		return (EAttribute)medicalConditionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicalCondition_Current() {
		return (EAttribute)medicalConditionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMedication() {
		return medicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedication_Name() {
		return (EAttribute)medicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedication_Dose() {
		return (EAttribute)medicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedication_Reason() {
		return (EAttribute)medicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurgery() {
		return surgeryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurgery_Procedure() {
		return (EAttribute)surgeryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurgery_Date() {
		return (EAttribute)surgeryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurgery_Notes() {
		return (EAttribute)surgeryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifestyle() {
		return lifestyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_Occupation() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_WorkDemand() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_SittingHoursPerDay() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_ActivityLevel() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_Sports() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_CompetitiveAthlete() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_SleepHoursPerNight() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_SleepDisturbedByPain() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifestyle_Smoking() {
		return (EAttribute)lifestyleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPainDescription() {
		return painDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPainDescription_Regions() {
		return (EReference)painDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_RadiatesBelowKnee() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_OnsetDate() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_OnsetMode() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_DurationClass() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_DailyPattern() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_NightPain() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_MorningStiffnessMinutes() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_AggravatingFactors() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_EasingFactors() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_CurrentIntensity() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_WorstIntensity() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainDescription_BestIntensity() {
		return (EAttribute)painDescriptionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPainRegion() {
		return painRegionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainRegion_Region() {
		return (EAttribute)painRegionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainRegion_Side() {
		return (EAttribute)painRegionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRedFlagScreening() {
		return redFlagScreeningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRedFlagScreening_Answers() {
		return (EReference)redFlagScreeningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedFlagScreening_ReferredForMedicalReview() {
		return (EAttribute)redFlagScreeningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedFlagScreening_Notes() {
		return (EAttribute)redFlagScreeningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRedFlagAnswer() {
		return redFlagAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedFlagAnswer_QuestionId() {
		return (EAttribute)redFlagAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedFlagAnswer_Category() {
		return (EAttribute)redFlagAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedFlagAnswer_Answer() {
		return (EAttribute)redFlagAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedFlagAnswer_Note() {
		return (EAttribute)redFlagAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhysicalExamination() {
		return physicalExaminationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhysicalExamination_RangeOfMotion() {
		return (EReference)physicalExaminationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhysicalExamination_StraightLegRaises() {
		return (EReference)physicalExaminationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhysicalExamination_NeurologicalFindings() {
		return (EReference)physicalExaminationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalExamination_DirectionalPreference() {
		return (EAttribute)physicalExaminationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalExamination_Notes() {
		return (EAttribute)physicalExaminationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRangeOfMotion() {
		return rangeOfMotionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeOfMotion_Movement() {
		return (EAttribute)rangeOfMotionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeOfMotion_Degrees() {
		return (EAttribute)rangeOfMotionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeOfMotion_Painful() {
		return (EAttribute)rangeOfMotionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeOfMotion_Note() {
		return (EAttribute)rangeOfMotionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStraightLegRaise() {
		return straightLegRaiseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStraightLegRaise_Side() {
		return (EAttribute)straightLegRaiseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStraightLegRaise_AngleDegrees() {
		return (EAttribute)straightLegRaiseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStraightLegRaise_Positive() {
		return (EAttribute)straightLegRaiseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeurologicalFinding() {
		return neurologicalFindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeurologicalFinding_Kind() {
		return (EAttribute)neurologicalFindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeurologicalFinding_Level() {
		return (EAttribute)neurologicalFindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeurologicalFinding_Side() {
		return (EAttribute)neurologicalFindingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeurologicalFinding_Result() {
		return (EAttribute)neurologicalFindingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrumentAdministration() {
		return instrumentAdministrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentAdministration_InstrumentId() {
		return (EAttribute)instrumentAdministrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentAdministration_Date() {
		return (EAttribute)instrumentAdministrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentAdministration_Answers() {
		return (EReference)instrumentAdministrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentAdministration_Scores() {
		return (EReference)instrumentAdministrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemAnswer() {
		return itemAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemAnswer_ItemId() {
		return (EAttribute)itemAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemAnswer_Value() {
		return (EAttribute)itemAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemAnswer_Text() {
		return (EAttribute)itemAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_ScoreId() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Interpretation() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTreatmentPlan() {
		return treatmentPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTreatmentPlan_StartDate() {
		return (EAttribute)treatmentPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTreatmentPlan_Status() {
		return (EAttribute)treatmentPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTreatmentPlan_Revisions() {
		return (EReference)treatmentPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTreatmentPlan__GetCurrentRevision() {
		return treatmentPlanEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanRevision() {
		return planRevisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_RevisionNumber() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_AuthorId() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_CreatedAt() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_Reason() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_AgreedWithPatient() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_Classification() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_VisitsPerWeek() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_DurationWeeks() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_ReviewDate() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanRevision_Goals() {
		return (EReference)planRevisionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanRevision_Interventions() {
		return (EReference)planRevisionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanRevision_RejectedSuggestions() {
		return (EReference)planRevisionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanRevision_Overrides() {
		return (EReference)planRevisionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContraindicationOverride() {
		return contraindicationOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContraindicationOverride_ModalityId() {
		return (EAttribute)contraindicationOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContraindicationOverride_Kind() {
		return (EAttribute)contraindicationOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContraindicationOverride_Contraindications() {
		return (EAttribute)contraindicationOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContraindicationOverride_Reason() {
		return (EAttribute)contraindicationOverrideEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContraindicationOverride_By() {
		return (EAttribute)contraindicationOverrideEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContraindicationOverride_At() {
		return (EAttribute)contraindicationOverrideEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRejectedSuggestion() {
		return rejectedSuggestionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedSuggestion_SuggestionId() {
		return (EAttribute)rejectedSuggestionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedSuggestion_Title() {
		return (EAttribute)rejectedSuggestionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedSuggestion_Rationale() {
		return (EAttribute)rejectedSuggestionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal() {
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Description() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_InstrumentId() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Activity() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_BaselineValue() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_TargetValue() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Unit() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_TargetDate() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Status() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlannedIntervention() {
		return plannedInterventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedIntervention_ModalityId() {
		return (EAttribute)plannedInterventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedIntervention_Component() {
		return (EAttribute)plannedInterventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlannedIntervention_Parameters() {
		return (EReference)plannedInterventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedIntervention_TimesPerWeek() {
		return (EAttribute)plannedInterventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedIntervention_DurationWeeks() {
		return (EAttribute)plannedInterventionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedIntervention_Rationale() {
		return (EAttribute)plannedInterventionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedIntervention_Evidence() {
		return (EAttribute)plannedInterventionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Name() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSession() {
		return sessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Date() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_TherapistId() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Soap() {
		return (EReference)sessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Interventions() {
		return (EReference)sessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_PainBefore() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_PainAfter() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_HomeProgrammeAdherencePercent() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSoapNote() {
		return soapNoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoapNote_Subjective() {
		return (EAttribute)soapNoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoapNote_Objective() {
		return (EAttribute)soapNoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoapNote_Assessment() {
		return (EAttribute)soapNoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoapNote_Plan() {
		return (EAttribute)soapNoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeliveredIntervention() {
		return deliveredInterventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveredIntervention_ModalityId() {
		return (EAttribute)deliveredInterventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveredIntervention_Planned() {
		return (EReference)deliveredInterventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveredIntervention_Parameters() {
		return (EReference)deliveredInterventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveredIntervention_PatientResponse() {
		return (EAttribute)deliveredInterventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHomeProgramme() {
		return homeProgrammeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeProgramme_IssuedDate() {
		return (EAttribute)homeProgrammeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeProgramme_TherapistId() {
		return (EAttribute)homeProgrammeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHomeProgramme_Exercises() {
		return (EReference)homeProgrammeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeProgramme_Notes() {
		return (EAttribute)homeProgrammeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHomeExercise() {
		return homeExerciseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeExercise_ModalityId() {
		return (EAttribute)homeExerciseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeExercise_Instructions() {
		return (EAttribute)homeExerciseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHomeExercise_Parameters() {
		return (EReference)homeExerciseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeExercise_TimesPerDay() {
		return (EAttribute)homeExerciseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeExercise_DaysPerWeek() {
		return (EAttribute)homeExerciseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDischarge() {
		return dischargeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDischarge_Date() {
		return (EAttribute)dischargeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDischarge_TherapistId() {
		return (EAttribute)dischargeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDischarge_Reason() {
		return (EAttribute)dischargeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDischarge_Summary() {
		return (EAttribute)dischargeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDischarge_PreventionPlan() {
		return (EReference)dischargeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPreventionPlan() {
		return preventionPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreventionPlan_SelfManagement() {
		return (EAttribute)preventionPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPreventionPlan_HomeProgramme() {
		return (EReference)preventionPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreventionPlan_FlareUpPlan() {
		return (EAttribute)preventionPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreventionPlan_WarningSigns() {
		return (EAttribute)preventionPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreventionPlan_FollowUpDate() {
		return (EAttribute)preventionPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEpisodeStatus() {
		return episodeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentKind() {
		return assessmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkDemand() {
		return workDemandEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityLevel() {
		return activityLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSmokingStatus() {
		return smokingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBodyRegion() {
		return bodyRegionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBodySide() {
		return bodySideEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPainOnsetMode() {
		return painOnsetModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDurationClass() {
		return durationClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDailyPainPattern() {
		return dailyPainPatternEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreeningAnswer() {
		return screeningAnswerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSpinalMovement() {
		return spinalMovementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNeurologicalTestKind() {
		return neurologicalTestKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNeurologicalResult() {
		return neurologicalResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirectionalPreference() {
		return directionalPreferenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanStatus() {
		return planStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGoalStatus() {
		return goalStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDischargeReason() {
		return dischargeReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOverrideKind() {
		return overrideKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTimestamp() {
		return timestampEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getRedFlagCategory() {
		return redFlagCategoryEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTreatmentComponent() {
		return treatmentComponentEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClinicalFactory getClinicalFactory() {
		return (ClinicalFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiableEClass = createEClass(IDENTIFIABLE);
		createEAttribute(identifiableEClass, IDENTIFIABLE__ID);

		therapistEClass = createEClass(THERAPIST);
		createEAttribute(therapistEClass, THERAPIST__USERNAME);
		createEAttribute(therapistEClass, THERAPIST__DISPLAY_NAME);
		createEAttribute(therapistEClass, THERAPIST__REGISTRATION_NUMBER);
		createEAttribute(therapistEClass, THERAPIST__EMAIL);
		createEAttribute(therapistEClass, THERAPIST__ACTIVE);

		patientEClass = createEClass(PATIENT);
		createEReference(patientEClass, PATIENT__IDENTIFIERS);
		createEAttribute(patientEClass, PATIENT__GIVEN_NAME);
		createEAttribute(patientEClass, PATIENT__FAMILY_NAME);
		createEAttribute(patientEClass, PATIENT__BIRTH_DATE);
		createEAttribute(patientEClass, PATIENT__SEX);
		createEAttribute(patientEClass, PATIENT__PREFERRED_LANGUAGE);
		createEReference(patientEClass, PATIENT__CONTACT);
		createEReference(patientEClass, PATIENT__EPISODES);
		createEReference(patientEClass, PATIENT__MEDICAL_REVIEWS);

		medicalReviewEClass = createEClass(MEDICAL_REVIEW);
		createEAttribute(medicalReviewEClass, MEDICAL_REVIEW__DATE);
		createEAttribute(medicalReviewEClass, MEDICAL_REVIEW__REVIEWER);
		createEAttribute(medicalReviewEClass, MEDICAL_REVIEW__OUTCOME);
		createEAttribute(medicalReviewEClass, MEDICAL_REVIEW__FINDINGS);
		createEAttribute(medicalReviewEClass, MEDICAL_REVIEW__RECORDED_BY);
		createEAttribute(medicalReviewEClass, MEDICAL_REVIEW__RECORDED_AT);

		identifierEClass = createEClass(IDENTIFIER);
		createEAttribute(identifierEClass, IDENTIFIER__SYSTEM);
		createEAttribute(identifierEClass, IDENTIFIER__VALUE);

		contactDetailsEClass = createEClass(CONTACT_DETAILS);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__PHONE);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__EMAIL);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__ADDRESS_LINE);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__POSTAL_CODE);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__CITY);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__COUNTRY);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__EMERGENCY_CONTACT);

		episodeOfCareEClass = createEClass(EPISODE_OF_CARE);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__CONDITION);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__CONDITION_CODE);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__ONSET_DATE);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__START_DATE);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__STATUS);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__REFERRAL);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__ASSESSMENTS);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__PLANS);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__SESSIONS);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__HOME_PROGRAMMES);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__DISCHARGE);

		referralEClass = createEClass(REFERRAL);
		createEAttribute(referralEClass, REFERRAL__SOURCE);
		createEAttribute(referralEClass, REFERRAL__REFERRER_NAME);
		createEAttribute(referralEClass, REFERRAL__DATE);
		createEAttribute(referralEClass, REFERRAL__REASON);

		assessmentEClass = createEClass(ASSESSMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__DATE);
		createEAttribute(assessmentEClass, ASSESSMENT__THERAPIST_ID);
		createEAttribute(assessmentEClass, ASSESSMENT__KIND);
		createEReference(assessmentEClass, ASSESSMENT__MEDICAL_HISTORY);
		createEReference(assessmentEClass, ASSESSMENT__LIFESTYLE);
		createEReference(assessmentEClass, ASSESSMENT__PAIN);
		createEReference(assessmentEClass, ASSESSMENT__RED_FLAG_SCREENING);
		createEReference(assessmentEClass, ASSESSMENT__EXAMINATION);
		createEReference(assessmentEClass, ASSESSMENT__ADMINISTRATIONS);
		createEAttribute(assessmentEClass, ASSESSMENT__NOTES);

		medicalHistoryEClass = createEClass(MEDICAL_HISTORY);
		createEReference(medicalHistoryEClass, MEDICAL_HISTORY__CONDITIONS);
		createEReference(medicalHistoryEClass, MEDICAL_HISTORY__MEDICATIONS);
		createEReference(medicalHistoryEClass, MEDICAL_HISTORY__SURGERIES);
		createEAttribute(medicalHistoryEClass, MEDICAL_HISTORY__PREVIOUS_EPISODES);

		medicalConditionEClass = createEClass(MEDICAL_CONDITION);
		createEAttribute(medicalConditionEClass, MEDICAL_CONDITION__NAME);
		createEAttribute(medicalConditionEClass, MEDICAL_CONDITION__CONDITION_ID);
		createEAttribute(medicalConditionEClass, MEDICAL_CONDITION__SINCE);
		createEAttribute(medicalConditionEClass, MEDICAL_CONDITION__CURRENT);

		medicationEClass = createEClass(MEDICATION);
		createEAttribute(medicationEClass, MEDICATION__NAME);
		createEAttribute(medicationEClass, MEDICATION__DOSE);
		createEAttribute(medicationEClass, MEDICATION__REASON);

		surgeryEClass = createEClass(SURGERY);
		createEAttribute(surgeryEClass, SURGERY__PROCEDURE);
		createEAttribute(surgeryEClass, SURGERY__DATE);
		createEAttribute(surgeryEClass, SURGERY__NOTES);

		lifestyleEClass = createEClass(LIFESTYLE);
		createEAttribute(lifestyleEClass, LIFESTYLE__OCCUPATION);
		createEAttribute(lifestyleEClass, LIFESTYLE__WORK_DEMAND);
		createEAttribute(lifestyleEClass, LIFESTYLE__SITTING_HOURS_PER_DAY);
		createEAttribute(lifestyleEClass, LIFESTYLE__ACTIVITY_LEVEL);
		createEAttribute(lifestyleEClass, LIFESTYLE__SPORTS);
		createEAttribute(lifestyleEClass, LIFESTYLE__COMPETITIVE_ATHLETE);
		createEAttribute(lifestyleEClass, LIFESTYLE__SLEEP_HOURS_PER_NIGHT);
		createEAttribute(lifestyleEClass, LIFESTYLE__SLEEP_DISTURBED_BY_PAIN);
		createEAttribute(lifestyleEClass, LIFESTYLE__SMOKING);

		painDescriptionEClass = createEClass(PAIN_DESCRIPTION);
		createEReference(painDescriptionEClass, PAIN_DESCRIPTION__REGIONS);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__RADIATES_BELOW_KNEE);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__ONSET_DATE);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__ONSET_MODE);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__DURATION_CLASS);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__DAILY_PATTERN);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__NIGHT_PAIN);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__AGGRAVATING_FACTORS);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__EASING_FACTORS);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__CURRENT_INTENSITY);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__WORST_INTENSITY);
		createEAttribute(painDescriptionEClass, PAIN_DESCRIPTION__BEST_INTENSITY);

		painRegionEClass = createEClass(PAIN_REGION);
		createEAttribute(painRegionEClass, PAIN_REGION__REGION);
		createEAttribute(painRegionEClass, PAIN_REGION__SIDE);

		redFlagScreeningEClass = createEClass(RED_FLAG_SCREENING);
		createEReference(redFlagScreeningEClass, RED_FLAG_SCREENING__ANSWERS);
		createEAttribute(redFlagScreeningEClass, RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW);
		createEAttribute(redFlagScreeningEClass, RED_FLAG_SCREENING__NOTES);

		redFlagAnswerEClass = createEClass(RED_FLAG_ANSWER);
		createEAttribute(redFlagAnswerEClass, RED_FLAG_ANSWER__QUESTION_ID);
		createEAttribute(redFlagAnswerEClass, RED_FLAG_ANSWER__CATEGORY);
		createEAttribute(redFlagAnswerEClass, RED_FLAG_ANSWER__ANSWER);
		createEAttribute(redFlagAnswerEClass, RED_FLAG_ANSWER__NOTE);

		physicalExaminationEClass = createEClass(PHYSICAL_EXAMINATION);
		createEReference(physicalExaminationEClass, PHYSICAL_EXAMINATION__RANGE_OF_MOTION);
		createEReference(physicalExaminationEClass, PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES);
		createEReference(physicalExaminationEClass, PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS);
		createEAttribute(physicalExaminationEClass, PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE);
		createEAttribute(physicalExaminationEClass, PHYSICAL_EXAMINATION__NOTES);

		rangeOfMotionEClass = createEClass(RANGE_OF_MOTION);
		createEAttribute(rangeOfMotionEClass, RANGE_OF_MOTION__MOVEMENT);
		createEAttribute(rangeOfMotionEClass, RANGE_OF_MOTION__DEGREES);
		createEAttribute(rangeOfMotionEClass, RANGE_OF_MOTION__PAINFUL);
		createEAttribute(rangeOfMotionEClass, RANGE_OF_MOTION__NOTE);

		straightLegRaiseEClass = createEClass(STRAIGHT_LEG_RAISE);
		createEAttribute(straightLegRaiseEClass, STRAIGHT_LEG_RAISE__SIDE);
		createEAttribute(straightLegRaiseEClass, STRAIGHT_LEG_RAISE__ANGLE_DEGREES);
		createEAttribute(straightLegRaiseEClass, STRAIGHT_LEG_RAISE__POSITIVE);

		neurologicalFindingEClass = createEClass(NEUROLOGICAL_FINDING);
		createEAttribute(neurologicalFindingEClass, NEUROLOGICAL_FINDING__KIND);
		createEAttribute(neurologicalFindingEClass, NEUROLOGICAL_FINDING__LEVEL);
		createEAttribute(neurologicalFindingEClass, NEUROLOGICAL_FINDING__SIDE);
		createEAttribute(neurologicalFindingEClass, NEUROLOGICAL_FINDING__RESULT);

		instrumentAdministrationEClass = createEClass(INSTRUMENT_ADMINISTRATION);
		createEAttribute(instrumentAdministrationEClass, INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID);
		createEAttribute(instrumentAdministrationEClass, INSTRUMENT_ADMINISTRATION__DATE);
		createEReference(instrumentAdministrationEClass, INSTRUMENT_ADMINISTRATION__ANSWERS);
		createEReference(instrumentAdministrationEClass, INSTRUMENT_ADMINISTRATION__SCORES);

		itemAnswerEClass = createEClass(ITEM_ANSWER);
		createEAttribute(itemAnswerEClass, ITEM_ANSWER__ITEM_ID);
		createEAttribute(itemAnswerEClass, ITEM_ANSWER__VALUE);
		createEAttribute(itemAnswerEClass, ITEM_ANSWER__TEXT);

		scoreEClass = createEClass(SCORE);
		createEAttribute(scoreEClass, SCORE__SCORE_ID);
		createEAttribute(scoreEClass, SCORE__VALUE);
		createEAttribute(scoreEClass, SCORE__INTERPRETATION);

		treatmentPlanEClass = createEClass(TREATMENT_PLAN);
		createEAttribute(treatmentPlanEClass, TREATMENT_PLAN__START_DATE);
		createEAttribute(treatmentPlanEClass, TREATMENT_PLAN__STATUS);
		createEReference(treatmentPlanEClass, TREATMENT_PLAN__REVISIONS);
		createEOperation(treatmentPlanEClass, TREATMENT_PLAN___GET_CURRENT_REVISION);

		planRevisionEClass = createEClass(PLAN_REVISION);
		createEAttribute(planRevisionEClass, PLAN_REVISION__REVISION_NUMBER);
		createEAttribute(planRevisionEClass, PLAN_REVISION__AUTHOR_ID);
		createEAttribute(planRevisionEClass, PLAN_REVISION__CREATED_AT);
		createEAttribute(planRevisionEClass, PLAN_REVISION__REASON);
		createEAttribute(planRevisionEClass, PLAN_REVISION__AGREED_WITH_PATIENT);
		createEAttribute(planRevisionEClass, PLAN_REVISION__CLASSIFICATION);
		createEAttribute(planRevisionEClass, PLAN_REVISION__VISITS_PER_WEEK);
		createEAttribute(planRevisionEClass, PLAN_REVISION__DURATION_WEEKS);
		createEAttribute(planRevisionEClass, PLAN_REVISION__REVIEW_DATE);
		createEReference(planRevisionEClass, PLAN_REVISION__GOALS);
		createEReference(planRevisionEClass, PLAN_REVISION__INTERVENTIONS);
		createEReference(planRevisionEClass, PLAN_REVISION__REJECTED_SUGGESTIONS);
		createEReference(planRevisionEClass, PLAN_REVISION__OVERRIDES);

		contraindicationOverrideEClass = createEClass(CONTRAINDICATION_OVERRIDE);
		createEAttribute(contraindicationOverrideEClass, CONTRAINDICATION_OVERRIDE__MODALITY_ID);
		createEAttribute(contraindicationOverrideEClass, CONTRAINDICATION_OVERRIDE__KIND);
		createEAttribute(contraindicationOverrideEClass, CONTRAINDICATION_OVERRIDE__CONTRAINDICATIONS);
		createEAttribute(contraindicationOverrideEClass, CONTRAINDICATION_OVERRIDE__REASON);
		createEAttribute(contraindicationOverrideEClass, CONTRAINDICATION_OVERRIDE__BY);
		createEAttribute(contraindicationOverrideEClass, CONTRAINDICATION_OVERRIDE__AT);

		rejectedSuggestionEClass = createEClass(REJECTED_SUGGESTION);
		createEAttribute(rejectedSuggestionEClass, REJECTED_SUGGESTION__SUGGESTION_ID);
		createEAttribute(rejectedSuggestionEClass, REJECTED_SUGGESTION__TITLE);
		createEAttribute(rejectedSuggestionEClass, REJECTED_SUGGESTION__RATIONALE);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__DESCRIPTION);
		createEAttribute(goalEClass, GOAL__INSTRUMENT_ID);
		createEAttribute(goalEClass, GOAL__ACTIVITY);
		createEAttribute(goalEClass, GOAL__BASELINE_VALUE);
		createEAttribute(goalEClass, GOAL__TARGET_VALUE);
		createEAttribute(goalEClass, GOAL__UNIT);
		createEAttribute(goalEClass, GOAL__TARGET_DATE);
		createEAttribute(goalEClass, GOAL__STATUS);

		plannedInterventionEClass = createEClass(PLANNED_INTERVENTION);
		createEAttribute(plannedInterventionEClass, PLANNED_INTERVENTION__MODALITY_ID);
		createEAttribute(plannedInterventionEClass, PLANNED_INTERVENTION__COMPONENT);
		createEReference(plannedInterventionEClass, PLANNED_INTERVENTION__PARAMETERS);
		createEAttribute(plannedInterventionEClass, PLANNED_INTERVENTION__TIMES_PER_WEEK);
		createEAttribute(plannedInterventionEClass, PLANNED_INTERVENTION__DURATION_WEEKS);
		createEAttribute(plannedInterventionEClass, PLANNED_INTERVENTION__RATIONALE);
		createEAttribute(plannedInterventionEClass, PLANNED_INTERVENTION__EVIDENCE);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__NAME);
		createEAttribute(parameterEClass, PARAMETER__VALUE);

		sessionEClass = createEClass(SESSION);
		createEAttribute(sessionEClass, SESSION__DATE);
		createEAttribute(sessionEClass, SESSION__THERAPIST_ID);
		createEReference(sessionEClass, SESSION__SOAP);
		createEReference(sessionEClass, SESSION__INTERVENTIONS);
		createEAttribute(sessionEClass, SESSION__PAIN_BEFORE);
		createEAttribute(sessionEClass, SESSION__PAIN_AFTER);
		createEAttribute(sessionEClass, SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT);

		soapNoteEClass = createEClass(SOAP_NOTE);
		createEAttribute(soapNoteEClass, SOAP_NOTE__SUBJECTIVE);
		createEAttribute(soapNoteEClass, SOAP_NOTE__OBJECTIVE);
		createEAttribute(soapNoteEClass, SOAP_NOTE__ASSESSMENT);
		createEAttribute(soapNoteEClass, SOAP_NOTE__PLAN);

		deliveredInterventionEClass = createEClass(DELIVERED_INTERVENTION);
		createEAttribute(deliveredInterventionEClass, DELIVERED_INTERVENTION__MODALITY_ID);
		createEReference(deliveredInterventionEClass, DELIVERED_INTERVENTION__PLANNED);
		createEReference(deliveredInterventionEClass, DELIVERED_INTERVENTION__PARAMETERS);
		createEAttribute(deliveredInterventionEClass, DELIVERED_INTERVENTION__PATIENT_RESPONSE);

		homeProgrammeEClass = createEClass(HOME_PROGRAMME);
		createEAttribute(homeProgrammeEClass, HOME_PROGRAMME__ISSUED_DATE);
		createEAttribute(homeProgrammeEClass, HOME_PROGRAMME__THERAPIST_ID);
		createEReference(homeProgrammeEClass, HOME_PROGRAMME__EXERCISES);
		createEAttribute(homeProgrammeEClass, HOME_PROGRAMME__NOTES);

		homeExerciseEClass = createEClass(HOME_EXERCISE);
		createEAttribute(homeExerciseEClass, HOME_EXERCISE__MODALITY_ID);
		createEAttribute(homeExerciseEClass, HOME_EXERCISE__INSTRUCTIONS);
		createEReference(homeExerciseEClass, HOME_EXERCISE__PARAMETERS);
		createEAttribute(homeExerciseEClass, HOME_EXERCISE__TIMES_PER_DAY);
		createEAttribute(homeExerciseEClass, HOME_EXERCISE__DAYS_PER_WEEK);

		dischargeEClass = createEClass(DISCHARGE);
		createEAttribute(dischargeEClass, DISCHARGE__DATE);
		createEAttribute(dischargeEClass, DISCHARGE__THERAPIST_ID);
		createEAttribute(dischargeEClass, DISCHARGE__REASON);
		createEAttribute(dischargeEClass, DISCHARGE__SUMMARY);
		createEReference(dischargeEClass, DISCHARGE__PREVENTION_PLAN);

		preventionPlanEClass = createEClass(PREVENTION_PLAN);
		createEAttribute(preventionPlanEClass, PREVENTION_PLAN__SELF_MANAGEMENT);
		createEReference(preventionPlanEClass, PREVENTION_PLAN__HOME_PROGRAMME);
		createEAttribute(preventionPlanEClass, PREVENTION_PLAN__FLARE_UP_PLAN);
		createEAttribute(preventionPlanEClass, PREVENTION_PLAN__WARNING_SIGNS);
		createEAttribute(preventionPlanEClass, PREVENTION_PLAN__FOLLOW_UP_DATE);

		// Create enums
		sexEEnum = createEEnum(SEX);
		episodeStatusEEnum = createEEnum(EPISODE_STATUS);
		assessmentKindEEnum = createEEnum(ASSESSMENT_KIND);
		workDemandEEnum = createEEnum(WORK_DEMAND);
		activityLevelEEnum = createEEnum(ACTIVITY_LEVEL);
		smokingStatusEEnum = createEEnum(SMOKING_STATUS);
		bodyRegionEEnum = createEEnum(BODY_REGION);
		bodySideEEnum = createEEnum(BODY_SIDE);
		painOnsetModeEEnum = createEEnum(PAIN_ONSET_MODE);
		durationClassEEnum = createEEnum(DURATION_CLASS);
		dailyPainPatternEEnum = createEEnum(DAILY_PAIN_PATTERN);
		screeningAnswerEEnum = createEEnum(SCREENING_ANSWER);
		spinalMovementEEnum = createEEnum(SPINAL_MOVEMENT);
		neurologicalTestKindEEnum = createEEnum(NEUROLOGICAL_TEST_KIND);
		neurologicalResultEEnum = createEEnum(NEUROLOGICAL_RESULT);
		directionalPreferenceEEnum = createEEnum(DIRECTIONAL_PREFERENCE);
		planStatusEEnum = createEEnum(PLAN_STATUS);
		goalStatusEEnum = createEEnum(GOAL_STATUS);
		dischargeReasonEEnum = createEEnum(DISCHARGE_REASON);
		overrideKindEEnum = createEEnum(OVERRIDE_KIND);

		// Create data types
		dateEDataType = createEDataType(DATE);
		timestampEDataType = createEDataType(TIMESTAMP);
		redFlagCategoryEDataType = createEDataType(RED_FLAG_CATEGORY);
		treatmentComponentEDataType = createEDataType(TREATMENT_COMPONENT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		therapistEClass.getESuperTypes().add(this.getIdentifiable());
		patientEClass.getESuperTypes().add(this.getIdentifiable());
		medicalReviewEClass.getESuperTypes().add(this.getIdentifiable());
		episodeOfCareEClass.getESuperTypes().add(this.getIdentifiable());
		assessmentEClass.getESuperTypes().add(this.getIdentifiable());
		instrumentAdministrationEClass.getESuperTypes().add(this.getIdentifiable());
		treatmentPlanEClass.getESuperTypes().add(this.getIdentifiable());
		planRevisionEClass.getESuperTypes().add(this.getIdentifiable());
		goalEClass.getESuperTypes().add(this.getIdentifiable());
		plannedInterventionEClass.getESuperTypes().add(this.getIdentifiable());
		sessionEClass.getESuperTypes().add(this.getIdentifiable());
		deliveredInterventionEClass.getESuperTypes().add(this.getIdentifiable());
		homeProgrammeEClass.getESuperTypes().add(this.getIdentifiable());
		homeExerciseEClass.getESuperTypes().add(this.getIdentifiable());
		dischargeEClass.getESuperTypes().add(this.getIdentifiable());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiableEClass, Identifiable.class, "Identifiable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifiable_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(therapistEClass, Therapist.class, "Therapist", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTherapist_Username(), ecorePackage.getEString(), "username", null, 1, 1, Therapist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTherapist_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Therapist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTherapist_RegistrationNumber(), ecorePackage.getEString(), "registrationNumber", null, 0, 1, Therapist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTherapist_Email(), ecorePackage.getEString(), "email", null, 0, 1, Therapist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTherapist_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, Therapist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(patientEClass, Patient.class, "Patient", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPatient_Identifiers(), this.getIdentifier(), null, "identifiers", null, 0, -1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_GivenName(), ecorePackage.getEString(), "givenName", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_FamilyName(), ecorePackage.getEString(), "familyName", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_BirthDate(), this.getDate(), "birthDate", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_Sex(), this.getSex(), "sex", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_PreferredLanguage(), ecorePackage.getEString(), "preferredLanguage", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatient_Contact(), this.getContactDetails(), null, "contact", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatient_Episodes(), this.getEpisodeOfCare(), null, "episodes", null, 0, -1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatient_MedicalReviews(), this.getMedicalReview(), null, "medicalReviews", null, 0, -1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(medicalReviewEClass, MedicalReview.class, "MedicalReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMedicalReview_Date(), this.getDate(), "date", null, 0, 1, MedicalReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalReview_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, MedicalReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalReview_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, MedicalReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalReview_Findings(), ecorePackage.getEString(), "findings", null, 0, -1, MedicalReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalReview_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 0, 1, MedicalReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalReview_RecordedAt(), this.getTimestamp(), "recordedAt", null, 0, 1, MedicalReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(identifierEClass, Identifier.class, "Identifier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifier_System(), ecorePackage.getEString(), "system", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifier_Value(), ecorePackage.getEString(), "value", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactDetailsEClass, ContactDetails.class, "ContactDetails", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactDetails_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_Email(), ecorePackage.getEString(), "email", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_AddressLine(), ecorePackage.getEString(), "addressLine", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_PostalCode(), ecorePackage.getEString(), "postalCode", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_City(), ecorePackage.getEString(), "city", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_Country(), ecorePackage.getEString(), "country", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_EmergencyContact(), ecorePackage.getEString(), "emergencyContact", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(episodeOfCareEClass, EpisodeOfCare.class, "EpisodeOfCare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEpisodeOfCare_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_ConditionCode(), ecorePackage.getEString(), "conditionCode", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_OnsetDate(), this.getDate(), "onsetDate", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_StartDate(), this.getDate(), "startDate", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_Status(), this.getEpisodeStatus(), "status", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Referral(), this.getReferral(), null, "referral", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Plans(), this.getTreatmentPlan(), null, "plans", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Sessions(), this.getSession(), null, "sessions", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_HomeProgrammes(), this.getHomeProgramme(), null, "homeProgrammes", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Discharge(), this.getDischarge(), null, "discharge", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referralEClass, Referral.class, "Referral", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReferral_Source(), ecorePackage.getEString(), "source", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_ReferrerName(), ecorePackage.getEString(), "referrerName", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_Date(), this.getDate(), "date", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessment_Date(), this.getDate(), "date", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_TherapistId(), ecorePackage.getEString(), "therapistId", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Kind(), this.getAssessmentKind(), "kind", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_MedicalHistory(), this.getMedicalHistory(), null, "medicalHistory", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Lifestyle(), this.getLifestyle(), null, "lifestyle", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Pain(), this.getPainDescription(), null, "pain", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_RedFlagScreening(), this.getRedFlagScreening(), null, "redFlagScreening", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Examination(), this.getPhysicalExamination(), null, "examination", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Administrations(), this.getInstrumentAdministration(), null, "administrations", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(medicalHistoryEClass, MedicalHistory.class, "MedicalHistory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMedicalHistory_Conditions(), this.getMedicalCondition(), null, "conditions", null, 0, -1, MedicalHistory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMedicalHistory_Medications(), this.getMedication(), null, "medications", null, 0, -1, MedicalHistory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMedicalHistory_Surgeries(), this.getSurgery(), null, "surgeries", null, 0, -1, MedicalHistory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalHistory_PreviousEpisodes(), ecorePackage.getEIntegerObject(), "previousEpisodes", null, 0, 1, MedicalHistory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(medicalConditionEClass, MedicalCondition.class, "MedicalCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMedicalCondition_Name(), ecorePackage.getEString(), "name", null, 0, 1, MedicalCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalCondition_ConditionId(), ecorePackage.getEString(), "conditionId", null, 0, 1, MedicalCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalCondition_Since(), this.getDate(), "since", null, 0, 1, MedicalCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicalCondition_Current(), ecorePackage.getEBoolean(), "current", "true", 0, 1, MedicalCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(medicationEClass, Medication.class, "Medication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMedication_Name(), ecorePackage.getEString(), "name", null, 0, 1, Medication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedication_Dose(), ecorePackage.getEString(), "dose", null, 0, 1, Medication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedication_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Medication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surgeryEClass, Surgery.class, "Surgery", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurgery_Procedure(), ecorePackage.getEString(), "procedure", null, 0, 1, Surgery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurgery_Date(), this.getDate(), "date", null, 0, 1, Surgery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurgery_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Surgery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifestyleEClass, Lifestyle.class, "Lifestyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifestyle_Occupation(), ecorePackage.getEString(), "occupation", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_WorkDemand(), this.getWorkDemand(), "workDemand", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_SittingHoursPerDay(), ecorePackage.getEDoubleObject(), "sittingHoursPerDay", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_ActivityLevel(), this.getActivityLevel(), "activityLevel", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_Sports(), ecorePackage.getEString(), "sports", null, 0, -1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_CompetitiveAthlete(), ecorePackage.getEBoolean(), "competitiveAthlete", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_SleepHoursPerNight(), ecorePackage.getEDoubleObject(), "sleepHoursPerNight", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_SleepDisturbedByPain(), ecorePackage.getEBoolean(), "sleepDisturbedByPain", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifestyle_Smoking(), this.getSmokingStatus(), "smoking", null, 0, 1, Lifestyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(painDescriptionEClass, PainDescription.class, "PainDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPainDescription_Regions(), this.getPainRegion(), null, "regions", null, 0, -1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_RadiatesBelowKnee(), ecorePackage.getEBoolean(), "radiatesBelowKnee", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_OnsetDate(), this.getDate(), "onsetDate", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_OnsetMode(), this.getPainOnsetMode(), "onsetMode", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_DurationClass(), this.getDurationClass(), "durationClass", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_DailyPattern(), this.getDailyPainPattern(), "dailyPattern", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_NightPain(), ecorePackage.getEBoolean(), "nightPain", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_MorningStiffnessMinutes(), ecorePackage.getEIntegerObject(), "morningStiffnessMinutes", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_AggravatingFactors(), ecorePackage.getEString(), "aggravatingFactors", null, 0, -1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_EasingFactors(), ecorePackage.getEString(), "easingFactors", null, 0, -1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_CurrentIntensity(), ecorePackage.getEIntegerObject(), "currentIntensity", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_WorstIntensity(), ecorePackage.getEIntegerObject(), "worstIntensity", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainDescription_BestIntensity(), ecorePackage.getEIntegerObject(), "bestIntensity", null, 0, 1, PainDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(painRegionEClass, PainRegion.class, "PainRegion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPainRegion_Region(), this.getBodyRegion(), "region", null, 0, 1, PainRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPainRegion_Side(), this.getBodySide(), "side", null, 0, 1, PainRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(redFlagScreeningEClass, RedFlagScreening.class, "RedFlagScreening", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRedFlagScreening_Answers(), this.getRedFlagAnswer(), null, "answers", null, 0, -1, RedFlagScreening.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedFlagScreening_ReferredForMedicalReview(), ecorePackage.getEBoolean(), "referredForMedicalReview", null, 0, 1, RedFlagScreening.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedFlagScreening_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, RedFlagScreening.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(redFlagAnswerEClass, RedFlagAnswer.class, "RedFlagAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRedFlagAnswer_QuestionId(), ecorePackage.getEString(), "questionId", null, 0, 1, RedFlagAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedFlagAnswer_Category(), this.getRedFlagCategory(), "category", null, 0, 1, RedFlagAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedFlagAnswer_Answer(), this.getScreeningAnswer(), "answer", null, 0, 1, RedFlagAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedFlagAnswer_Note(), ecorePackage.getEString(), "note", null, 0, 1, RedFlagAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(physicalExaminationEClass, PhysicalExamination.class, "PhysicalExamination", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPhysicalExamination_RangeOfMotion(), this.getRangeOfMotion(), null, "rangeOfMotion", null, 0, -1, PhysicalExamination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPhysicalExamination_StraightLegRaises(), this.getStraightLegRaise(), null, "straightLegRaises", null, 0, -1, PhysicalExamination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPhysicalExamination_NeurologicalFindings(), this.getNeurologicalFinding(), null, "neurologicalFindings", null, 0, -1, PhysicalExamination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalExamination_DirectionalPreference(), this.getDirectionalPreference(), "directionalPreference", null, 0, 1, PhysicalExamination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalExamination_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, PhysicalExamination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rangeOfMotionEClass, RangeOfMotion.class, "RangeOfMotion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRangeOfMotion_Movement(), this.getSpinalMovement(), "movement", null, 0, 1, RangeOfMotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRangeOfMotion_Degrees(), ecorePackage.getEIntegerObject(), "degrees", null, 0, 1, RangeOfMotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRangeOfMotion_Painful(), ecorePackage.getEBoolean(), "painful", null, 0, 1, RangeOfMotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRangeOfMotion_Note(), ecorePackage.getEString(), "note", null, 0, 1, RangeOfMotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(straightLegRaiseEClass, StraightLegRaise.class, "StraightLegRaise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStraightLegRaise_Side(), this.getBodySide(), "side", null, 0, 1, StraightLegRaise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStraightLegRaise_AngleDegrees(), ecorePackage.getEIntegerObject(), "angleDegrees", null, 0, 1, StraightLegRaise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStraightLegRaise_Positive(), ecorePackage.getEBoolean(), "positive", null, 0, 1, StraightLegRaise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(neurologicalFindingEClass, NeurologicalFinding.class, "NeurologicalFinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNeurologicalFinding_Kind(), this.getNeurologicalTestKind(), "kind", null, 0, 1, NeurologicalFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeurologicalFinding_Level(), ecorePackage.getEString(), "level", null, 0, 1, NeurologicalFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeurologicalFinding_Side(), this.getBodySide(), "side", null, 0, 1, NeurologicalFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeurologicalFinding_Result(), this.getNeurologicalResult(), "result", null, 0, 1, NeurologicalFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instrumentAdministrationEClass, InstrumentAdministration.class, "InstrumentAdministration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrumentAdministration_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 0, 1, InstrumentAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentAdministration_Date(), this.getDate(), "date", null, 0, 1, InstrumentAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentAdministration_Answers(), this.getItemAnswer(), null, "answers", null, 0, -1, InstrumentAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentAdministration_Scores(), this.getScore(), null, "scores", null, 0, -1, InstrumentAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemAnswerEClass, ItemAnswer.class, "ItemAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItemAnswer_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, ItemAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemAnswer_Value(), ecorePackage.getEIntegerObject(), "value", null, 0, 1, ItemAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemAnswer_Text(), ecorePackage.getEString(), "text", null, 0, 1, ItemAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScore_ScoreId(), ecorePackage.getEString(), "scoreId", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Interpretation(), ecorePackage.getEString(), "interpretation", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(treatmentPlanEClass, TreatmentPlan.class, "TreatmentPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTreatmentPlan_StartDate(), this.getDate(), "startDate", null, 0, 1, TreatmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTreatmentPlan_Status(), this.getPlanStatus(), "status", null, 0, 1, TreatmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTreatmentPlan_Revisions(), this.getPlanRevision(), null, "revisions", null, 0, -1, TreatmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getTreatmentPlan__GetCurrentRevision(), this.getPlanRevision(), "getCurrentRevision", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(planRevisionEClass, PlanRevision.class, "PlanRevision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanRevision_RevisionNumber(), ecorePackage.getEInt(), "revisionNumber", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_AuthorId(), ecorePackage.getEString(), "authorId", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_CreatedAt(), this.getTimestamp(), "createdAt", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_AgreedWithPatient(), ecorePackage.getEBoolean(), "agreedWithPatient", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_Classification(), ecorePackage.getEString(), "classification", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_VisitsPerWeek(), ecorePackage.getEIntegerObject(), "visitsPerWeek", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_DurationWeeks(), ecorePackage.getEIntegerObject(), "durationWeeks", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_ReviewDate(), this.getDate(), "reviewDate", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanRevision_Goals(), this.getGoal(), null, "goals", null, 0, -1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanRevision_Interventions(), this.getPlannedIntervention(), null, "interventions", null, 0, -1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanRevision_RejectedSuggestions(), this.getRejectedSuggestion(), null, "rejectedSuggestions", null, 0, -1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanRevision_Overrides(), this.getContraindicationOverride(), null, "overrides", null, 0, -1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contraindicationOverrideEClass, ContraindicationOverride.class, "ContraindicationOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContraindicationOverride_ModalityId(), ecorePackage.getEString(), "modalityId", null, 0, 1, ContraindicationOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContraindicationOverride_Kind(), this.getOverrideKind(), "kind", null, 0, 1, ContraindicationOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContraindicationOverride_Contraindications(), ecorePackage.getEString(), "contraindications", null, 0, -1, ContraindicationOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContraindicationOverride_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, ContraindicationOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContraindicationOverride_By(), ecorePackage.getEString(), "by", null, 0, 1, ContraindicationOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContraindicationOverride_At(), this.getTimestamp(), "at", null, 0, 1, ContraindicationOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rejectedSuggestionEClass, RejectedSuggestion.class, "RejectedSuggestion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRejectedSuggestion_SuggestionId(), ecorePackage.getEString(), "suggestionId", null, 0, 1, RejectedSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedSuggestion_Title(), ecorePackage.getEString(), "title", null, 0, 1, RejectedSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedSuggestion_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, RejectedSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGoal_Description(), ecorePackage.getEString(), "description", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_Activity(), ecorePackage.getEString(), "activity", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_BaselineValue(), ecorePackage.getEDoubleObject(), "baselineValue", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_TargetValue(), ecorePackage.getEDoubleObject(), "targetValue", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_TargetDate(), this.getDate(), "targetDate", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_Status(), this.getGoalStatus(), "status", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(plannedInterventionEClass, PlannedIntervention.class, "PlannedIntervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlannedIntervention_ModalityId(), ecorePackage.getEString(), "modalityId", null, 0, 1, PlannedIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedIntervention_Component(), this.getTreatmentComponent(), "component", null, 0, 1, PlannedIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlannedIntervention_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, PlannedIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedIntervention_TimesPerWeek(), ecorePackage.getEIntegerObject(), "timesPerWeek", null, 0, 1, PlannedIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedIntervention_DurationWeeks(), ecorePackage.getEIntegerObject(), "durationWeeks", null, 0, 1, PlannedIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedIntervention_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, PlannedIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedIntervention_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, PlannedIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Name(), ecorePackage.getEString(), "name", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sessionEClass, Session.class, "Session", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSession_Date(), this.getDate(), "date", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_TherapistId(), ecorePackage.getEString(), "therapistId", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Soap(), this.getSoapNote(), null, "soap", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Interventions(), this.getDeliveredIntervention(), null, "interventions", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_PainBefore(), ecorePackage.getEIntegerObject(), "painBefore", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_PainAfter(), ecorePackage.getEIntegerObject(), "painAfter", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_HomeProgrammeAdherencePercent(), ecorePackage.getEIntegerObject(), "homeProgrammeAdherencePercent", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(soapNoteEClass, SoapNote.class, "SoapNote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSoapNote_Subjective(), ecorePackage.getEString(), "subjective", null, 0, 1, SoapNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoapNote_Objective(), ecorePackage.getEString(), "objective", null, 0, 1, SoapNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoapNote_Assessment(), ecorePackage.getEString(), "assessment", null, 0, 1, SoapNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoapNote_Plan(), ecorePackage.getEString(), "plan", null, 0, 1, SoapNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deliveredInterventionEClass, DeliveredIntervention.class, "DeliveredIntervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeliveredIntervention_ModalityId(), ecorePackage.getEString(), "modalityId", null, 0, 1, DeliveredIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliveredIntervention_Planned(), this.getPlannedIntervention(), null, "planned", null, 0, 1, DeliveredIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliveredIntervention_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, DeliveredIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliveredIntervention_PatientResponse(), ecorePackage.getEString(), "patientResponse", null, 0, 1, DeliveredIntervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(homeProgrammeEClass, HomeProgramme.class, "HomeProgramme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHomeProgramme_IssuedDate(), this.getDate(), "issuedDate", null, 0, 1, HomeProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHomeProgramme_TherapistId(), ecorePackage.getEString(), "therapistId", null, 0, 1, HomeProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHomeProgramme_Exercises(), this.getHomeExercise(), null, "exercises", null, 0, -1, HomeProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHomeProgramme_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, HomeProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(homeExerciseEClass, HomeExercise.class, "HomeExercise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHomeExercise_ModalityId(), ecorePackage.getEString(), "modalityId", null, 0, 1, HomeExercise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHomeExercise_Instructions(), ecorePackage.getEString(), "instructions", null, 0, 1, HomeExercise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHomeExercise_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, HomeExercise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHomeExercise_TimesPerDay(), ecorePackage.getEIntegerObject(), "timesPerDay", null, 0, 1, HomeExercise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHomeExercise_DaysPerWeek(), ecorePackage.getEIntegerObject(), "daysPerWeek", null, 0, 1, HomeExercise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dischargeEClass, Discharge.class, "Discharge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDischarge_Date(), this.getDate(), "date", null, 0, 1, Discharge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDischarge_TherapistId(), ecorePackage.getEString(), "therapistId", null, 0, 1, Discharge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDischarge_Reason(), this.getDischargeReason(), "reason", null, 0, 1, Discharge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDischarge_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Discharge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDischarge_PreventionPlan(), this.getPreventionPlan(), null, "preventionPlan", null, 0, 1, Discharge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(preventionPlanEClass, PreventionPlan.class, "PreventionPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPreventionPlan_SelfManagement(), ecorePackage.getEString(), "selfManagement", null, 0, 1, PreventionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPreventionPlan_HomeProgramme(), this.getHomeProgramme(), null, "homeProgramme", null, 0, 1, PreventionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPreventionPlan_FlareUpPlan(), ecorePackage.getEString(), "flareUpPlan", null, 0, 1, PreventionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPreventionPlan_WarningSigns(), ecorePackage.getEString(), "warningSigns", null, 0, -1, PreventionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPreventionPlan_FollowUpDate(), this.getDate(), "followUpDate", null, 0, 1, PreventionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.UNKNOWN);
		addEEnumLiteral(sexEEnum, Sex.FEMALE);
		addEEnumLiteral(sexEEnum, Sex.MALE);
		addEEnumLiteral(sexEEnum, Sex.OTHER);

		initEEnum(episodeStatusEEnum, EpisodeStatus.class, "EpisodeStatus");
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.PLANNED);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.ACTIVE);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.ON_HOLD);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.FINISHED);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.CANCELLED);

		initEEnum(assessmentKindEEnum, AssessmentKind.class, "AssessmentKind");
		addEEnumLiteral(assessmentKindEEnum, AssessmentKind.INITIAL);
		addEEnumLiteral(assessmentKindEEnum, AssessmentKind.REASSESSMENT);
		addEEnumLiteral(assessmentKindEEnum, AssessmentKind.DISCHARGE);

		initEEnum(workDemandEEnum, WorkDemand.class, "WorkDemand");
		addEEnumLiteral(workDemandEEnum, WorkDemand.NOT_WORKING);
		addEEnumLiteral(workDemandEEnum, WorkDemand.SEDENTARY);
		addEEnumLiteral(workDemandEEnum, WorkDemand.LIGHT);
		addEEnumLiteral(workDemandEEnum, WorkDemand.MEDIUM);
		addEEnumLiteral(workDemandEEnum, WorkDemand.HEAVY);
		addEEnumLiteral(workDemandEEnum, WorkDemand.VERY_HEAVY);

		initEEnum(activityLevelEEnum, ActivityLevel.class, "ActivityLevel");
		addEEnumLiteral(activityLevelEEnum, ActivityLevel.UNKNOWN);
		addEEnumLiteral(activityLevelEEnum, ActivityLevel.SEDENTARY);
		addEEnumLiteral(activityLevelEEnum, ActivityLevel.LIGHT);
		addEEnumLiteral(activityLevelEEnum, ActivityLevel.MODERATE);
		addEEnumLiteral(activityLevelEEnum, ActivityLevel.VIGOROUS);

		initEEnum(smokingStatusEEnum, SmokingStatus.class, "SmokingStatus");
		addEEnumLiteral(smokingStatusEEnum, SmokingStatus.UNKNOWN);
		addEEnumLiteral(smokingStatusEEnum, SmokingStatus.NEVER);
		addEEnumLiteral(smokingStatusEEnum, SmokingStatus.FORMER);
		addEEnumLiteral(smokingStatusEEnum, SmokingStatus.CURRENT);

		initEEnum(bodyRegionEEnum, BodyRegion.class, "BodyRegion");
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.THORACIC);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.LUMBAR);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.SACROILIAC);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.BUTTOCK);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.GROIN);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.THIGH_ANTERIOR);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.THIGH_POSTERIOR);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.KNEE);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.LOWER_LEG);
		addEEnumLiteral(bodyRegionEEnum, BodyRegion.FOOT);

		initEEnum(bodySideEEnum, BodySide.class, "BodySide");
		addEEnumLiteral(bodySideEEnum, BodySide.CENTRAL);
		addEEnumLiteral(bodySideEEnum, BodySide.LEFT);
		addEEnumLiteral(bodySideEEnum, BodySide.RIGHT);
		addEEnumLiteral(bodySideEEnum, BodySide.BILATERAL);

		initEEnum(painOnsetModeEEnum, PainOnsetMode.class, "PainOnsetMode");
		addEEnumLiteral(painOnsetModeEEnum, PainOnsetMode.UNKNOWN);
		addEEnumLiteral(painOnsetModeEEnum, PainOnsetMode.SUDDEN);
		addEEnumLiteral(painOnsetModeEEnum, PainOnsetMode.GRADUAL);
		addEEnumLiteral(painOnsetModeEEnum, PainOnsetMode.TRAUMATIC);

		initEEnum(durationClassEEnum, DurationClass.class, "DurationClass");
		addEEnumLiteral(durationClassEEnum, DurationClass.NOT_RECORDED);
		addEEnumLiteral(durationClassEEnum, DurationClass.ACUTE);
		addEEnumLiteral(durationClassEEnum, DurationClass.SUBACUTE);
		addEEnumLiteral(durationClassEEnum, DurationClass.CHRONIC);

		initEEnum(dailyPainPatternEEnum, DailyPainPattern.class, "DailyPainPattern");
		addEEnumLiteral(dailyPainPatternEEnum, DailyPainPattern.NO_PATTERN);
		addEEnumLiteral(dailyPainPatternEEnum, DailyPainPattern.WORSE_IN_MORNING);
		addEEnumLiteral(dailyPainPatternEEnum, DailyPainPattern.WORSE_AS_DAY_GOES_ON);
		addEEnumLiteral(dailyPainPatternEEnum, DailyPainPattern.WORSE_AT_NIGHT);
		addEEnumLiteral(dailyPainPatternEEnum, DailyPainPattern.CONSTANT);

		initEEnum(screeningAnswerEEnum, ScreeningAnswer.class, "ScreeningAnswer");
		addEEnumLiteral(screeningAnswerEEnum, ScreeningAnswer.NOT_ASKED);
		addEEnumLiteral(screeningAnswerEEnum, ScreeningAnswer.NO);
		addEEnumLiteral(screeningAnswerEEnum, ScreeningAnswer.YES);

		initEEnum(spinalMovementEEnum, SpinalMovement.class, "SpinalMovement");
		addEEnumLiteral(spinalMovementEEnum, SpinalMovement.FLEXION);
		addEEnumLiteral(spinalMovementEEnum, SpinalMovement.EXTENSION);
		addEEnumLiteral(spinalMovementEEnum, SpinalMovement.LATERAL_FLEXION_LEFT);
		addEEnumLiteral(spinalMovementEEnum, SpinalMovement.LATERAL_FLEXION_RIGHT);
		addEEnumLiteral(spinalMovementEEnum, SpinalMovement.ROTATION_LEFT);
		addEEnumLiteral(spinalMovementEEnum, SpinalMovement.ROTATION_RIGHT);

		initEEnum(neurologicalTestKindEEnum, NeurologicalTestKind.class, "NeurologicalTestKind");
		addEEnumLiteral(neurologicalTestKindEEnum, NeurologicalTestKind.MYOTOME);
		addEEnumLiteral(neurologicalTestKindEEnum, NeurologicalTestKind.DERMATOME);
		addEEnumLiteral(neurologicalTestKindEEnum, NeurologicalTestKind.REFLEX);

		initEEnum(neurologicalResultEEnum, NeurologicalResult.class, "NeurologicalResult");
		addEEnumLiteral(neurologicalResultEEnum, NeurologicalResult.NORMAL);
		addEEnumLiteral(neurologicalResultEEnum, NeurologicalResult.REDUCED);
		addEEnumLiteral(neurologicalResultEEnum, NeurologicalResult.ABSENT);
		addEEnumLiteral(neurologicalResultEEnum, NeurologicalResult.INCREASED);

		initEEnum(directionalPreferenceEEnum, DirectionalPreference.class, "DirectionalPreference");
		addEEnumLiteral(directionalPreferenceEEnum, DirectionalPreference.NOT_TESTED);
		addEEnumLiteral(directionalPreferenceEEnum, DirectionalPreference.NONE);
		addEEnumLiteral(directionalPreferenceEEnum, DirectionalPreference.EXTENSION);
		addEEnumLiteral(directionalPreferenceEEnum, DirectionalPreference.FLEXION);
		addEEnumLiteral(directionalPreferenceEEnum, DirectionalPreference.LATERAL);

		initEEnum(planStatusEEnum, PlanStatus.class, "PlanStatus");
		addEEnumLiteral(planStatusEEnum, PlanStatus.DRAFT);
		addEEnumLiteral(planStatusEEnum, PlanStatus.ACTIVE);
		addEEnumLiteral(planStatusEEnum, PlanStatus.COMPLETED);
		addEEnumLiteral(planStatusEEnum, PlanStatus.CANCELLED);

		initEEnum(goalStatusEEnum, GoalStatus.class, "GoalStatus");
		addEEnumLiteral(goalStatusEEnum, GoalStatus.PROPOSED);
		addEEnumLiteral(goalStatusEEnum, GoalStatus.ACTIVE);
		addEEnumLiteral(goalStatusEEnum, GoalStatus.ACHIEVED);
		addEEnumLiteral(goalStatusEEnum, GoalStatus.PARTIALLY_ACHIEVED);
		addEEnumLiteral(goalStatusEEnum, GoalStatus.NOT_ACHIEVED);
		addEEnumLiteral(goalStatusEEnum, GoalStatus.CANCELLED);

		initEEnum(dischargeReasonEEnum, DischargeReason.class, "DischargeReason");
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.GOALS_ACHIEVED);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.PLATEAU);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.PATIENT_CHOICE);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.REFERRED_ON);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.DID_NOT_ATTEND);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.OTHER);

		initEEnum(overrideKindEEnum, OverrideKind.class, "OverrideKind");
		addEEnumLiteral(overrideKindEEnum, OverrideKind.BLOCK_OVERRIDDEN);
		addEEnumLiteral(overrideKindEEnum, OverrideKind.WARNING_ACKNOWLEDGED);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(timestampEDataType, Instant.class, "Timestamp", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(redFlagCategoryEDataType, RedFlagCategory.class, "RedFlagCategory", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(treatmentComponentEDataType, TreatmentComponent.class, "TreatmentComponent", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //ClinicalPackageImpl
