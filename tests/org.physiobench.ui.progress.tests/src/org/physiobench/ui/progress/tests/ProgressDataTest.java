package org.physiobench.ui.progress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.Change;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.testing.ClinicalExamples;
import org.physiobench.ui.progress.api.ProgressData;
import org.physiobench.ui.progress.api.ProgressData.InstrumentTrend;
import org.physiobench.ui.progress.api.ProgressData.ScorePoint;

/** What the progress view reads from a patient, without SWT. */
class ProgressDataTest {

    private final ProgressData data = ProgressData.of(ProgressFixtures.patient(), ProgressFixtures.SCALES, ZoneOffset.UTC);

    @Test
    void oneTrendPerAdministeredInstrumentInScaleOrder() {
        assertEquals(List.of("odi", "nprs", "rmdq"), data.trends().stream().map(t -> t.scale().instrumentId()).toList());
    }

    @Test
    void odiTrendHasItsScoresByDate() {
        InstrumentTrend odi = data.trend("odi", "total").orElseThrow();
        assertEquals(List.of(new ScorePoint(ProgressFixtures.START, 44), new ScorePoint(ProgressFixtures.REVIEW_1, 30),
                new ScorePoint(ProgressFixtures.REVIEW_2, 22)), odi.points());
        assertEquals(34, odi.mcidThreshold().orElseThrow(), 1e-12, "baseline 44 minus the ODI MCID of 10");
        assertEquals(ProgressFixtures.ODI_GOAL, odi.goal().value(), 1e-12);
        assertEquals(LocalDate.of(2026, 5, 4), odi.goal().targetDate());
    }

    @Test
    void responderStatusPerInstrument() {
        Change odi = data.trend("odi", "total").orElseThrow().evaluation().orElseThrow();
        assertEquals(-22, odi.change().doubleValue(), 1e-12, "follow-up - baseline, as the command line reports it");
        assertEquals(-50, odi.percentChange().doubleValue(), 1e-9);
        assertTrue(odi.improved());
        assertTrue(odi.mcidPointsMet() && odi.mcidPercentMet());
        Change rmdq = data.trend("rmdq", "total").orElseThrow().evaluation().orElseThrow();
        assertEquals(-3, rmdq.change().doubleValue(), 1e-12);
        assertFalse(rmdq.responder(), "3 points and 25 % are below the RMDQ MCID of 5 points or 30 %");
    }

    @Test
    void goalsOnlyForTheInstrumentTheyName() {
        assertNull(data.trend("nprs", "total").orElseThrow().goal());
    }

    @Test
    void sessionPainAndRevisionsInDateOrder() {
        assertEquals(8, data.sessionPain().size());
        assertEquals(7, data.sessionPain().get(0).before());
        assertEquals(5, data.sessionPain().get(0).after());
        assertEquals(2, data.revisions().size());
        assertEquals(ProgressFixtures.REVIEW_1, data.revisions().get(1).date());
        assertEquals(ProgressFixtures.REVISION_2_REASON, data.revisions().get(1).reason());
        assertTrue(data.revisions().get(1).describe().contains(ProgressFixtures.REVISION_2_REASON));
    }

    @Test
    void aBaselineAloneIsNotJudged() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        patient.getEpisodes().get(0).getAssessments().remove(1);
        InstrumentTrend odi = ProgressData.of(patient, ProgressFixtures.SCALES, ZoneOffset.UTC).trend("odi", "total").orElseThrow();
        assertTrue(odi.evaluation().isEmpty());
    }

    @Test
    void theExamplePatientIsAResponderOnTheOdi() {
        ProgressData example = ProgressData.of(ClinicalExamples.fullyPopulatedPatient(), ProgressFixtures.SCALES, ZoneOffset.UTC);
        Change odi = example.trend("odi", "total").orElseThrow().evaluation().orElseThrow();
        assertEquals(36, odi.baseline().doubleValue(), 1e-12);
        assertEquals(18, odi.followUp().doubleValue(), 1e-12);
        assertTrue(odi.responder());
        assertEquals(2, example.revisions().size());
    }

    @Test
    void instrumentsNotInstalledAreListedNotDropped() {
        Patient patient = ProgressFixtures.patient();
        ClinicalRecords.newAdministration(patient.getEpisodes().get(0).getAssessments().get(0), "uninstalled-scale",
                ProgressFixtures.START);
        assertEquals(List.of("uninstalled-scale"),
                ProgressData.of(patient, ProgressFixtures.SCALES, ZoneOffset.UTC).unchartedInstruments());
    }

    @Test
    void aPatientWithoutEpisodesHasNothingToChart() {
        ProgressData empty = ProgressData.of(ClinicalRecords.newPatient("No", "Episode", null), ProgressFixtures.SCALES,
                ZoneOffset.UTC);
        assertTrue(empty.isEmpty());
        assertNull(empty.episode());
        assertTrue(empty.dateRange().isEmpty());
    }

    @Test
    void psfsChangeComparesOnlyTheActivitiesRatedBothTimesByName() {
        Patient patient = ProgressFixtures.patient();
        var assessments = patient.getEpisodes().get(0).getAssessments();
        InstrumentAdministration before = ClinicalRecords.newAdministration(assessments.get(0), "psfs",
                ProgressFixtures.START);
        rate(before, 1, "walking", 3);
        rate(before, 2, "sitting at work", 4);
        rate(before, 3, "lifting", 0);
        ProgressFixtures.score(before, 2.3);
        InstrumentAdministration after = ClinicalRecords.newAdministration(assessments.get(2), "psfs",
                ProgressFixtures.REVIEW_2);
        rate(after, 1, "Sitting at work", 7);
        rate(after, 2, "gardening", 9);
        rate(after, 3, "walking", 6);
        ProgressFixtures.score(after, 7.3);
        InstrumentTrend psfs = ProgressData.of(patient, ProgressFixtures.SCALES, ZoneOffset.UTC).trend("psfs", "total")
                .orElseThrow();
        assertEquals(List.of(new ScorePoint(ProgressFixtures.START, 2.3), new ScorePoint(ProgressFixtures.REVIEW_2, 7.3)),
                psfs.points(), "the chart shows the recorded means");
        Change change = psfs.evaluation().orElseThrow();
        assertEquals(0, new java.math.BigDecimal("3.5").compareTo(change.baseline()), "walking 3, sitting 4");
        assertEquals(0, new java.math.BigDecimal("6.5").compareTo(change.followUp()), "walking 6, sitting 7");
        assertEquals(0, new java.math.BigDecimal("3.0").compareTo(change.change()), "not 7.3 - 2.3 = 5.0");
        assertEquals(Boolean.TRUE, change.reliableChange());
    }

    private static void rate(InstrumentAdministration administration, int item, String activity, int rating) {
        ClinicalRecords.answer(administration, "psfs-" + item, rating).setText(activity);
    }
}
