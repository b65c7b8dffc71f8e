package org.physiobench.store.internal;

import java.time.LocalDate;

import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Score;
import org.physiobench.model.api.Session;

/** Small patients for the store tests, with known index values. */
final class TestPatients {

    static final LocalDate FIRST_VISIT = LocalDate.of(2026, 1, 5);

    private TestPatients() {
    }

    /**
     * A patient with one active episode: {@code visits} weekly assessments with an ODI of
     * 48 - 6 * week (%) and a session each with pain before 7 - week.
     */
    static Patient patient(String id, String family, String given, int visits) {
        Patient patient = ClinicalRecords.newPatient(given, family,
                LocalDate.of(1970, 1, 1).plusDays(Math.floorMod(id.hashCode(), 15000)));
        patient.setId(id);
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Non-specific low back pain", FIRST_VISIT);
        for (int week = 0; week < visits; week++) {
            LocalDate date = FIRST_VISIT.plusWeeks(week);
            Assessment assessment = ClinicalRecords.newAssessment(episode,
                    week == 0 ? AssessmentKind.INITIAL : AssessmentKind.REASSESSMENT, date, "therapist-1");
            InstrumentAdministration odi = ClinicalRecords.newAdministration(assessment, ClinicalPatientModel.ODI, date);
            odi.getScores().add(score(ClinicalPatientModel.TOTAL, Math.max(0, 48 - 6 * week)));
            Session session = ClinicalRecords.newSession(episode, date, "therapist-1");
            session.setPainBefore(Math.max(0, 7 - week));
            session.setPainAfter(Math.max(0, 5 - week));
        }
        return patient;
    }

    static Score score(String scoreId, double value) {
        Score score = ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId(scoreId);
        score.setValue(value);
        return score;
    }
}
