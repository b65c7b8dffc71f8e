package org.physiobench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.ClinicalValidation;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.Score;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.model.testing.ClinicalExamples;

class ClinicalRecordsTest {

    private static final String THERAPIST = ClinicalIds.newId();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    void builtPatientIsValidAndEveryRecordHasAUuid() {
        Patient patient = ClinicalRecords.newPatient("Kim", "Sample", LocalDate.of(1970, 1, 1));
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Low back pain", START);
        Assessment assessment = ClinicalRecords.newAssessment(episode, AssessmentKind.INITIAL, START, THERAPIST);
        InstrumentAdministration nprs = ClinicalRecords.newAdministration(assessment, "nprs", START);
        ClinicalRecords.answer(nprs, "nprs-1", 7);
        TreatmentPlan plan = ClinicalRecords.newPlan(episode, START, THERAPIST, "Initial plan", Instant.parse("2026-01-05T10:00:00Z"));
        ClinicalRecords.addGoal(plan.getCurrentRevision(), "NPRS 3 or less", "nprs", 3.0, START.plusWeeks(6));
        ClinicalRecords.addIntervention(plan.getCurrentRevision(), "core.bird-dog", ClinicalRecords.parameter("sets", "3"));
        Session session = ClinicalRecords.newSession(episode, START.plusDays(7), THERAPIST);
        session.setPainBefore(6);

        assertEquals(List.of(), ClinicalValidation.problems(patient));
        patient.eAllContents().forEachRemaining(object -> {
            if (object instanceof org.physiobench.model.api.Identifiable record) {
                assertTrue(ClinicalIds.isWellFormed(record.getId()), record::toString);
            }
        });
        assertEquals(EpisodeStatus.ACTIVE, episode.getStatus());
        assertEquals(episode, ClinicalRecords.activeEpisode(patient).orElseThrow());
    }

    @Test
    void revisionKeepsTheEarlierRevisionAndRecordsWhoWhenWhy() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        TreatmentPlan plan = patient.getEpisodes().get(0).getPlans().get(0);
        PlanRevision before = plan.getCurrentRevision();
        PlanRevision snapshot = EcoreUtil.copy(before);
        Instant now = Instant.parse("2026-05-01T08:00:00Z");

        PlanRevision revised = ClinicalRecords.revise(plan, THERAPIST, "Patient prefers walking to running", now);
        revised.getGoals().get(0).setDescription("changed in the new revision only");

        assertSame(revised, plan.getCurrentRevision());
        assertEquals(3, plan.getRevisions().size());
        assertEquals(before.getRevisionNumber() + 1, revised.getRevisionNumber());
        assertEquals(THERAPIST, revised.getAuthorId());
        assertEquals(now, revised.getCreatedAt());
        assertEquals("Patient prefers walking to running", revised.getReason());
        assertTrue(EcoreUtil.equals(snapshot, before), "the earlier revision must stay as it was");
        assertNotEquals(before.getId(), revised.getId());
        Goal oldGoal = before.getGoals().get(0);
        Goal newGoal = revised.getGoals().get(0);
        assertNotEquals(oldGoal.getId(), newGoal.getId());
        assertTrue(ClinicalIds.isWellFormed(newGoal.getId()));
        assertEquals(List.of(), ClinicalValidation.problems(patient));
    }

    @Test
    void revisingAPlanWithoutRevisionIsRefused() {
        TreatmentPlan plan = ClinicalFactory.eINSTANCE.createTreatmentPlan();
        assertNull(plan.getCurrentRevision());
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ClinicalRecords.revise(plan, THERAPIST, "reason", Instant.EPOCH));
        assertTrue(error.getMessage().contains("has no revision"), error.getMessage());
    }

    @Test
    void latestAdministrationIsTheMostRecentByDate() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();

        InstrumentAdministration latest = ClinicalRecords.latestAdministration(patient, "odi").orElseThrow();

        assertEquals(LocalDate.of(2026, 4, 13), latest.getDate());
        assertEquals(18.0, ClinicalRecords.score(latest, "total").orElseThrow());
        assertEquals(2, ClinicalRecords.administrations(patient, "odi").size());
        assertFalse(ClinicalRecords.latestAdministration(patient, "rmdq").isPresent());
        assertFalse(ClinicalRecords.score(latest, "no-such-score").isPresent());
    }

    @Test
    void administrationsOfSeveralInstrumentsComeInDateOrderFromOneWalk() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        EpisodeOfCare episode = patient.getEpisodes().get(0);
        Assessment later = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, START, THERAPIST);
        InstrumentAdministration undated = ClinicalRecords.newAdministration(later, "nprs", null);
        InstrumentAdministration first = ClinicalRecords.newAdministration(later, "nprs", START);
        InstrumentAdministration sameDay = ClinicalRecords.newAdministration(later, "nprs", START);

        Map<String, List<InstrumentAdministration>> found = ClinicalRecords.administrations(episode,
                Set.of("odi", "nprs", "rmdq"));

        assertEquals(ClinicalRecords.administrations(episode, "odi"), found.get("odi"));
        assertEquals(2, found.get("odi").size());
        assertEquals(List.of(), found.get("rmdq"));
        List<InstrumentAdministration> nprs = found.get("nprs");
        assertEquals(List.of(undated, first, sameDay), nprs.subList(0, 3));
        assertEquals(nprs, ClinicalRecords.administrations(patient, "nprs"));
    }

    @Test
    void findsRecordsByIdAndTheirPatient() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        Session session = patient.getEpisodes().get(0).getSessions().get(0);

        assertSame(session, ClinicalRecords.findRecord(patient, session.getId()).orElseThrow());
        assertSame(patient, ClinicalRecords.findRecord(patient, patient.getId()).orElseThrow());
        assertFalse(ClinicalRecords.findRecord(patient, ClinicalIds.newId()).isPresent());
        assertSame(patient, ClinicalRecords.patientOf(session.getSoap()).orElseThrow());
    }

    @Test
    void assignMissingGivesIdsOnlyToRecordsWithout() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        String patientId = patient.getId();
        patient.getEpisodes().get(0).getSessions().get(0).setId(null);
        patient.getEpisodes().get(0).getPlans().get(0).setId(" ");

        assertEquals(2, ClinicalIds.assignMissing(patient));
        assertEquals(patientId, patient.getId());
        assertEquals(0, ClinicalIds.assignMissing(patient));
    }

    @Test
    void idsAreCanonicalUuids() {
        assertTrue(ClinicalIds.isWellFormed(ClinicalIds.newId()));
        assertFalse(ClinicalIds.isWellFormed("session-1"));
        assertFalse(ClinicalIds.isWellFormed(null));
        assertFalse(ClinicalIds.isWellFormed("1-1-1-1-1"));
    }

    @Test
    void scoresCanBeLookedUpById() {
        InstrumentAdministration administration = ClinicalFactory.eINSTANCE.createInstrumentAdministration();
        Score score = ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId("fabq-pa");
        score.setValue(15.0);
        administration.getScores().add(score);
        assertEquals(15.0, ClinicalRecords.score(administration, "fabq-pa").orElseThrow());
    }
}
