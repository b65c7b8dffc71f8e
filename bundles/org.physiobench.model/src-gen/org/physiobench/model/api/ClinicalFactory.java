/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.physiobench.model.api.ClinicalPackage
 * @generated
 */
public interface ClinicalFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClinicalFactory eINSTANCE = org.physiobench.model.internal.impl.ClinicalFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Therapist</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Therapist</em>'.
	 * @generated
	 */
	Therapist createTherapist();

	/**
	 * Returns a new object of class '<em>Patient</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patient</em>'.
	 * @generated
	 */
	Patient createPatient();

	/**
	 * Returns a new object of class '<em>Medical Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Medical Review</em>'.
	 * @generated
	 */
	MedicalReview createMedicalReview();

	/**
	 * Returns a new object of class '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Identifier</em>'.
	 * @generated
	 */
	Identifier createIdentifier();

	/**
	 * Returns a new object of class '<em>Contact Details</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Details</em>'.
	 * @generated
	 */
	ContactDetails createContactDetails();

	/**
	 * Returns a new object of class '<em>Episode Of Care</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Episode Of Care</em>'.
	 * @generated
	 */
	EpisodeOfCare createEpisodeOfCare();

	/**
	 * Returns a new object of class '<em>Referral</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Referral</em>'.
	 * @generated
	 */
	Referral createReferral();

	/**
	 * Returns a new object of class '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment</em>'.
	 * @generated
	 */
	Assessment createAssessment();

	/**
	 * Returns a new object of class '<em>Medical History</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Medical History</em>'.
	 * @generated
	 */
	MedicalHistory createMedicalHistory();

	/**
	 * Returns a new object of class '<em>Medical Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Medical Condition</em>'.
	 * @generated
	 */
	MedicalCondition createMedicalCondition();

	/**
	 * Returns a new object of class '<em>Medication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Medication</em>'.
	 * @generated
	 */
	Medication createMedication();

	/**
	 * Returns a new object of class '<em>Surgery</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Surgery</em>'.
	 * @generated
	 */
	Surgery createSurgery();

	/**
	 * Returns a new object of class '<em>Lifestyle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lifestyle</em>'.
	 * @generated
	 */
	Lifestyle createLifestyle();

	/**
	 * Returns a new object of class '<em>Pain Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pain Description</em>'.
	 * @generated
	 */
	PainDescription createPainDescription();

	/**
	 * Returns a new object of class '<em>Pain Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pain Region</em>'.
	 * @generated
	 */
	PainRegion createPainRegion();

	/**
	 * Returns a new object of class '<em>Red Flag Screening</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Red Flag Screening</em>'.
	 * @generated
	 */
	RedFlagScreening createRedFlagScreening();

	/**
	 * Returns a new object of class '<em>Red Flag Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Red Flag Answer</em>'.
	 * @generated
	 */
	RedFlagAnswer createRedFlagAnswer();

	/**
	 * Returns a new object of class '<em>Physical Examination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Physical Examination</em>'.
	 * @generated
	 */
	PhysicalExamination createPhysicalExamination();

	/**
	 * Returns a new object of class '<em>Range Of Motion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Range Of Motion</em>'.
	 * @generated
	 */
	RangeOfMotion createRangeOfMotion();

	/**
	 * Returns a new object of class '<em>Straight Leg Raise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Straight Leg Raise</em>'.
	 * @generated
	 */
	StraightLegRaise createStraightLegRaise();

	/**
	 * Returns a new object of class '<em>Neurological Finding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Neurological Finding</em>'.
	 * @generated
	 */
	NeurologicalFinding createNeurologicalFinding();

	/**
	 * Returns a new object of class '<em>Instrument Administration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instrument Administration</em>'.
	 * @generated
	 */
	InstrumentAdministration createInstrumentAdministration();

	/**
	 * Returns a new object of class '<em>Item Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Item Answer</em>'.
	 * @generated
	 */
	ItemAnswer createItemAnswer();

	/**
	 * Returns a new object of class '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Score</em>'.
	 * @generated
	 */
	Score createScore();

	/**
	 * Returns a new object of class '<em>Treatment Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Treatment Plan</em>'.
	 * @generated
	 */
	TreatmentPlan createTreatmentPlan();

	/**
	 * Returns a new object of class '<em>Plan Revision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Revision</em>'.
	 * @generated
	 */
	PlanRevision createPlanRevision();

	/**
	 * Returns a new object of class '<em>Contraindication Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contraindication Override</em>'.
	 * @generated
	 */
	ContraindicationOverride createContraindicationOverride();

	/**
	 * Returns a new object of class '<em>Rejected Suggestion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rejected Suggestion</em>'.
	 * @generated
	 */
	RejectedSuggestion createRejectedSuggestion();

	/**
	 * Returns a new object of class '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Goal</em>'.
	 * @generated
	 */
	Goal createGoal();

	/**
	 * Returns a new object of class '<em>Planned Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planned Intervention</em>'.
	 * @generated
	 */
	PlannedIntervention createPlannedIntervention();

	/**
	 * Returns a new object of class '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter</em>'.
	 * @generated
	 */
	Parameter createParameter();

	/**
	 * Returns a new object of class '<em>Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Session</em>'.
	 * @generated
	 */
	Session createSession();

	/**
	 * Returns a new object of class '<em>Soap Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Soap Note</em>'.
	 * @generated
	 */
	SoapNote createSoapNote();

	/**
	 * Returns a new object of class '<em>Delivered Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delivered Intervention</em>'.
	 * @generated
	 */
	DeliveredIntervention createDeliveredIntervention();

	/**
	 * Returns a new object of class '<em>Home Programme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Home Programme</em>'.
	 * @generated
	 */
	HomeProgramme createHomeProgramme();

	/**
	 * Returns a new object of class '<em>Home Exercise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Home Exercise</em>'.
	 * @generated
	 */
	HomeExercise createHomeExercise();

	/**
	 * Returns a new object of class '<em>Discharge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Discharge</em>'.
	 * @generated
	 */
	Discharge createDischarge();

	/**
	 * Returns a new object of class '<em>Prevention Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prevention Plan</em>'.
	 * @generated
	 */
	PreventionPlan createPreventionPlan();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ClinicalPackage getClinicalPackage();

} //ClinicalFactory
