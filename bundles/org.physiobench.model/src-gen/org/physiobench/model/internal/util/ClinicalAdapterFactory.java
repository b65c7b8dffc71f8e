/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.physiobench.model.api.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.physiobench.model.api.ClinicalPackage
 * @generated
 */
public class ClinicalAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ClinicalPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClinicalAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ClinicalPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClinicalSwitch<Adapter> modelSwitch =
		new ClinicalSwitch<Adapter>() {
			@Override
			public Adapter caseIdentifiable(Identifiable object) {
				return createIdentifiableAdapter();
			}
			@Override
			public Adapter caseTherapist(Therapist object) {
				return createTherapistAdapter();
			}
			@Override
			public Adapter casePatient(Patient object) {
				return createPatientAdapter();
			}
			@Override
			public Adapter caseMedicalReview(MedicalReview object) {
				return createMedicalReviewAdapter();
			}
			@Override
			public Adapter caseIdentifier(Identifier object) {
				return createIdentifierAdapter();
			}
			@Override
			public Adapter caseContactDetails(ContactDetails object) {
				return createContactDetailsAdapter();
			}
			@Override
			public Adapter caseEpisodeOfCare(EpisodeOfCare object) {
				return createEpisodeOfCareAdapter();
			}
			@Override
			public Adapter caseReferral(Referral object) {
				return createReferralAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object) {
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseMedicalHistory(MedicalHistory object) {
				return createMedicalHistoryAdapter();
			}
			@Override
			public Adapter caseMedicalCondition(MedicalCondition object) {
				return createMedicalConditionAdapter();
			}
			@Override
			public Adapter caseMedication(Medication object) {
				return createMedicationAdapter();
			}
			@Override
			public Adapter caseSurgery(Surgery object) {
				return createSurgeryAdapter();
			}
			@Override
			public Adapter caseLifestyle(Lifestyle object) {
				return createLifestyleAdapter();
			}
			@Override
			public Adapter casePainDescription(PainDescription object) {
				return createPainDescriptionAdapter();
			}
			@Override
			public Adapter casePainRegion(PainRegion object) {
				return createPainRegionAdapter();
			}
			@Override
			public Adapter caseRedFlagScreening(RedFlagScreening object) {
				return createRedFlagScreeningAdapter();
			}
			@Override
			public Adapter caseRedFlagAnswer(RedFlagAnswer object) {
				return createRedFlagAnswerAdapter();
			}
			@Override
			public Adapter casePhysicalExamination(PhysicalExamination object) {
				return createPhysicalExaminationAdapter();
			}
			@Override
			public Adapter caseRangeOfMotion(RangeOfMotion object) {
				return createRangeOfMotionAdapter();
			}
			@Override
			public Adapter caseStraightLegRaise(StraightLegRaise object) {
				return createStraightLegRaiseAdapter();
			}
			@Override
			public Adapter caseNeurologicalFinding(NeurologicalFinding object) {
				return createNeurologicalFindingAdapter();
			}
			@Override
			public Adapter caseInstrumentAdministration(InstrumentAdministration object) {
				return createInstrumentAdministrationAdapter();
			}
			@Override
			public Adapter caseItemAnswer(ItemAnswer object) {
				return createItemAnswerAdapter();
			}
			@Override
			public Adapter caseScore(Score object) {
				return createScoreAdapter();
			}
			@Override
			public Adapter caseTreatmentPlan(TreatmentPlan object) {
				return createTreatmentPlanAdapter();
			}
			@Override
			public Adapter casePlanRevision(PlanRevision object) {
				return createPlanRevisionAdapter();
			}
			@Override
			public Adapter caseContraindicationOverride(ContraindicationOverride object) {
				return createContraindicationOverrideAdapter();
			}
			@Override
			public Adapter caseRejectedSuggestion(RejectedSuggestion object) {
				return createRejectedSuggestionAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object) {
				return createGoalAdapter();
			}
			@Override
			public Adapter casePlannedIntervention(PlannedIntervention object) {
				return createPlannedInterventionAdapter();
			}
			@Override
			public Adapter caseParameter(Parameter object) {
				return createParameterAdapter();
			}
			@Override
			public Adapter caseSession(Session object) {
				return createSessionAdapter();
			}
			@Override
			public Adapter caseSoapNote(SoapNote object) {
				return createSoapNoteAdapter();
			}
			@Override
			public Adapter caseDeliveredIntervention(DeliveredIntervention object) {
				return createDeliveredInterventionAdapter();
			}
			@Override
			public Adapter caseHomeProgramme(HomeProgramme object) {
				return createHomeProgrammeAdapter();
			}
			@Override
			public Adapter caseHomeExercise(HomeExercise object) {
				return createHomeExerciseAdapter();
			}
			@Override
			public Adapter caseDischarge(Discharge object) {
				return createDischargeAdapter();
			}
			@Override
			public Adapter casePreventionPlan(PreventionPlan object) {
				return createPreventionPlanAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Identifiable
	 * @generated
	 */
	public Adapter createIdentifiableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Therapist <em>Therapist</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Therapist
	 * @generated
	 */
	public Adapter createTherapistAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Patient
	 * @generated
	 */
	public Adapter createPatientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.MedicalReview <em>Medical Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.MedicalReview
	 * @generated
	 */
	public Adapter createMedicalReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Identifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Identifier
	 * @generated
	 */
	public Adapter createIdentifierAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.ContactDetails <em>Contact Details</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.ContactDetails
	 * @generated
	 */
	public Adapter createContactDetailsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.EpisodeOfCare <em>Episode Of Care</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.EpisodeOfCare
	 * @generated
	 */
	public Adapter createEpisodeOfCareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Referral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Referral
	 * @generated
	 */
	public Adapter createReferralAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.MedicalHistory <em>Medical History</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.MedicalHistory
	 * @generated
	 */
	public Adapter createMedicalHistoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.MedicalCondition <em>Medical Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.MedicalCondition
	 * @generated
	 */
	public Adapter createMedicalConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Medication <em>Medication</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Medication
	 * @generated
	 */
	public Adapter createMedicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Surgery <em>Surgery</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Surgery
	 * @generated
	 */
	public Adapter createSurgeryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Lifestyle <em>Lifestyle</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Lifestyle
	 * @generated
	 */
	public Adapter createLifestyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.PainDescription <em>Pain Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.PainDescription
	 * @generated
	 */
	public Adapter createPainDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.PainRegion <em>Pain Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.PainRegion
	 * @generated
	 */
	public Adapter createPainRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.RedFlagScreening <em>Red Flag Screening</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.RedFlagScreening
	 * @generated
	 */
	public Adapter createRedFlagScreeningAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.RedFlagAnswer <em>Red Flag Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.RedFlagAnswer
	 * @generated
	 */
	public Adapter createRedFlagAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.PhysicalExamination <em>Physical Examination</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.PhysicalExamination
	 * @generated
	 */
	public Adapter createPhysicalExaminationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.RangeOfMotion <em>Range Of Motion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.RangeOfMotion
	 * @generated
	 */
	public Adapter createRangeOfMotionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.StraightLegRaise <em>Straight Leg Raise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.StraightLegRaise
	 * @generated
	 */
	public Adapter createStraightLegRaiseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.NeurologicalFinding <em>Neurological Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.NeurologicalFinding
	 * @generated
	 */
	public Adapter createNeurologicalFindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.InstrumentAdministration <em>Instrument Administration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.InstrumentAdministration
	 * @generated
	 */
	public Adapter createInstrumentAdministrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.ItemAnswer <em>Item Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.ItemAnswer
	 * @generated
	 */
	public Adapter createItemAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Score
	 * @generated
	 */
	public Adapter createScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.TreatmentPlan <em>Treatment Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.TreatmentPlan
	 * @generated
	 */
	public Adapter createTreatmentPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.PlanRevision <em>Plan Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.PlanRevision
	 * @generated
	 */
	public Adapter createPlanRevisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.ContraindicationOverride <em>Contraindication Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.ContraindicationOverride
	 * @generated
	 */
	public Adapter createContraindicationOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.RejectedSuggestion <em>Rejected Suggestion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.RejectedSuggestion
	 * @generated
	 */
	public Adapter createRejectedSuggestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.PlannedIntervention <em>Planned Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.PlannedIntervention
	 * @generated
	 */
	public Adapter createPlannedInterventionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Session
	 * @generated
	 */
	public Adapter createSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.SoapNote <em>Soap Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.SoapNote
	 * @generated
	 */
	public Adapter createSoapNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.DeliveredIntervention <em>Delivered Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.DeliveredIntervention
	 * @generated
	 */
	public Adapter createDeliveredInterventionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.HomeProgramme <em>Home Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.HomeProgramme
	 * @generated
	 */
	public Adapter createHomeProgrammeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.HomeExercise <em>Home Exercise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.HomeExercise
	 * @generated
	 */
	public Adapter createHomeExerciseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.Discharge <em>Discharge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.Discharge
	 * @generated
	 */
	public Adapter createDischargeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.physiobench.model.api.PreventionPlan <em>Prevention Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.physiobench.model.api.PreventionPlan
	 * @generated
	 */
	public Adapter createPreventionPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ClinicalAdapterFactory
