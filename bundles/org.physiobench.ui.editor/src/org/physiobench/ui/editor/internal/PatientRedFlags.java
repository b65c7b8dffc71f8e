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
 * The red-flag state of a patient as the editor's banner shows it: the latest screening of the
 * current episode, judged by the same {@link RedFlagStatus} (the clinical rules, AHCPR 1994) as
 * the assessment form's own banner, so both always agree.
 *
 * @param screenedOn the date of the screening used, empty when the episode has none yet
 * @param status the flags that screening raises, empty when there is none
 */
record PatientRedFlags(Optional<LocalDate> screenedOn, Optional<RedFlagStatus> status) {

    static PatientRedFlags of(Patient patient) {
        Optional<Assessment> screened = currentEpisode(patient).flatMap(PatientRedFlags::latestScreened);
        return new PatientRedFlags(screened.map(Assessment::getDate), screened.map(RedFlagStatus::of));
    }

    /** @return the active episode, or the latest one when none is active */
    static Optional<EpisodeOfCare> currentEpisode(Patient patient) {
        return ClinicalRecords.activeEpisode(patient).or(() -> patient.getEpisodes().stream()
                .max(Comparator.comparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder()))));
    }

    boolean screened() {
        return status.isPresent();
    }

    boolean raised() {
        return status.map(RedFlagStatus::raised).orElse(false);
    }

    boolean referred() {
        return status.map(RedFlagStatus::referred).orElse(false);
    }

    private static Optional<Assessment> latestScreened(EpisodeOfCare episode) {
        return episode.getAssessments().stream().filter(RedFlagStatus::screened).max(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
