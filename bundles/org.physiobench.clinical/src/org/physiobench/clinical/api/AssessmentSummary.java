package org.physiobench.clinical.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What plan suggestions are made from: the findings of an assessment, in plain Java so any model
 * can supply them.
 *
 * @param symptomDurationDays how long the current episode has lasted, in whole days
 * @param startBackGroup the STarT Back risk group, or {@code null} if not screened
 * @param directionalPreference the directional preference found on examination
 * @param triage the patient's red-flag triage: the findings active now ({@link Triage#NONE} when none)
 */
public record AssessmentSummary(int symptomDurationDays, StartBackGroup startBackGroup,
        DirectionalPreference directionalPreference, Triage triage) {

    public AssessmentSummary {
        if (symptomDurationDays < 0) {
            throw new IllegalArgumentException("symptom duration must not be negative: " + symptomDurationDays);
        }
        Objects.requireNonNull(directionalPreference, "directionalPreference");
        Objects.requireNonNull(triage, "triage");
    }

    /** @return the acuity from the symptom duration */
    public Acuity acuity() {
        return Acuity.ofSymptomDurationDays(symptomDurationDays);
    }

    /** @return the STarT Back group, if screened */
    public Optional<StartBackGroup> riskGroup() {
        return Optional.ofNullable(startBackGroup);
    }
}
