package org.physiobench.benchmarks.workbench;

import java.time.Instant;
import java.time.LocalDate;

import org.physiobench.demo.api.DemoData;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Score;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.RecordNotFoundException;
import org.physiobench.store.api.StoreException;

/**
 * The data the benchmarks run on: {@code bench.patients} demo patients (seed 1, as the product's
 * demo button makes them) and one patient with {@code bench.sessions} sessions. A data folder
 * that already holds them is reused, so the 100,000-patient store is generated once.
 */
final class BenchmarkData {

    /** The long-treated patient's record id (fixed, so a reused data folder finds it). */
    static final String LONG_PATIENT_ID = "5e55105e-0300-4000-8000-000000000300";

    private BenchmarkData() {
    }

    static void ensurePatients(ClinicalStore store, int count) throws StoreException {
        long existing = store.countPatients(PatientQuery.all());
        boolean longPatient = exists(store, LONG_PATIENT_ID);
        long demo = existing - (longPatient ? 1 : 0);
        if (demo == 0) {
            long started = System.nanoTime();
            new DemoData(1).populate(store, count, written -> {
                if (written % 10_000 == 0) {
                    System.out.printf("bench: %,d demo patients written%n", written);
                }
            });
            System.out.printf("bench: %,d demo patients in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
        } else if (demo != count) {
            throw new IllegalStateException("The benchmark data folder holds " + demo + " demo patients, not " + count
                    + ": give -Dbench.data a folder of its own for each size.");
        }
    }

    /** @return the record id of a patient with {@code sessions} sessions (created when missing) */
    static String ensureLongTreatedPatient(ClinicalStore store, int sessions) throws StoreException {
        if (!exists(store, LONG_PATIENT_ID)) {
            store.savePatient(longTreatedPatient(sessions), 0, "bench");
        }
        return LONG_PATIENT_ID;
    }

    static void removeLongTreatedPatient(ClinicalStore store) throws StoreException {
        if (exists(store, LONG_PATIENT_ID)) {
            store.deletePatient(LONG_PATIENT_ID, store.loadPatient(LONG_PATIENT_ID, "bench").version(), "bench");
        }
    }

    private static boolean exists(ClinicalStore store, String id) throws StoreException {
        try {
            store.loadPatient(id, "bench");
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }

    /**
     * A patient seen {@code sessions} times, every other day: each session with pain before and
     * after, a SOAP note and two delivered interventions; a reassessment with ODI and NPRS every
     * 20 sessions and a plan revision every 50 - what the progress chart draws.
     */
    static Patient longTreatedPatient(int sessions) {
        LocalDate start = LocalDate.of(2025, 1, 6);
        Patient patient = ClinicalRecords.newPatient("Morgan", "Longterm", LocalDate.of(1971, 3, 14));
        patient.setId(LONG_PATIENT_ID);
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Chronic low back pain", start);
        TreatmentPlan plan = ClinicalRecords.newPlan(episode, start, "bench", "Initial plan", Instant.parse("2025-01-06T09:00:00Z"));
        for (int n = 0; n < sessions; n++) {
            LocalDate date = start.plusDays(2L * n);
            if (n % 20 == 0) {
                reassess(episode, date, n);
            }
            if (n > 0 && n % 50 == 0) {
                ClinicalRecords.revise(plan, "bench", "Progressed after " + n + " sessions", date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
            }
            Session session = ClinicalRecords.newSession(episode, date, "bench");
            session.setPainBefore(Math.max(1, 7 - n / 60));
            session.setPainAfter(Math.max(0, 5 - n / 60));
            session.setHomeProgrammeAdherencePercent(60 + n % 40);
            session.getSoap().setSubjective("Session " + (n + 1) + ": back pain after sitting, sleeping better.");
            session.getSoap().setObjective("Flexion to mid-shin, SLR negative.");
            session.getSoap().setAssessment("Improving as expected.");
            session.getSoap().setPlan("Continue programme, progress load.");
            session.getInterventions().add(delivered("core.bird-dog", "sets", "3"));
            session.getInterventions().add(delivered("flexibility.cat-camel", "repetitions", "10"));
        }
        ClinicalIds.assignMissing(patient);
        return patient;
    }

    private static void reassess(EpisodeOfCare episode, LocalDate date, int sessionsSoFar) {
        Assessment assessment = ClinicalRecords.newAssessment(episode,
                sessionsSoFar == 0 ? AssessmentKind.INITIAL : AssessmentKind.REASSESSMENT, date, "bench");
        score(ClinicalRecords.newAdministration(assessment, "odi", date), "total", Math.max(8, 44 - sessionsSoFar / 10));
        score(ClinicalRecords.newAdministration(assessment, "nprs", date), "total", Math.max(1, 7 - sessionsSoFar / 60));
    }

    private static void score(InstrumentAdministration administration, String scoreId, double value) {
        Score score = ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId(scoreId);
        score.setValue(value);
        administration.getScores().add(score);
    }

    private static DeliveredIntervention delivered(String modalityId, String parameter, String value) {
        DeliveredIntervention intervention = ClinicalFactory.eINSTANCE.createDeliveredIntervention();
        intervention.setModalityId(modalityId);
        intervention.getParameters().add(ClinicalRecords.parameter(parameter, value));
        return intervention;
    }
}
