package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.plan.api.RedFlagStatus;

/**
 * The red-flag state of a patient as the editor's banner shows it: the patient's
 * {@link RedFlagStatus} (the same one the Patients list, plan suggestions and contraindication
 * checks read) and the date the current episode was last screened.
 *
 * @param screened whether the current episode has a red-flag screening
 * @param screenedOn the date of the current episode's latest screening, if it has a dated one
 * @param status the patient's red-flag status across all assessments and medical reviews
 */
record PatientRedFlags(boolean screened, Optional<LocalDate> screenedOn, RedFlagStatus status) {

    static PatientRedFlags of(Patient patient) {
        Optional<Assessment> screened = currentEpisode(patient).flatMap(PatientRedFlags::latestScreened);
        return new PatientRedFlags(screened.isPresent(), screened.map(Assessment::getDate), RedFlagStatus.of(patient));
    }

    /** @return the active episode, or the latest one when none is active */
    static Optional<EpisodeOfCare> currentEpisode(Patient patient) {
        return ClinicalRecords.activeEpisode(patient).or(() -> patient.getEpisodes().stream()
                .max(Comparator.comparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder()))));
    }

    private static Optional<Assessment> latestScreened(EpisodeOfCare episode) {
        return episode.getAssessments().stream().filter(RedFlagStatus::screened)
                .max(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
