/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.physiobench.model.api.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.physiobench.model.api.ClinicalPackage
 * @generated
 */
public class ClinicalSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ClinicalPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClinicalSwitch() {
		if (modelPackage == null) {
			modelPackage = ClinicalPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ClinicalPackage.IDENTIFIABLE: {
				Identifiable identifiable = (Identifiable)theEObject;
				T result = caseIdentifiable(identifiable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.THERAPIST: {
				Therapist therapist = (Therapist)theEObject;
				T result = caseTherapist(therapist);
				if (result == null) result = caseIdentifiable(therapist);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PATIENT: {
				Patient patient = (Patient)theEObject;
				T result = casePatient(patient);
				if (result == null) result = caseIdentifiable(patient);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.MEDICAL_REVIEW: {
				MedicalReview medicalReview = (MedicalReview)theEObject;
				T result = caseMedicalReview(medicalReview);
				if (result == null) result = caseIdentifiable(medicalReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.IDENTIFIER: {
				Identifier identifier = (Identifier)theEObject;
				T result = caseIdentifier(identifier);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.CONTACT_DETAILS: {
				ContactDetails contactDetails = (ContactDetails)theEObject;
				T result = caseContactDetails(contactDetails);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.EPISODE_OF_CARE: {
				EpisodeOfCare episodeOfCare = (EpisodeOfCare)theEObject;
				T result = caseEpisodeOfCare(episodeOfCare);
				if (result == null) result = caseIdentifiable(episodeOfCare);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.REFERRAL: {
				Referral referral = (Referral)theEObject;
				T result = caseReferral(referral);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.ASSESSMENT: {
				Assessment assessment = (Assessment)theEObject;
				T result = caseAssessment(assessment);
				if (result == null) result = caseIdentifiable(assessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.MEDICAL_HISTORY: {
				MedicalHistory medicalHistory = (MedicalHistory)theEObject;
				T result = caseMedicalHistory(medicalHistory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.MEDICAL_CONDITION: {
				MedicalCondition medicalCondition = (MedicalCondition)theEObject;
				T result = caseMedicalCondition(medicalCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.MEDICATION: {
				Medication medication = (Medication)theEObject;
				T result = caseMedication(medication);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.SURGERY: {
				Surgery surgery = (Surgery)theEObject;
				T result = caseSurgery(surgery);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.LIFESTYLE: {
				Lifestyle lifestyle = (Lifestyle)theEObject;
				T result = caseLifestyle(lifestyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PAIN_DESCRIPTION: {
				PainDescription painDescription = (PainDescription)theEObject;
				T result = casePainDescription(painDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PAIN_REGION: {
				PainRegion painRegion = (PainRegion)theEObject;
				T result = casePainRegion(painRegion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.RED_FLAG_SCREENING: {
				RedFlagScreening redFlagScreening = (RedFlagScreening)theEObject;
				T result = caseRedFlagScreening(redFlagScreening);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.RED_FLAG_ANSWER: {
				RedFlagAnswer redFlagAnswer = (RedFlagAnswer)theEObject;
				T result = caseRedFlagAnswer(redFlagAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PHYSICAL_EXAMINATION: {
				PhysicalExamination physicalExamination = (PhysicalExamination)theEObject;
				T result = casePhysicalExamination(physicalExamination);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.RANGE_OF_MOTION: {
				RangeOfMotion rangeOfMotion = (RangeOfMotion)theEObject;
				T result = caseRangeOfMotion(rangeOfMotion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.STRAIGHT_LEG_RAISE: {
				StraightLegRaise straightLegRaise = (StraightLegRaise)theEObject;
				T result = caseStraightLegRaise(straightLegRaise);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.NEUROLOGICAL_FINDING: {
				NeurologicalFinding neurologicalFinding = (NeurologicalFinding)theEObject;
				T result = caseNeurologicalFinding(neurologicalFinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.INSTRUMENT_ADMINISTRATION: {
				InstrumentAdministration instrumentAdministration = (InstrumentAdministration)theEObject;
				T result = caseInstrumentAdministration(instrumentAdministration);
				if (result == null) result = caseIdentifiable(instrumentAdministration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.ITEM_ANSWER: {
				ItemAnswer itemAnswer = (ItemAnswer)theEObject;
				T result = caseItemAnswer(itemAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.SCORE: {
				Score score = (Score)theEObject;
				T result = caseScore(score);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.TREATMENT_PLAN: {
				TreatmentPlan treatmentPlan = (TreatmentPlan)theEObject;
				T result = caseTreatmentPlan(treatmentPlan);
				if (result == null) result = caseIdentifiable(treatmentPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PLAN_REVISION: {
				PlanRevision planRevision = (PlanRevision)theEObject;
				T result = casePlanRevision(planRevision);
				if (result == null) result = caseIdentifiable(planRevision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.CONTRAINDICATION_OVERRIDE: {
				ContraindicationOverride contraindicationOverride = (ContraindicationOverride)theEObject;
				T result = caseContraindicationOverride(contraindicationOverride);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.REJECTED_SUGGESTION: {
				RejectedSuggestion rejectedSuggestion = (RejectedSuggestion)theEObject;
				T result = caseRejectedSuggestion(rejectedSuggestion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.GOAL: {
				Goal goal = (Goal)theEObject;
				T result = caseGoal(goal);
				if (result == null) result = caseIdentifiable(goal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PLANNED_INTERVENTION: {
				PlannedIntervention plannedIntervention = (PlannedIntervention)theEObject;
				T result = casePlannedIntervention(plannedIntervention);
				if (result == null) result = caseIdentifiable(plannedIntervention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PARAMETER: {
				Parameter parameter = (Parameter)theEObject;
				T result = caseParameter(parameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.SESSION: {
				Session session = (Session)theEObject;
				T result = caseSession(session);
				if (result == null) result = caseIdentifiable(session);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.SOAP_NOTE: {
				SoapNote soapNote = (SoapNote)theEObject;
				T result = caseSoapNote(soapNote);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.DELIVERED_INTERVENTION: {
				DeliveredIntervention deliveredIntervention = (DeliveredIntervention)theEObject;
				T result = caseDeliveredIntervention(deliveredIntervention);
				if (result == null) result = caseIdentifiable(deliveredIntervention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.HOME_PROGRAMME: {
				HomeProgramme homeProgramme = (HomeProgramme)theEObject;
				T result = caseHomeProgramme(homeProgramme);
				if (result == null) result = caseIdentifiable(homeProgramme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.HOME_EXERCISE: {
				HomeExercise homeExercise = (HomeExercise)theEObject;
				T result = caseHomeExercise(homeExercise);
				if (result == null) result = caseIdentifiable(homeExercise);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.DISCHARGE: {
				Discharge discharge = (Discharge)theEObject;
				T result = caseDischarge(discharge);
				if (result == null) result = caseIdentifiable(discharge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ClinicalPackage.PREVENTION_PLAN: {
				PreventionPlan preventionPlan = (PreventionPlan)theEObject;
				T result = casePreventionPlan(preventionPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifiable(Identifiable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Therapist</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Therapist</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTherapist(Therapist object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Patient</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Patient</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatient(Patient object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Medical Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Medical Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMedicalReview(MedicalReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identifier</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifier(Identifier object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Details</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Details</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactDetails(ContactDetails object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Episode Of Care</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Episode Of Care</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEpisodeOfCare(EpisodeOfCare object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Referral</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Referral</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReferral(Referral object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessment(Assessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Medical History</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Medical History</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMedicalHistory(MedicalHistory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Medical Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Medical Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMedicalCondition(MedicalCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Medication</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Medication</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMedication(Medication object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Surgery</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Surgery</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurgery(Surgery object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lifestyle</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lifestyle</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifestyle(Lifestyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pain Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pain Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePainDescription(PainDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pain Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pain Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePainRegion(PainRegion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Red Flag Screening</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Red Flag Screening</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRedFlagScreening(RedFlagScreening object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Red Flag Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Red Flag Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRedFlagAnswer(RedFlagAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Physical Examination</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Physical Examination</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePhysicalExamination(PhysicalExamination object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Range Of Motion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Range Of Motion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRangeOfMotion(RangeOfMotion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Straight Leg Raise</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Straight Leg Raise</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStraightLegRaise(StraightLegRaise object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Neurological Finding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Neurological Finding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNeurologicalFinding(NeurologicalFinding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Instrument Administration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Instrument Administration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInstrumentAdministration(InstrumentAdministration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Item Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Item Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseItemAnswer(ItemAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScore(Score object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Treatment Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Treatment Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTreatmentPlan(TreatmentPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Revision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Revision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanRevision(PlanRevision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contraindication Override</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contraindication Override</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContraindicationOverride(ContraindicationOverride object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rejected Suggestion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rejected Suggestion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRejectedSuggestion(RejectedSuggestion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGoal(Goal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planned Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planned Intervention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlannedIntervention(PlannedIntervention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameter(Parameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Session</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSession(Session object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Soap Note</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Soap Note</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSoapNote(SoapNote object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delivered Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delivered Intervention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeliveredIntervention(DeliveredIntervention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Home Programme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Home Programme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHomeProgramme(HomeProgramme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Home Exercise</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Home Exercise</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHomeExercise(HomeExercise object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Discharge</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Discharge</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDischarge(Discharge object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prevention Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prevention Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePreventionPlan(PreventionPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ClinicalSwitch
