/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;

import org.physiobench.model.api.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClinicalFactoryImpl extends EFactoryImpl implements ClinicalFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ClinicalFactory init() {
		try {
			ClinicalFactory theClinicalFactory = (ClinicalFactory)EPackage.Registry.INSTANCE.getEFactory(ClinicalPackage.eNS_URI);
			if (theClinicalFactory != null) {
				return theClinicalFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ClinicalFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClinicalFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ClinicalPackage.THERAPIST: return createTherapist();
			case ClinicalPackage.PATIENT: return createPatient();
			case ClinicalPackage.MEDICAL_REVIEW: return createMedicalReview();
			case ClinicalPackage.IDENTIFIER: return createIdentifier();
			case ClinicalPackage.CONTACT_DETAILS: return createContactDetails();
			case ClinicalPackage.EPISODE_OF_CARE: return createEpisodeOfCare();
			case ClinicalPackage.REFERRAL: return createReferral();
			case ClinicalPackage.ASSESSMENT: return createAssessment();
			case ClinicalPackage.MEDICAL_HISTORY: return createMedicalHistory();
			case ClinicalPackage.MEDICAL_CONDITION: return createMedicalCondition();
			case ClinicalPackage.MEDICATION: return createMedication();
			case ClinicalPackage.SURGERY: return createSurgery();
			case ClinicalPackage.LIFESTYLE: return createLifestyle();
			case ClinicalPackage.PAIN_DESCRIPTION: return createPainDescription();
			case ClinicalPackage.PAIN_REGION: return createPainRegion();
			case ClinicalPackage.RED_FLAG_SCREENING: return createRedFlagScreening();
			case ClinicalPackage.RED_FLAG_ANSWER: return createRedFlagAnswer();
			case ClinicalPackage.PHYSICAL_EXAMINATION: return createPhysicalExamination();
			case ClinicalPackage.RANGE_OF_MOTION: return createRangeOfMotion();
			case ClinicalPackage.STRAIGHT_LEG_RAISE: return createStraightLegRaise();
			case ClinicalPackage.NEUROLOGICAL_FINDING: return createNeurologicalFinding();
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION: return createInstrumentAdministration();
			case ClinicalPackage.ITEM_ANSWER: return createItemAnswer();
			case ClinicalPackage.SCORE: return createScore();
			case ClinicalPackage.TREATMENT_PLAN: return createTreatmentPlan();
			case ClinicalPackage.PLAN_REVISION: return createPlanRevision();
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE: return createContraindicationOverride();
			case ClinicalPackage.REJECTED_SUGGESTION: return createRejectedSuggestion();
			case ClinicalPackage.GOAL: return createGoal();
			case ClinicalPackage.PLANNED_INTERVENTION: return createPlannedIntervention();
			case ClinicalPackage.PARAMETER: return createParameter();
			case ClinicalPackage.SESSION: return createSession();
			case ClinicalPackage.SOAP_NOTE: return createSoapNote();
			case ClinicalPackage.DELIVERED_INTERVENTION: return createDeliveredIntervention();
			case ClinicalPackage.HOME_PROGRAMME: return createHomeProgramme();
			case ClinicalPackage.HOME_EXERCISE: return createHomeExercise();
			case ClinicalPackage.DISCHARGE: return createDischarge();
			case ClinicalPackage.PREVENTION_PLAN: return createPreventionPlan();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ClinicalPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case ClinicalPackage.EPISODE_STATUS:
				return createEpisodeStatusFromString(eDataType, initialValue);
			case ClinicalPackage.ASSESSMENT_KIND:
				return createAssessmentKindFromString(eDataType, initialValue);
			case ClinicalPackage.WORK_DEMAND:
				return createWorkDemandFromString(eDataType, initialValue);
			case ClinicalPackage.ACTIVITY_LEVEL:
				return createActivityLevelFromString(eDataType, initialValue);
			case ClinicalPackage.SMOKING_STATUS:
				return createSmokingStatusFromString(eDataType, initialValue);
			case ClinicalPackage.BODY_REGION:
				return createBodyRegionFromString(eDataType, initialValue);
			case ClinicalPackage.BODY_SIDE:
				return createBodySideFromString(eDataType, initialValue);
			case ClinicalPackage.PAIN_ONSET_MODE:
				return createPainOnsetModeFromString(eDataType, initialValue);
			case ClinicalPackage.DURATION_CLASS:
				return createDurationClassFromString(eDataType, initialValue);
			case ClinicalPackage.DAILY_PAIN_PATTERN:
				return createDailyPainPatternFromString(eDataType, initialValue);
			case ClinicalPackage.SCREENING_ANSWER:
				return createScreeningAnswerFromString(eDataType, initialValue);
			case ClinicalPackage.SPINAL_MOVEMENT:
				return createSpinalMovementFromString(eDataType, initialValue);
			case ClinicalPackage.NEUROLOGICAL_TEST_KIND:
				return createNeurologicalTestKindFromString(eDataType, initialValue);
			case ClinicalPackage.NEUROLOGICAL_RESULT:
				return createNeurologicalResultFromString(eDataType, initialValue);
			case ClinicalPackage.DIRECTIONAL_PREFERENCE:
				return createDirectionalPreferenceFromString(eDataType, initialValue);
			case ClinicalPackage.PLAN_STATUS:
				return createPlanStatusFromString(eDataType, initialValue);
			case ClinicalPackage.GOAL_STATUS:
				return createGoalStatusFromString(eDataType, initialValue);
			case ClinicalPackage.DISCHARGE_REASON:
				return createDischargeReasonFromString(eDataType, initialValue);
			case ClinicalPackage.OVERRIDE_KIND:
				return createOverrideKindFromString(eDataType, initialValue);
			case ClinicalPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			case ClinicalPackage.TIMESTAMP:
				return createTimestampFromString(eDataType, initialValue);
			case ClinicalPackage.RED_FLAG_CATEGORY:
				return createRedFlagCategoryFromString(eDataType, initialValue);
			case ClinicalPackage.TREATMENT_COMPONENT:
				return createTreatmentComponentFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ClinicalPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case ClinicalPackage.EPISODE_STATUS:
				return convertEpisodeStatusToString(eDataType, instanceValue);
			case ClinicalPackage.ASSESSMENT_KIND:
				return convertAssessmentKindToString(eDataType, instanceValue);
			case ClinicalPackage.WORK_DEMAND:
				return convertWorkDemandToString(eDataType, instanceValue);
			case ClinicalPackage.ACTIVITY_LEVEL:
				return convertActivityLevelToString(eDataType, instanceValue);
			case ClinicalPackage.SMOKING_STATUS:
				return convertSmokingStatusToString(eDataType, instanceValue);
			case ClinicalPackage.BODY_REGION:
				return convertBodyRegionToString(eDataType, instanceValue);
			case ClinicalPackage.BODY_SIDE:
				return convertBodySideToString(eDataType, instanceValue);
			case ClinicalPackage.PAIN_ONSET_MODE:
				return convertPainOnsetModeToString(eDataType, instanceValue);
			case ClinicalPackage.DURATION_CLASS:
				return convertDurationClassToString(eDataType, instanceValue);
			case ClinicalPackage.DAILY_PAIN_PATTERN:
				return convertDailyPainPatternToString(eDataType, instanceValue);
			case ClinicalPackage.SCREENING_ANSWER:
				return convertScreeningAnswerToString(eDataType, instanceValue);
			case ClinicalPackage.SPINAL_MOVEMENT:
				return convertSpinalMovementToString(eDataType, instanceValue);
			case ClinicalPackage.NEUROLOGICAL_TEST_KIND:
				return convertNeurologicalTestKindToString(eDataType, instanceValue);
			case ClinicalPackage.NEUROLOGICAL_RESULT:
				return convertNeurologicalResultToString(eDataType, instanceValue);
			case ClinicalPackage.DIRECTIONAL_PREFERENCE:
				return convertDirectionalPreferenceToString(eDataType, instanceValue);
			case ClinicalPackage.PLAN_STATUS:
				return convertPlanStatusToString(eDataType, instanceValue);
			case ClinicalPackage.GOAL_STATUS:
				return convertGoalStatusToString(eDataType, instanceValue);
			case ClinicalPackage.DISCHARGE_REASON:
				return convertDischargeReasonToString(eDataType, instanceValue);
			case ClinicalPackage.OVERRIDE_KIND:
				return convertOverrideKindToString(eDataType, instanceValue);
			case ClinicalPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			case ClinicalPackage.TIMESTAMP:
				return convertTimestampToString(eDataType, instanceValue);
			case ClinicalPackage.RED_FLAG_CATEGORY:
				return convertRedFlagCategoryToString(eDataType, instanceValue);
			case ClinicalPackage.TREATMENT_COMPONENT:
				return convertTreatmentComponentToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Therapist createTherapist() {
		TherapistImpl therapist = new TherapistImpl();
		return therapist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patient createPatient() {
		PatientImpl patient = new PatientImpl();
		return patient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MedicalReview createMedicalReview() {
		MedicalReviewImpl medicalReview = new MedicalReviewImpl();
		return medicalReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identifier createIdentifier() {
		IdentifierImpl identifier = new IdentifierImpl();
		return identifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetails createContactDetails() {
		ContactDetailsImpl contactDetails = new ContactDetailsImpl();
		return contactDetails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpisodeOfCare createEpisodeOfCare() {
		EpisodeOfCareImpl episodeOfCare = new EpisodeOfCareImpl();
		return episodeOfCare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Referral createReferral() {
		ReferralImpl referral = new ReferralImpl();
		return referral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MedicalHistory createMedicalHistory() {
		MedicalHistoryImpl medicalHistory = new MedicalHistoryImpl();
		return medicalHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MedicalCondition createMedicalCondition() {
		MedicalConditionImpl medicalCondition = new MedicalConditionImpl();
		return medicalCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Medication createMedication() {
		MedicationImpl medication = new MedicationImpl();
		return medication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Surgery createSurgery() {
		SurgeryImpl surgery = new SurgeryImpl();
		return surgery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lifestyle createLifestyle() {
		LifestyleImpl lifestyle = new LifestyleImpl();
		return lifestyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PainDescription createPainDescription() {
		PainDescriptionImpl painDescription = new PainDescriptionImpl();
		return painDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PainRegion createPainRegion() {
		PainRegionImpl painRegion = new PainRegionImpl();
		return painRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RedFlagScreening createRedFlagScreening() {
		RedFlagScreeningImpl redFlagScreening = new RedFlagScreeningImpl();
		return redFlagScreening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RedFlagAnswer createRedFlagAnswer() {
		RedFlagAnswerImpl redFlagAnswer = new RedFlagAnswerImpl();
		return redFlagAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalExamination createPhysicalExamination() {
		PhysicalExaminationImpl physicalExamination = new PhysicalExaminationImpl();
		return physicalExamination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeOfMotion createRangeOfMotion() {
		RangeOfMotionImpl rangeOfMotion = new RangeOfMotionImpl();
		return rangeOfMotion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StraightLegRaise createStraightLegRaise() {
		StraightLegRaiseImpl straightLegRaise = new StraightLegRaiseImpl();
		return straightLegRaise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeurologicalFinding createNeurologicalFinding() {
		NeurologicalFindingImpl neurologicalFinding = new NeurologicalFindingImpl();
		return neurologicalFinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentAdministration createInstrumentAdministration() {
		InstrumentAdministrationImpl instrumentAdministration = new InstrumentAdministrationImpl();
		return instrumentAdministration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemAnswer createItemAnswer() {
		ItemAnswerImpl itemAnswer = new ItemAnswerImpl();
		return itemAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatmentPlan createTreatmentPlan() {
		TreatmentPlanImpl treatmentPlan = new TreatmentPlanImpl();
		return treatmentPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanRevision createPlanRevision() {
		PlanRevisionImpl planRevision = new PlanRevisionImpl();
		return planRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContraindicationOverride createContraindicationOverride() {
		ContraindicationOverrideImpl contraindicationOverride = new ContraindicationOverrideImpl();
		return contraindicationOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RejectedSuggestion createRejectedSuggestion() {
		RejectedSuggestionImpl rejectedSuggestion = new RejectedSuggestionImpl();
		return rejectedSuggestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlannedIntervention createPlannedIntervention() {
		PlannedInterventionImpl plannedIntervention = new PlannedInterventionImpl();
		return plannedIntervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session createSession() {
		SessionImpl session = new SessionImpl();
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoapNote createSoapNote() {
		SoapNoteImpl soapNote = new SoapNoteImpl();
		return soapNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveredIntervention createDeliveredIntervention() {
		DeliveredInterventionImpl deliveredIntervention = new DeliveredInterventionImpl();
		return deliveredIntervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HomeProgramme createHomeProgramme() {
		HomeProgrammeImpl homeProgramme = new HomeProgrammeImpl();
		return homeProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HomeExercise createHomeExercise() {
		HomeExerciseImpl homeExercise = new HomeExerciseImpl();
		return homeExercise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Discharge createDischarge() {
		DischargeImpl discharge = new DischargeImpl();
		return discharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreventionPlan createPreventionPlan() {
		PreventionPlanImpl preventionPlan = new PreventionPlanImpl();
		return preventionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EpisodeStatus createEpisodeStatusFromString(EDataType eDataType, String initialValue) {
		EpisodeStatus result = EpisodeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEpisodeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentKind createAssessmentKindFromString(EDataType eDataType, String initialValue) {
		AssessmentKind result = AssessmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkDemand createWorkDemandFromString(EDataType eDataType, String initialValue) {
		WorkDemand result = WorkDemand.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkDemandToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityLevel createActivityLevelFromString(EDataType eDataType, String initialValue) {
		ActivityLevel result = ActivityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivityLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmokingStatus createSmokingStatusFromString(EDataType eDataType, String initialValue) {
		SmokingStatus result = SmokingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSmokingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BodyRegion createBodyRegionFromString(EDataType eDataType, String initialValue) {
		BodyRegion result = BodyRegion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBodyRegionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BodySide createBodySideFromString(EDataType eDataType, String initialValue) {
		BodySide result = BodySide.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBodySideToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PainOnsetMode createPainOnsetModeFromString(EDataType eDataType, String initialValue) {
		PainOnsetMode result = PainOnsetMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPainOnsetModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DurationClass createDurationClassFromString(EDataType eDataType, String initialValue) {
		DurationClass result = DurationClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDurationClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DailyPainPattern createDailyPainPatternFromString(EDataType eDataType, String initialValue) {
		DailyPainPattern result = DailyPainPattern.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDailyPainPatternToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreeningAnswer createScreeningAnswerFromString(EDataType eDataType, String initialValue) {
		ScreeningAnswer result = ScreeningAnswer.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreeningAnswerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpinalMovement createSpinalMovementFromString(EDataType eDataType, String initialValue) {
		SpinalMovement result = SpinalMovement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpinalMovementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NeurologicalTestKind createNeurologicalTestKindFromString(EDataType eDataType, String initialValue) {
		NeurologicalTestKind result = NeurologicalTestKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNeurologicalTestKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NeurologicalResult createNeurologicalResultFromString(EDataType eDataType, String initialValue) {
		NeurologicalResult result = NeurologicalResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNeurologicalResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DirectionalPreference createDirectionalPreferenceFromString(EDataType eDataType, String initialValue) {
		DirectionalPreference result = DirectionalPreference.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionalPreferenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanStatus createPlanStatusFromString(EDataType eDataType, String initialValue) {
		PlanStatus result = PlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoalStatus createGoalStatusFromString(EDataType eDataType, String initialValue) {
		GoalStatus result = GoalStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoalStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DischargeReason createDischargeReasonFromString(EDataType eDataType, String initialValue) {
		DischargeReason result = DischargeReason.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDischargeReasonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OverrideKind createOverrideKindFromString(EDataType eDataType, String initialValue) {
		OverrideKind result = OverrideKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOverrideKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createTimestamp(final String it) {
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createTimestampFromString(EDataType eDataType, String initialValue) {
		return createTimestamp(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimestamp(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimestampToString(EDataType eDataType, Object instanceValue) {
		return convertTimestamp((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RedFlagCategory createRedFlagCategory(final String it) {
		return it == null ? null : org.physiobench.core.api.RedFlagCategory.fromId(it).orElseThrow(() -> new IllegalArgumentException("Unknown red-flag category id '" + it + "'"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RedFlagCategory createRedFlagCategoryFromString(EDataType eDataType, String initialValue) {
		return createRedFlagCategory(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRedFlagCategory(final RedFlagCategory it) {
		return it == null ? null : it.id();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRedFlagCategoryToString(EDataType eDataType, Object instanceValue) {
		return convertRedFlagCategory((RedFlagCategory)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreatmentComponent createTreatmentComponent(final String it) {
		return it == null ? null : org.physiobench.core.api.TreatmentComponent.fromId(it).orElseThrow(() -> new IllegalArgumentException("Unknown treatment component id '" + it + "'"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreatmentComponent createTreatmentComponentFromString(EDataType eDataType, String initialValue) {
		return createTreatmentComponent(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTreatmentComponent(final TreatmentComponent it) {
		return it == null ? null : it.id();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTreatmentComponentToString(EDataType eDataType, Object instanceValue) {
		return convertTreatmentComponent((TreatmentComponent)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClinicalPackage getClinicalPackage() {
		return (ClinicalPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ClinicalPackage getPackage() {
		return ClinicalPackage.eINSTANCE;
	}

} //ClinicalFactoryImpl
