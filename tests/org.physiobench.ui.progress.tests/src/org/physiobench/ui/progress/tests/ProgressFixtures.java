package org.physiobench.ui.progress.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.physiobench.clinical.api.Instruments;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.Score;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.ui.progress.api.ClinicalScales;
import org.physiobench.ui.progress.api.InstrumentScale;

/**
 * A synthetic patient with a six-week episode: ODI, NPRS and RMDQ at the start and at two
 * re-assessments, weekly sessions with pain before and after, and a plan revised once.
 * <pre>
 *            2026-03-02  2026-03-30  2026-04-27
 *  ODI %       44          30          22     (-22 points, -50 %: responder)
 *  NPRS         7           5           4     (-3, -42.9 %: responder)
 *  RMDQ        12          10           9     (-3, -25 %: not a responder, MCID 5 / 30 %)
 * </pre>
 * Plan revision 1 on 2026-03-02 (goal ODI 20 by 2026-05-04), revision 2 on 2026-03-30.
 */
public final class ProgressFixtures {

    public static final LocalDate START = LocalDate.of(2026, 3, 2);
    public static final LocalDate REVIEW_1 = LocalDate.of(2026, 3, 30);
    public static final LocalDate REVIEW_2 = LocalDate.of(2026, 4, 27);
    public static final String REVISION_2_REASON = "Leg pain settled; add core strengthening, agreed with the patient";
    public static final double ODI_GOAL = 20.0;
    public static final String THERAPIST = "therapist-1";
    /** The scales of every instrument installed in the test runtime (the built-in ones). */
    public static final List<InstrumentScale> SCALES = ClinicalScales.of(Instruments.registry());

    private ProgressFixtures() {
    }

    /** @return the installed scale of {@code instrumentId}'s {@code scoreId} */
    public static InstrumentScale scale(String instrumentId, String scoreId) {
        return ClinicalScales.find(SCALES, instrumentId, scoreId)
                .orElseThrow(() -> new AssertionError("no scale " + instrumentId + "/" + scoreId + " in " + SCALES));
    }

    public static Patient patient() {
        Patient patient = ClinicalRecords.newPatient("Sam", "Synthetic", LocalDate.of(1979, 5, 3));
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Low back pain with right leg pain", START);
        assess(episode, AssessmentKind.INITIAL, START, 44, 7, 12);
        assess(episode, AssessmentKind.REASSESSMENT, REVIEW_1, 30, 5, 10);
        assess(episode, AssessmentKind.REASSESSMENT, REVIEW_2, 22, 4, 9);

        TreatmentPlan plan = ClinicalRecords.newPlan(episode, START, THERAPIST, "Initial plan after assessment",
                Instant.parse("2026-03-02T10:00:00Z"));
        ClinicalRecords.addGoal(plan.getCurrentRevision(), "Reduce disability to minimal", "odi", ODI_GOAL,
                LocalDate.of(2026, 5, 4));
        ClinicalRecords.addIntervention(plan.getCurrentRevision(), "flexibility.prone-press-up");
        PlanRevision second = ClinicalRecords.revise(plan, THERAPIST, REVISION_2_REASON, Instant.parse("2026-03-30T11:00:00Z"));
        second.setAgreedWithPatient(true);
        ClinicalRecords.addIntervention(second, "core.bird-dog");

        int[][] pain = { { 7, 5 }, { 6, 5 }, { 6, 4 }, { 5, 3 }, { 5, 3 }, { 4, 2 }, { 4, 3 }, { 3, 2 } };
        for (int week = 0; week < pain.length; week++) {
            Session session = ClinicalRecords.newSession(episode, START.plusDays(2 + 7L * week), THERAPIST);
            session.setPainBefore(pain[week][0]);
            session.setPainAfter(pain[week][1]);
        }
        return patient;
    }

    /**
     * Adds STarT Back at the start (total 6, psychosocial 4: high risk) and at the last review
     * (2 and 1: low risk).
     */
    public static Patient withStartBack(Patient patient) {
        EpisodeOfCare episode = patient.getEpisodes().get(0);
        startBack(episode.getAssessments().get(0), START, 6, 4);
        startBack(episode.getAssessments().get(2), REVIEW_2, 2, 1);
        return patient;
    }

    private static void startBack(Assessment assessment, LocalDate date, double total, double psychosocial) {
        InstrumentAdministration administration = ClinicalRecords.newAdministration(assessment, "startback", date);
        score(administration, "total", total);
        score(administration, "psychosocial", psychosocial);
    }

    private static void assess(EpisodeOfCare episode, AssessmentKind kind, LocalDate date, double odi, double nprs, double rmdq) {
        Assessment assessment = ClinicalRecords.newAssessment(episode, kind, date, THERAPIST);
        score(ClinicalRecords.newAdministration(assessment, "odi", date), odi);
        score(ClinicalRecords.newAdministration(assessment, "nprs", date), nprs);
        score(ClinicalRecords.newAdministration(assessment, "rmdq", date), rmdq);
    }

    public static void score(InstrumentAdministration administration, double value) {
        score(administration, "total", value);
    }

    public static void score(InstrumentAdministration administration, String scoreId, double value) {
        Score score = ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId(scoreId);
        score.setValue(value);
        administration.getScores().add(score);
    }
}
