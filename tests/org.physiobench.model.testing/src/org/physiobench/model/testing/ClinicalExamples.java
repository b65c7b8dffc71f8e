package org.physiobench.model.testing;

import static org.physiobench.model.api.ClinicalRecords.parameter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.model.api.ActivityLevel;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
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
 * A synthetic, fully populated patient (no real person): every feature of every class in
 * the clinical model is set somewhere in it, and it is valid. For round-trip tests of the
 * store and the formats, for screenshots and documentation. Building it twice gives equal
 * patients with the same ids.
 */
public final class ClinicalExamples {

    private static final ClinicalFactory FACTORY = ClinicalFactory.eINSTANCE;
    private static final LocalDate ONSET = LocalDate.of(2026, 2, 20);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate DISCHARGED = LocalDate.of(2026, 5, 11);

    private int nextId;

    private ClinicalExamples() {
    }

    /** @return the therapist who authors the example patient's records */
    public static Therapist therapist() {
        Therapist therapist = FACTORY.createTherapist();
        therapist.setId(stableId("therapist"));
        therapist.setUsername("jmorgan");
        therapist.setDisplayName("Jo Morgan");
        therapist.setRegistrationNumber("PT-000000");
        therapist.setEmail("jo.morgan@clinic.invalid");
        therapist.setActive(false);
        return therapist;
    }

    /** @return a new, fully populated and valid example patient with a finished episode of care */
    public static Patient fullyPopulatedPatient() {
        return new ClinicalExamples().patient();
    }

    private Patient patient() {
        Patient patient = FACTORY.createPatient();
        patient.setId(id());
        patient.setGivenName("Alex");
        patient.setFamilyName("Example");
        patient.setBirthDate(LocalDate.of(1984, 7, 14));
        patient.setSex(Sex.FEMALE);
        patient.setPreferredLanguage("en");
        patient.getIdentifiers().add(identifier("urn:physiobench:mrn", "MRN-0001"));
        patient.getIdentifiers().add(identifier("urn:example:insurance", "INS-123-456"));
        patient.setContact(contact());
        patient.getEpisodes().add(episode());
        patient.getMedicalReviews().add(medicalReview());
        return patient;
    }

    /**
     * A GP's review before the initial assessment: it does not cover the fracture finding the
     * assessment answers "yes" later (a review judges what was known on its date).
     */
    private MedicalReview medicalReview() {
        MedicalReview review = FACTORY.createMedicalReview();
        review.setId(id());
        review.setDate(LocalDate.of(2026, 2, 27));
        review.setReviewer("Dr Example, GP");
        review.setOutcome("X-ray: no fracture; physiotherapy may proceed");
        review.getFindings().add("minor-trauma-osteoporosis");
        review.setRecordedBy(therapistId());
        review.setRecordedAt(Instant.parse("2026-03-02T09:00:00Z"));
        return review;
    }

    private EpisodeOfCare episode() {
        EpisodeOfCare episode = FACTORY.createEpisodeOfCare();
        episode.setId(id());
        episode.setCondition("Non-specific low back pain with left leg pain");
        episode.setConditionCode("M54.5");
        episode.setOnsetDate(ONSET);
        episode.setStartDate(START);
        episode.setStatus(EpisodeStatus.FINISHED);
        Referral referral = FACTORY.createReferral();
        referral.setSource("general practitioner");
        referral.setReferrerName("Dr Sam Placeholder");
        referral.setDate(LocalDate.of(2026, 2, 26));
        referral.setReason("Low back pain for 1 week, not improving with advice");
        episode.setReferral(referral);

        episode.getAssessments().add(initialAssessment());
        Assessment reassessment = FACTORY.createAssessment();
        reassessment.setId(id());
        reassessment.setKind(AssessmentKind.REASSESSMENT);
        reassessment.setDate(LocalDate.of(2026, 4, 13));
        reassessment.setTherapistId(therapistId());
        reassessment.getAdministrations().add(odi(LocalDate.of(2026, 4, 13), 2, 18.0, "minimal disability"));
        episode.getAssessments().add(reassessment);

        TreatmentPlan plan = plan();
        episode.getPlans().add(plan);
        HomeProgramme programme = homeProgramme();
        episode.getHomeProgrammes().add(programme);
        episode.getSessions().add(session(LocalDate.of(2026, 3, 9), plan.getRevisions().get(0).getInterventions().get(0)));
        episode.setDischarge(discharge(programme));
        return episode;
    }

    private Assessment initialAssessment() {
        Assessment assessment = FACTORY.createAssessment();
        assessment.setId(id());
        assessment.setKind(AssessmentKind.INITIAL);
        assessment.setDate(START);
        assessment.setTherapistId(therapistId());
        assessment.setNotes("Office worker, pain after lifting a suitcase.");
        assessment.setMedicalHistory(medicalHistory());
        assessment.setLifestyle(lifestyle());
        assessment.setPain(pain());
        assessment.setRedFlagScreening(redFlags());
        assessment.setExamination(examination());
        assessment.getAdministrations().add(odi(START, 4, 36.0, "moderate disability"));
        return assessment;
    }

    private static MedicalHistory medicalHistory() {
        MedicalHistory history = FACTORY.createMedicalHistory();
        history.setPreviousEpisodes(2);
        MedicalCondition condition = FACTORY.createMedicalCondition();
        condition.setName("Osteopenia");
        condition.setConditionId("osteoporosis");
        condition.setSince(LocalDate.of(2022, 5, 1));
        condition.setCurrent(false);
        history.getConditions().add(condition);
        Medication medication = FACTORY.createMedication();
        medication.setName("Ibuprofen");
        medication.setDose("400 mg as needed");
        medication.setReason("Back pain");
        history.getMedications().add(medication);
        Surgery surgery = FACTORY.createSurgery();
        surgery.setProcedure("Appendectomy");
        surgery.setDate(LocalDate.of(2001, 9, 3));
        surgery.setNotes("Uncomplicated");
        history.getSurgeries().add(surgery);
        return history;
    }

    private static Lifestyle lifestyle() {
        Lifestyle lifestyle = FACTORY.createLifestyle();
        lifestyle.setOccupation("Accountant");
        lifestyle.setWorkDemand(WorkDemand.SEDENTARY);
        lifestyle.setSittingHoursPerDay(7.5);
        lifestyle.setActivityLevel(ActivityLevel.MODERATE);
        lifestyle.getSports().add("running");
        lifestyle.getSports().add("tennis");
        lifestyle.setCompetitiveAthlete(true);
        lifestyle.setSleepHoursPerNight(6.5);
        lifestyle.setSleepDisturbedByPain(true);
        lifestyle.setSmoking(SmokingStatus.FORMER);
        return lifestyle;
    }

    private static PainDescription pain() {
        PainDescription pain = FACTORY.createPainDescription();
        pain.getRegions().add(region(BodyRegion.LUMBAR, BodySide.CENTRAL));
        pain.getRegions().add(region(BodyRegion.LOWER_LEG, BodySide.LEFT));
        pain.setRadiatesBelowKnee(true);
        pain.setOnsetDate(ONSET);
        pain.setOnsetMode(PainOnsetMode.SUDDEN);
        pain.setDurationClass(DurationClass.ACUTE); // onset 2026-02-20, assessed 2026-03-02: 10 days
        pain.setDailyPattern(DailyPainPattern.WORSE_IN_MORNING);
        pain.setNightPain(true);
        pain.setMorningStiffnessMinutes(20);
        pain.getAggravatingFactors().add("sitting over 30 minutes");
        pain.getAggravatingFactors().add("bending forward");
        pain.getEasingFactors().add("walking");
        pain.setCurrentIntensity(6);
        pain.setWorstIntensity(8);
        pain.setBestIntensity(3);
        return pain;
    }

    private static RedFlagScreening redFlags() {
        RedFlagScreening screening = FACTORY.createRedFlagScreening();
        screening.getAnswers().add(redFlag("saddle-anaesthesia", RedFlagCategory.CAUDA_EQUINA, ScreeningAnswer.NO));
        screening.getAnswers().add(redFlag("bladder-bowel-dysfunction", RedFlagCategory.CAUDA_EQUINA, ScreeningAnswer.NO));
        screening.getAnswers().add(redFlag("minor-trauma-osteoporosis", RedFlagCategory.FRACTURE, ScreeningAnswer.YES));
        screening.getAnswers().add(redFlag("unexplained-weight-loss", RedFlagCategory.TUMOUR_OR_INFECTION, ScreeningAnswer.NOT_ASKED));
        screening.getAnswers().get(2).setNote("Osteopenia; lifting a suitcase. Imaging by GP excluded fracture.");
        screening.setReferredForMedicalReview(true);
        screening.setNotes("Fracture excluded by the GP before the first treatment.");
        return screening;
    }

    private static PhysicalExamination examination() {
        PhysicalExamination examination = FACTORY.createPhysicalExamination();
        examination.getRangeOfMotion().add(rom(SpinalMovement.FLEXION, 35, true));
        examination.getRangeOfMotion().add(rom(SpinalMovement.EXTENSION, 20, false));
        examination.getRangeOfMotion().get(0).setNote("Fingertips to mid-shin, deviation to the right");
        StraightLegRaise slr = FACTORY.createStraightLegRaise();
        slr.setSide(BodySide.LEFT);
        slr.setAngleDegrees(55);
        slr.setPositive(true);
        examination.getStraightLegRaises().add(slr);
        NeurologicalFinding finding = FACTORY.createNeurologicalFinding();
        finding.setKind(NeurologicalTestKind.REFLEX);
        finding.setLevel("S1");
        finding.setSide(BodySide.LEFT);
        finding.setResult(NeurologicalResult.REDUCED);
        examination.getNeurologicalFindings().add(finding);
        examination.setDirectionalPreference(DirectionalPreference.EXTENSION);
        examination.setNotes("Repeated extension in lying centralised the leg pain.");
        return examination;
    }

    private InstrumentAdministration odi(LocalDate date, int sectionValue, double total, String band) {
        InstrumentAdministration odi = FACTORY.createInstrumentAdministration();
        odi.setId(id());
        odi.setInstrumentId("odi");
        odi.setDate(date);
        for (int section = 1; section <= 10; section++) {
            ItemAnswer answer = FACTORY.createItemAnswer();
            answer.setItemId("odi-" + section);
            // section 8 (sex life) left unanswered: the ODI then divides by 45 instead of 50
            answer.setValue(section == 8 ? null : sectionValue);
            if (section == 8) {
                answer.setText("declined to answer");
            }
            odi.getAnswers().add(answer);
        }
        Score score = FACTORY.createScore();
        score.setScoreId("total");
        score.setValue(total);
        score.setInterpretation(band);
        odi.getScores().add(score);
        return odi;
    }

    private TreatmentPlan plan() {
        TreatmentPlan plan = FACTORY.createTreatmentPlan();
        plan.setId(id());
        plan.setStartDate(START);
        plan.setStatus(PlanStatus.COMPLETED);
        PlanRevision first = FACTORY.createPlanRevision();
        first.setId(id());
        first.setRevisionNumber(1);
        first.setAuthorId(therapistId());
        first.setCreatedAt(Instant.parse("2026-03-02T10:15:00Z"));
        first.setReason("Initial plan after assessment");
        first.setAgreedWithPatient(true);
        first.setClassification("STarT Back medium risk; directional preference extension");
        first.setVisitsPerWeek(2);
        first.setDurationWeeks(6);
        first.setReviewDate(LocalDate.of(2026, 4, 13));
        goal(first, "Reduce disability to minimal", "odi", null, 36.0, 20.0, "%", LocalDate.of(2026, 4, 13), GoalStatus.ACHIEVED);
        goal(first, "Sit through a working morning", null, "sitting at work", 30.0, 120.0, "minutes", LocalDate.of(2026, 4, 27),
                GoalStatus.ACTIVE);
        intervention(first, "flexibility.prone-press-up", TreatmentComponent.FLEXIBILITY_AND_RANGE_OF_MOTION, 7,
                "Directional preference for extension", parameter("sets", "3"), parameter("repetitions", "10"));
        plan.getRevisions().add(first);

        PlanRevision second = ClinicalRecords.revise(plan, therapistId(), "Leg pain resolved; progress to core strengthening, agreed with the patient",
                Instant.parse("2026-04-13T09:30:00Z"));
        renumberIds(second);
        second.setAgreedWithPatient(true);
        second.getGoals().get(0).setStatus(GoalStatus.ACHIEVED);
        intervention(second, "core.bird-dog", TreatmentComponent.CORE_STRENGTHENING, 3, "Trunk endurance for chronic prevention",
                parameter("holdSeconds", "5"));
        RejectedSuggestion rejected = FACTORY.createRejectedSuggestion();
        rejected.setSuggestionId("manual-therapy.spinal-manipulation");
        rejected.setTitle("Spinal manipulation (thrust) (Manual therapy)");
        rejected.setRationale("Patient prefers active treatment only");
        second.getRejectedSuggestions().add(rejected);
        ContraindicationOverride acknowledged = FACTORY.createContraindicationOverride();
        acknowledged.setModalityId("core.bird-dog");
        acknowledged.setKind(OverrideKind.WARNING_ACKNOWLEDGED);
        acknowledged.getContraindications().add("warn (osteoporosis): progress load gradually");
        acknowledged.setReason("Osteopenia only; bird-dog loads the spine little");
        acknowledged.setBy(therapistId());
        acknowledged.setAt(Instant.parse("2026-04-13T09:35:00Z"));
        second.getOverrides().add(acknowledged);
        return plan;
    }

    private void goal(PlanRevision revision, String description, String instrumentId, String activity, double baseline,
            double target, String unit, LocalDate targetDate, GoalStatus status) {
        Goal goal = ClinicalRecords.addGoal(revision, description, instrumentId, target, targetDate);
        goal.setId(id());
        goal.setActivity(activity);
        goal.setBaselineValue(baseline);
        goal.setUnit(unit);
        goal.setStatus(status);
    }

    private void intervention(PlanRevision revision, String modalityId, TreatmentComponent component, int timesPerWeek,
            String rationale, Parameter... parameters) {
        PlannedIntervention intervention = ClinicalRecords.addIntervention(revision, modalityId, parameters);
        intervention.setId(id());
        intervention.setComponent(component);
        intervention.setTimesPerWeek(timesPerWeek);
        intervention.setDurationWeeks(4);
        intervention.setRationale(rationale);
        intervention.setEvidence("JOSPT 2021 CPG, doi 10.2519/jospt.2021.0304");
    }

    private Session session(LocalDate date, PlannedIntervention planned) {
        Session session = FACTORY.createSession();
        session.setId(id());
        session.setDate(date);
        session.setTherapistId(therapistId());
        session.setPainBefore(6);
        session.setPainAfter(4);
        session.setHomeProgrammeAdherencePercent(80);
        SoapNote soap = FACTORY.createSoapNote();
        soap.setSubjective("Leg pain less frequent; sits 45 minutes.");
        soap.setObjective("Flexion to knees; SLR left 65 degrees.");
        soap.setAssessment("Centralising; responding to extension.");
        soap.setPlan("Continue press-ups, add walking.");
        session.setSoap(soap);
        DeliveredIntervention delivered = FACTORY.createDeliveredIntervention();
        delivered.setId(id());
        delivered.setModalityId(planned.getModalityId());
        delivered.setPlanned(planned);
        delivered.getParameters().add(parameter("sets", "2"));
        delivered.getParameters().add(parameter("repetitions", "10"));
        delivered.setPatientResponse("Leg pain centralised to the buttock");
        session.getInterventions().add(delivered);
        return session;
    }

    private HomeProgramme homeProgramme() {
        HomeProgramme programme = FACTORY.createHomeProgramme();
        programme.setId(id());
        programme.setIssuedDate(LocalDate.of(2026, 3, 9));
        programme.setTherapistId(therapistId());
        programme.setNotes("Stop and call if leg pain spreads below the knee again.");
        HomeExercise exercise = FACTORY.createHomeExercise();
        exercise.setId(id());
        exercise.setModalityId("flexibility.prone-press-up");
        exercise.setInstructions("Lie on your front, press up with your arms, keep the hips down.");
        exercise.getParameters().add(parameter("repetitions", "10"));
        exercise.setTimesPerDay(3);
        exercise.setDaysPerWeek(7);
        programme.getExercises().add(exercise);
        return programme;
    }

    private Discharge discharge(HomeProgramme programme) {
        Discharge discharge = FACTORY.createDischarge();
        discharge.setId(id());
        discharge.setDate(DISCHARGED);
        discharge.setTherapistId(therapistId());
        discharge.setReason(DischargeReason.PLATEAU);
        discharge.setSummary("ODI 36 to 18 %, then no further change over three visits; back to full work and running.");
        PreventionPlan prevention = FACTORY.createPreventionPlan();
        prevention.setSelfManagement("Walk 30 minutes daily, break up sitting every 30 minutes.");
        prevention.setHomeProgramme(programme);
        prevention.setFlareUpPlan("Press-ups 10 x every 2 hours, keep moving, call if no better in a week.");
        prevention.getWarningSigns().add("numbness in the saddle area");
        prevention.getWarningSigns().add("leg weakness");
        prevention.setFollowUpDate(LocalDate.of(2026, 8, 10));
        discharge.setPreventionPlan(prevention);
        return discharge;
    }

    /** Gives a revision made by {@link ClinicalRecords#revise} deterministic ids. */
    private void renumberIds(PlanRevision revision) {
        revision.setId(id());
        revision.getGoals().forEach(goal -> goal.setId(id()));
        revision.getInterventions().forEach(intervention -> intervention.setId(id()));
    }

    private static Identifier identifier(String system, String value) {
        Identifier identifier = FACTORY.createIdentifier();
        identifier.setSystem(system);
        identifier.setValue(value);
        return identifier;
    }

    private static ContactDetails contact() {
        ContactDetails contact = FACTORY.createContactDetails();
        contact.setPhone("+00 000 000 000");
        contact.setEmail("alex.example@mail.invalid");
        contact.setAddressLine("1 Example Street");
        contact.setPostalCode("0000");
        contact.setCity("Exampletown");
        contact.setCountry("ZZ");
        contact.setEmergencyContact("Robin Example, +00 000 000 001");
        return contact;
    }

    private static PainRegion region(BodyRegion bodyRegion, BodySide side) {
        PainRegion region = FACTORY.createPainRegion();
        region.setRegion(bodyRegion);
        region.setSide(side);
        return region;
    }

    private static RedFlagAnswer redFlag(String questionId, RedFlagCategory category, ScreeningAnswer value) {
        RedFlagAnswer answer = FACTORY.createRedFlagAnswer();
        answer.setQuestionId(questionId);
        answer.setCategory(category);
        answer.setAnswer(value);
        return answer;
    }

    private static RangeOfMotion rom(SpinalMovement movement, int degrees, boolean painful) {
        RangeOfMotion rom = FACTORY.createRangeOfMotion();
        rom.setMovement(movement);
        rom.setDegrees(degrees);
        rom.setPainful(painful);
        return rom;
    }

    private static String therapistId() {
        return stableId("therapist");
    }

    private String id() {
        return stableId("record-" + nextId++);
    }

    /** Name-based UUIDs: the same example gets the same ids on every run. */
    private static String stableId(String name) {
        return UUID.nameUUIDFromBytes(("physiobench-example/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
