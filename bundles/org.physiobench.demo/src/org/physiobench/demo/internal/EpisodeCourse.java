package org.physiobench.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.physiobench.clinical.api.Acuity;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.clinical.api.SymptomDuration;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.model.api.ActivityLevel;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
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
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PainOnsetMode;
import org.physiobench.model.api.PainRegion;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlanStatus;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.PreventionPlan;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.SpinalMovement;
import org.physiobench.model.api.StraightLegRaise;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.model.api.WorkDemand;

/**
 * One episode of care of a demo patient, from referral to discharge: initial assessment (pain,
 * red-flag screening, examination, ODI, NPRS, STarT Back), a plan matched to the risk group,
 * weekly sessions with pain before and after, a review that revises the plan when the patient
 * does not improve, and a discharge with a prevention plan. The course is one of three
 * outcomes, so the progress views have improving and non-improving patients to show.
 */
final class EpisodeCourse {

    /** How the patient responds to care. */
    enum Outcome {
        /** ODI falls by about 60 % over the episode. */
        IMPROVING(0.6),
        /** ODI falls by about 25 %: some change, below what a therapist hopes for. */
        PARTIAL(0.25),
        /** ODI stays where it was. */
        NOT_IMPROVING(0.0);

        final double reduction;

        Outcome(double reduction) {
            this.reduction = reduction;
        }
    }

    private static final ClinicalFactory FACTORY = ClinicalFactory.eINSTANCE;

    private final RandomGenerator random;
    private final IdSource ids;
    private final InstrumentAnswers instruments;
    private final LocalDate today;
    private final String therapistId;

    EpisodeCourse(RandomGenerator random, IdSource ids, LocalDate today, String therapistId) {
        this.random = random;
        this.ids = ids;
        this.instruments = new InstrumentAnswers(ids);
        this.today = today;
        this.therapistId = therapistId;
    }

    static Outcome outcome(RandomGenerator random) {
        int draw = random.nextInt(100);
        return draw < 55 ? Outcome.IMPROVING : draw < 75 ? Outcome.PARTIAL : Outcome.NOT_IMPROVING;
    }

    /** Adds an episode that starts on {@code start} and ends at the latest {@code today}. */
    void addEpisode(Patient patient, LocalDate start, Outcome outcome) {
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, condition(), start);
        episode.setId(ids.next());
        // 3-182 days before the first visit: acute, subacute and chronic episodes (about 22, 24, 54 %)
        episode.setOnsetDate(start.minusDays(3 + random.nextInt(180)));
        episode.setReferral(referral(start));
        double baselineOdi = 18 + random.nextInt(47);
        int baselinePain = 4 + random.nextInt(6);
        String risk = baselineOdi > 45 && random.nextBoolean() ? "high" : baselineOdi > 28 ? "medium" : "low";
        boolean extensionPreference = random.nextInt(3) == 0;

        Assessment initial = assessment(episode, AssessmentKind.INITIAL, start);
        initial.setPain(pain(episode.getOnsetDate(), start, baselinePain));
        initial.setRedFlagScreening(redFlags());
        examination(initial, extensionPreference);
        instruments.odi(initial, start, baselineOdi, random);
        instruments.nprs(initial, start, baselinePain);
        risk = instruments.startBack(initial, start, risk, random);

        TreatmentPlan plan = ClinicalRecords.newPlan(episode, start, therapistId, "Initial plan after assessment",
                at(start));
        plan.setId(ids.next());
        PlanRevision first = plan.getRevisions().get(0);
        first.setId(ids.next());
        first.setClassification("STarT Back " + risk + " risk"
                + (extensionPreference ? "; directional preference extension" : ""));
        first.setAgreedWithPatient(true);
        first.setVisitsPerWeek(1);
        int weeks = 4 + random.nextInt(7);
        first.setDurationWeeks(weeks);
        first.setReviewDate(start.plusWeeks(weeks / 2));
        Goal goal = ClinicalRecords.addGoal(first, "Reduce disability (ODI) by at least 10 points", InstrumentAnswers.ODI,
                Math.max(0, baselineOdi - 15), start.plusWeeks(weeks));
        goal.setId(ids.next());
        goal.setBaselineValue(baselineOdi);
        goal.setUnit("%");
        for (String modality : modalities(risk, extensionPreference)) {
            planned(first, modality);
        }
        HomeProgramme programme = homeProgramme(episode, start, first);

        PlanRevision current = first;
        double odi = baselineOdi;
        int pain = baselinePain;
        LocalDate last = start;
        for (int week = 1; week <= weeks; week++) {
            LocalDate date = start.plusWeeks(week).plusDays(random.nextInt(3));
            if (date.isAfter(today)) {
                return; // the episode is still running
            }
            double progress = (double) week / weeks;
            odi = Math.max(0, baselineOdi * (1 - outcome.reduction * progress) + random.nextGaussian() * 3);
            pain = (int) Math.max(0, Math.min(10, Math.round(baselinePain * (1 - outcome.reduction * progress)
                    + random.nextGaussian() * 0.7)));
            session(episode, date, current, pain);
            if (week == weeks / 2) {
                Assessment review = assessment(episode, AssessmentKind.REASSESSMENT, date);
                instruments.odi(review, date, odi, random);
                instruments.nprs(review, date, pain);
                if (outcome != Outcome.IMPROVING) {
                    current = revise(plan, date);
                }
            }
            last = date;
        }
        Assessment closing = assessment(episode, AssessmentKind.DISCHARGE, last);
        double finalOdi = instruments.odi(closing, last, odi, random);
        instruments.nprs(closing, last, pain);
        goal.setStatus(baselineOdi - finalOdi >= 10 ? GoalStatus.ACHIEVED
                : baselineOdi - finalOdi >= 5 ? GoalStatus.PARTIALLY_ACHIEVED : GoalStatus.NOT_ACHIEVED);
        plan.setStatus(PlanStatus.COMPLETED);
        episode.setStatus(EpisodeStatus.FINISHED);
        episode.setDischarge(discharge(last, outcome, programme, baselineOdi, finalOdi));
    }

    private static final List<String> CONDITIONS = List.of("Non-specific low back pain",
            "Low back pain with leg pain", "Recurrent low back pain", "Chronic low back pain",
            "Low back pain after lifting");

    private String condition() {
        return CONDITIONS.get(random.nextInt(CONDITIONS.size()));
    }

    private org.physiobench.model.api.Referral referral(LocalDate start) {
        org.physiobench.model.api.Referral referral = FACTORY.createReferral();
        referral.setSource(random.nextBoolean() ? "general practitioner" : "self-referral");
        referral.setDate(start.minusDays(1 + random.nextInt(14)));
        referral.setReason("Low back pain");
        return referral;
    }

    private Assessment assessment(EpisodeOfCare episode, AssessmentKind kind, LocalDate date) {
        Assessment assessment = ClinicalRecords.newAssessment(episode, kind, date, therapistId);
        assessment.setId(ids.next());
        return assessment;
    }

    private PainDescription pain(LocalDate onset, LocalDate start, int intensity) {
        PainDescription pain = FACTORY.createPainDescription();
        PainRegion lumbar = FACTORY.createPainRegion();
        lumbar.setRegion(BodyRegion.LUMBAR);
        lumbar.setSide(BodySide.CENTRAL);
        pain.getRegions().add(lumbar);
        boolean legPain = random.nextInt(3) == 0;
        if (legPain) {
            PainRegion leg = FACTORY.createPainRegion();
            leg.setRegion(random.nextBoolean() ? BodyRegion.THIGH_POSTERIOR : BodyRegion.LOWER_LEG);
            leg.setSide(random.nextBoolean() ? BodySide.LEFT : BodySide.RIGHT);
            pain.getRegions().add(leg);
            pain.setRadiatesBelowKnee(leg.getRegion() == BodyRegion.LOWER_LEG);
        }
        pain.setOnsetDate(onset);
        pain.setOnsetMode(random.nextBoolean() ? PainOnsetMode.SUDDEN : PainOnsetMode.GRADUAL);
        // The duration class the therapist would record at the first visit: the one Acuity definition.
        Acuity acuity = SymptomDuration.sinceOnset(onset, start).acuity().orElseThrow();
        pain.setDurationClass(DurationClass.get(acuity.id()));
        pain.setDailyPattern(DailyPainPattern.values()[random.nextInt(DailyPainPattern.values().length)]);
        pain.getAggravatingFactors().add(random.nextBoolean() ? "sitting" : "bending forward");
        pain.getEasingFactors().add(random.nextBoolean() ? "walking" : "lying down");
        pain.setCurrentIntensity(intensity);
        pain.setWorstIntensity(Math.min(10, intensity + 1 + random.nextInt(2)));
        pain.setBestIntensity(Math.max(0, intensity - 2 - random.nextInt(2)));
        return pain;
    }

    private org.physiobench.model.api.RedFlagScreening redFlags() {
        org.physiobench.model.api.RedFlagScreening screening = FACTORY.createRedFlagScreening();
        // About 2 % of demo patients screen positive, so the red-flag marker has patients to show.
        boolean positive = random.nextInt(50) == 0;
        screening.getAnswers().add(redFlag(RedFlagQuestion.SADDLE_ANAESTHESIA, ScreeningAnswer.NO));
        screening.getAnswers().add(redFlag(RedFlagQuestion.BLADDER_OR_BOWEL_DYSFUNCTION, ScreeningAnswer.NO));
        screening.getAnswers().add(redFlag(RedFlagQuestion.MAJOR_TRAUMA,
                positive ? ScreeningAnswer.YES : ScreeningAnswer.NO));
        screening.getAnswers().add(redFlag(RedFlagQuestion.UNEXPLAINED_WEIGHT_LOSS, ScreeningAnswer.NO));
        screening.setReferredForMedicalReview(positive);
        return screening;
    }

    /** An answer to one of the screening questions, by its real answer key and category. */
    private static RedFlagAnswer redFlag(RedFlagQuestion question, ScreeningAnswer value) {
        RedFlagAnswer answer = FACTORY.createRedFlagAnswer();
        answer.setQuestionId(question.id());
        answer.setCategory(question.category().orElseThrow());
        answer.setAnswer(value);
        return answer;
    }

    private void examination(Assessment assessment, boolean extensionPreference) {
        RangeOfMotion flexion = FACTORY.createRangeOfMotion();
        flexion.setMovement(SpinalMovement.FLEXION);
        flexion.setDegrees(30 + random.nextInt(40));
        flexion.setPainful(random.nextBoolean());
        assessment.getExamination().getRangeOfMotion().add(flexion);
        RangeOfMotion extension = FACTORY.createRangeOfMotion();
        extension.setMovement(SpinalMovement.EXTENSION);
        extension.setDegrees(10 + random.nextInt(20));
        extension.setPainful(!extensionPreference && random.nextBoolean());
        assessment.getExamination().getRangeOfMotion().add(extension);
        StraightLegRaise slr = FACTORY.createStraightLegRaise();
        slr.setSide(random.nextBoolean() ? BodySide.LEFT : BodySide.RIGHT);
        slr.setAngleDegrees(40 + random.nextInt(50));
        slr.setPositive(slr.getAngleDegrees() < 60);
        assessment.getExamination().getStraightLegRaises().add(slr);
        assessment.getExamination().setDirectionalPreference(
                extensionPreference ? DirectionalPreference.EXTENSION : DirectionalPreference.NONE);
        assessment.getLifestyle().setWorkDemand(WorkDemand.values()[random.nextInt(WorkDemand.values().length)]);
        assessment.getLifestyle().setActivityLevel(ActivityLevel.values()[random.nextInt(ActivityLevel.values().length)]);
    }

    /** Stratified care (Hill et al. 2011): the plan's emphasis follows the STarT Back group. */
    private List<String> modalities(String risk, boolean extensionPreference) {
        List<String> chosen = new ArrayList<>(switch (risk) {
            case "low" -> List.of("education.activity-pacing", "prevention.walking-programme");
            case "medium" -> List.of("core.bird-dog", "flexibility.cat-camel", "manual-therapy.joint-mobilisation");
            default -> List.of("education.pain-neuroscience", "functional.task-specific-drill",
                    "prevention.self-management");
        });
        if (extensionPreference) {
            chosen.add("flexibility.prone-press-up");
        }
        return chosen;
    }

    private PlannedIntervention planned(PlanRevision revision, String modalityId) {
        PlannedIntervention intervention = ClinicalRecords.addIntervention(revision, modalityId,
                ClinicalRecords.parameter("sets", String.valueOf(2 + random.nextInt(2))),
                ClinicalRecords.parameter("repetitions", "10"));
        intervention.setId(ids.next());
        intervention.setComponent(component(modalityId));
        intervention.setTimesPerWeek(3 + random.nextInt(5));
        intervention.setDurationWeeks(revision.getDurationWeeks());
        intervention.setRationale(revision.getClassification());
        intervention.setEvidence("JOSPT 2021 low back pain CPG");
        return intervention;
    }

    static TreatmentComponent component(String modalityId) {
        String prefix = modalityId.substring(0, modalityId.indexOf('.'));
        return switch (prefix) {
            case "pain-relief" -> TreatmentComponent.PAIN_RELIEF_EXERCISE;
            case "manual-therapy" -> TreatmentComponent.MANUAL_THERAPY;
            case "education" -> TreatmentComponent.EDUCATION_AND_POSTURE;
            case "core" -> TreatmentComponent.CORE_STRENGTHENING;
            case "flexibility" -> TreatmentComponent.FLEXIBILITY_AND_RANGE_OF_MOTION;
            case "functional" -> TreatmentComponent.FUNCTIONAL_TRAINING;
            case "prevention" -> TreatmentComponent.PREVENTION_AND_HOME_PROGRAMME;
            default -> TreatmentComponent.SPORT_PERFORMANCE;
        };
    }

    private HomeProgramme homeProgramme(EpisodeOfCare episode, LocalDate start, PlanRevision revision) {
        HomeProgramme programme = FACTORY.createHomeProgramme();
        programme.setId(ids.next());
        programme.setIssuedDate(start);
        programme.setTherapistId(therapistId);
        PlannedIntervention first = revision.getInterventions().get(0);
        HomeExercise exercise = FACTORY.createHomeExercise();
        exercise.setId(ids.next());
        exercise.setModalityId(first.getModalityId());
        exercise.setInstructions("As practised in the session; stop if the pain spreads.");
        exercise.getParameters().add(ClinicalRecords.parameter("repetitions", "10"));
        exercise.setTimesPerDay(1 + random.nextInt(3));
        exercise.setDaysPerWeek(5 + random.nextInt(3));
        programme.getExercises().add(exercise);
        episode.getHomeProgrammes().add(programme);
        return programme;
    }

    private void session(EpisodeOfCare episode, LocalDate date, PlanRevision revision, int painBefore) {
        Session session = ClinicalRecords.newSession(episode, date, therapistId);
        session.setId(ids.next());
        session.setPainBefore(painBefore);
        session.setPainAfter(Math.max(0, painBefore - random.nextInt(3)));
        session.setHomeProgrammeAdherencePercent(10 * (3 + random.nextInt(8)));
        session.getSoap().setSubjective("Pain " + painBefore + "/10 on arrival.");
        session.getSoap().setPlan("Continue the plan.");
        for (PlannedIntervention planned : revision.getInterventions()) {
            DeliveredIntervention delivered = FACTORY.createDeliveredIntervention();
            delivered.setId(ids.next());
            delivered.setModalityId(planned.getModalityId());
            delivered.setPlanned(planned);
            delivered.getParameters().add(ClinicalRecords.parameter("sets", String.valueOf(1 + random.nextInt(3))));
            session.getInterventions().add(delivered);
        }
    }

    /** The patient-centred adjustment at review when the patient does not improve as hoped. */
    private PlanRevision revise(TreatmentPlan plan, LocalDate date) {
        PlanRevision next = ClinicalRecords.revise(plan, therapistId,
                "Little change at review; agreed with the patient to add graded functional training", at(date));
        next.setId(ids.next());
        next.getGoals().forEach(goal -> goal.setId(ids.next()));
        next.getInterventions().forEach(intervention -> intervention.setId(ids.next()));
        next.setAgreedWithPatient(true);
        planned(next, "functional.sit-to-stand");
        return next;
    }

    private Discharge discharge(LocalDate date, Outcome outcome, HomeProgramme programme, double baselineOdi,
            double finalOdi) {
        Discharge discharge = FACTORY.createDischarge();
        discharge.setId(ids.next());
        discharge.setDate(date);
        discharge.setTherapistId(therapistId);
        discharge.setReason(switch (outcome) {
            case IMPROVING -> DischargeReason.GOALS_ACHIEVED;
            case PARTIAL -> DischargeReason.PLATEAU;
            case NOT_IMPROVING -> random.nextBoolean() ? DischargeReason.REFERRED_ON : DischargeReason.PATIENT_CHOICE;
        });
        discharge.setSummary("ODI " + Math.round(baselineOdi) + " to " + Math.round(finalOdi) + " %.");
        PreventionPlan prevention = FACTORY.createPreventionPlan();
        prevention.setSelfManagement("Stay active; walk daily; break up long sitting.");
        prevention.setHomeProgramme(programme);
        prevention.setFlareUpPlan("Keep moving, repeat the home exercises, call if no better in a week.");
        prevention.getWarningSigns().add("numbness in the saddle area");
        prevention.getWarningSigns().add("leg weakness");
        prevention.setFollowUpDate(date.plusMonths(3));
        discharge.setPreventionPlan(prevention);
        return discharge;
    }

    private static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
