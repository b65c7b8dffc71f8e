package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlanStatus;
import org.physiobench.model.api.Score;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.plan.api.ProgressCheck;
import org.physiobench.plan.api.ProgressCheck.Status;
import org.physiobench.plan.api.ReviewDue;

/**
 * Worked examples of "not improving" (the main measure below its MCID from day 28 after
 * baseline; JOSPT 2021, NICE NG59) and "review due" (the earliest review date of the plans in force).
 */
class ProgressCheckTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 10, 1);

    private static EpisodeOfCare episode() {
        Patient patient = ClinicalRecords.newPatient("Ali", "Tester", LocalDate.of(1985, 3, 14));
        return ClinicalRecords.newEpisode(patient, "Non-specific low back pain", BASELINE);
    }

    private static void scored(EpisodeOfCare episode, String instrumentId, LocalDate date, double total) {
        Assessment assessment = episode.getAssessments().stream().filter(a -> date.equals(a.getDate())).findFirst()
                .orElseGet(() -> ClinicalRecords.newAssessment(episode,
                        episode.getAssessments().isEmpty() ? AssessmentKind.INITIAL : AssessmentKind.REASSESSMENT, date,
                        PlanFixtures.THERAPIST));
        InstrumentAdministration administration = ClinicalRecords.newAdministration(assessment, instrumentId, date);
        Score score = ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId("total");
        score.setValue(total);
        administration.getScores().add(score);
    }

    @Test
    void beforeDay28ItIsTooEarlyToJudge() {
        EpisodeOfCare episode = episode();
        scored(episode, "odi", BASELINE, 40);
        scored(episode, "odi", BASELINE.plusDays(27), 38);
        ProgressCheck.Progress progress = ProgressCheck.progress(episode);
        assertEquals(Status.TOO_EARLY, progress.status());
        assertEquals("odi", progress.instrumentId());
        assertFalse(progress.notImproving());
    }

    @Test
    void fromDay28AChangeBelowTheMcidIsNotImproving() {
        EpisodeOfCare episode = episode();
        scored(episode, "odi", BASELINE, 40);
        scored(episode, "odi", BASELINE.plusDays(28), 32); // -8 points, -20 %: below 10 points and 30 %
        ProgressCheck.Progress progress = ProgressCheck.progress(episode);
        assertEquals(Status.NOT_IMPROVING, progress.status());
        assertTrue(progress.notImproving());
        assertEquals(Optional.of(28L), progress.days());
        assertEquals(0, BigDecimal.valueOf(-8).compareTo(progress.change().change()));
        assertTrue(progress.describe().startsWith("Not improving: odi 40 to 32 after 28 days"), progress.describe());
    }

    @Test
    void reachingTheMcidByPointsOrPercentIsNotFlagged() {
        EpisodeOfCare byPoints = episode();
        scored(byPoints, "odi", BASELINE, 40);
        scored(byPoints, "odi", BASELINE.plusDays(35), 30); // -10 points: the MCID in points
        assertEquals(Status.REACHED_MCID, ProgressCheck.progress(byPoints).status());
        EpisodeOfCare late = episode();
        scored(late, "odi", BASELINE, 40);
        scored(late, "odi", BASELINE.plusDays(28), 35);
        scored(late, "odi", BASELINE.plusDays(56), 28); // later: -12 points, -30 %
        assertEquals(Status.REACHED_MCID, ProgressCheck.progress(late).status(), "the latest score counts");
    }

    @Test
    void stillBelowTheMcidAfterSixWeeksStaysFlagged() {
        EpisodeOfCare episode = episode();
        scored(episode, "odi", BASELINE, 40);
        scored(episode, "odi", BASELINE.plusDays(70), 40);
        assertEquals(Status.NOT_IMPROVING, ProgressCheck.progress(episode).status());
    }

    @Test
    void theMainMeasureIsTheOdiElseTheNprsAdministeredAtBaseline() {
        EpisodeOfCare nprsFirst = episode();
        scored(nprsFirst, "nprs", BASELINE, 7);
        scored(nprsFirst, "odi", BASELINE.plusDays(14), 40); // ODI started later: not at baseline
        scored(nprsFirst, "odi", BASELINE.plusDays(42), 20);
        scored(nprsFirst, "nprs", BASELINE.plusDays(42), 6); // -1 point, -14 %: below 2 points and 30 %
        ProgressCheck.Progress progress = ProgressCheck.progress(nprsFirst);
        assertEquals("nprs", progress.instrumentId());
        assertEquals(Status.NOT_IMPROVING, progress.status());

        EpisodeOfCare both = episode();
        scored(both, "nprs", BASELINE, 7);
        scored(both, "odi", BASELINE, 40);
        scored(both, "odi", BASELINE.plusDays(30), 38);
        scored(both, "nprs", BASELINE.plusDays(30), 3);
        assertEquals("odi", ProgressCheck.progress(both).instrumentId(), "disability before pain");
        assertEquals(Status.NOT_IMPROVING, ProgressCheck.progress(both).status());
    }

    @Test
    void withoutAnOutcomeMeasureThereIsNothingToJudge() {
        EpisodeOfCare episode = episode();
        scored(episode, "startback", BASELINE, 5);
        ProgressCheck.Progress progress = ProgressCheck.progress(episode);
        assertEquals(Status.NO_MAIN_MEASURE, progress.status());
        assertNull(progress.instrumentId());
    }

    // --- review due ---

    private static PlanRevision plan(EpisodeOfCare episode, PlanStatus status, LocalDate reviewDate) {
        TreatmentPlan plan = ClinicalRecords.newPlan(episode, BASELINE, PlanFixtures.THERAPIST, "Initial plan",
                Instant.parse("2026-10-01T09:00:00Z"));
        plan.setStatus(status);
        plan.getCurrentRevision().setReviewDate(reviewDate);
        return plan.getCurrentRevision();
    }

    @Test
    void theReviewIsDueOnTheEarliestReviewDateOfTheCurrentRevisionsOfPlansInForce() {
        EpisodeOfCare episode = episode();
        plan(episode, PlanStatus.COMPLETED, LocalDate.of(2026, 10, 10)); // not in force
        PlanRevision active = plan(episode, PlanStatus.ACTIVE, LocalDate.of(2026, 10, 29));
        plan(episode, PlanStatus.DRAFT, LocalDate.of(2026, 11, 5));
        ReviewDue due = ReviewDue.of(episode).orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 29), due.date());
        assertEquals(active, due.revision());
        assertFalse(due.isDue(LocalDate.of(2026, 10, 28)));
        assertTrue(due.isDue(LocalDate.of(2026, 10, 29)));

        // a revision replaces the earlier one: only the current revision's date counts
        PlanRevision revised = ClinicalRecords.revise((TreatmentPlan) active.eContainer(), PlanFixtures.THERAPIST,
                "Review moved", Instant.parse("2026-10-20T09:00:00Z"));
        revised.setReviewDate(LocalDate.of(2026, 11, 12));
        assertEquals(LocalDate.of(2026, 11, 5), ReviewDue.of(episode).orElseThrow().date());
        assertEquals(LocalDate.of(2026, 11, 5), ReviewDue.of(ClinicalRecords.patientOf(episode).orElseThrow())
                .orElseThrow().date());
    }

    @Test
    void noPlanInForceWithAReviewDateMeansNoReviewDue() {
        EpisodeOfCare episode = episode();
        assertEquals(Optional.empty(), ReviewDue.of(episode));
        plan(episode, PlanStatus.ACTIVE, null);
        plan(episode, PlanStatus.CANCELLED, LocalDate.of(2026, 10, 15));
        assertEquals(Optional.empty(), ReviewDue.of(episode));
    }
}
