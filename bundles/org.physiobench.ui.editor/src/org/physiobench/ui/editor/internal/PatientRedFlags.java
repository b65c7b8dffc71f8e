package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.physiobench.clinical.api.InvalidAnswersException;
import org.physiobench.clinical.api.RedFlagScreening;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;

/**
 * The red-flag state of a patient as the banner shows it: the latest screening of the current
 * episode run through the clinical rules ({@link RedFlagScreening}, AHCPR 1994), so the
 * banner and the plan suggestions use one rule.
 *
 * @param screenedOn the date of the screening used, empty when the episode has none yet
 * @param result the flags raised (none when not screened)
 * @param referred whether the screening records a referral for medical review
 * @param problem a screening the rules cannot read (an unknown question id), which must be
 *            shown rather than read as "no flags"
 */
record PatientRedFlags(Optional<LocalDate> screenedOn, RedFlagScreening.Result result, boolean referred,
        Optional<String> problem) {

    private static final RedFlagScreening.Result NONE = new RedFlagScreening.Result(java.util.List.of());

    static PatientRedFlags of(Patient patient) {
        Optional<Assessment> screened = currentEpisode(patient).flatMap(PatientRedFlags::latestScreened);
        if (screened.isEmpty()) {
            return new PatientRedFlags(Optional.empty(), NONE, false, Optional.empty());
        }
        Assessment assessment = screened.get();
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (RedFlagAnswer answer : assessment.getRedFlagScreening().getAnswers()) {
            if (answer.getAnswer() == ScreeningAnswer.YES || answer.getAnswer() == ScreeningAnswer.NO) {
                answers.put(answer.getQuestionId(), answer.getAnswer() == ScreeningAnswer.YES);
            }
        }
        boolean referred = assessment.getRedFlagScreening().isReferredForMedicalReview();
        Optional<LocalDate> date = Optional.ofNullable(assessment.getDate());
        try {
            return new PatientRedFlags(date, RedFlagScreening.screen(answers, age(patient, assessment.getDate())), referred,
                    Optional.empty());
        } catch (InvalidAnswersException e) {
            return new PatientRedFlags(date, NONE, referred, Optional.of(e.getMessage()));
        }
    }

    /** @return the active episode, or the latest one when none is active */
    static Optional<EpisodeOfCare> currentEpisode(Patient patient) {
        return ClinicalRecords.activeEpisode(patient).or(() -> patient.getEpisodes().stream()
                .max(Comparator.comparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder()))));
    }

    boolean screened() {
        return screenedOn.isPresent() || problem.isPresent();
    }

    private static Optional<Assessment> latestScreened(EpisodeOfCare episode) {
        return episode.getAssessments().stream()
                .filter(assessment -> assessment.getRedFlagScreening() != null && assessment.getRedFlagScreening()
                        .getAnswers().stream().anyMatch(answer -> answer.getAnswer() != ScreeningAnswer.NOT_ASKED))
                .max(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private static OptionalInt age(Patient patient, LocalDate on) {
        if (patient.getBirthDate() == null) {
            return OptionalInt.empty();
        }
        LocalDate date = on == null ? LocalDate.now() : on;
        return date.isBefore(patient.getBirthDate()) ? OptionalInt.empty()
                : OptionalInt.of(Period.between(patient.getBirthDate(), date).getYears());
    }
}
