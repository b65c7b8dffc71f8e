package org.physiobench.clinical.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What plan suggestions are made from: the findings of an assessment, in plain Java so any model
 * can supply them.
 *
 * @param symptomDuration how long the symptoms have lasted and what that is known from (onset
 *        date, else the recorded duration class, never the start of the episode of care)
 * @param startBackGroup the STarT Back risk group, or {@code null} if not screened
 * @param directionalPreference the directional preference found on examination
 * @param triage the patient's red-flag triage: the findings active now ({@link Triage#NONE} when none)
 * @param symptomsBelowKnee whether symptoms reach below the knee (pain radiating below the knee,
 *        or the lower leg or foot marked on the body chart); a key criterion of the
 *        manipulation prediction rule (Flynn 2002; Childs 2004)
 * @param fabqWork the FABQ work subscale (0-42), or {@code null} where not administered; under 19
 *        supports manipulation (Flynn 2002)
 */
public record AssessmentSummary(SymptomDuration symptomDuration, StartBackGroup startBackGroup,
        DirectionalPreference directionalPreference, Triage triage, boolean symptomsBelowKnee, Integer fabqWork) {

    /** The FABQ work subscale below which it supports manipulation (Flynn et al. 2002). */
    public static final int FABQ_WORK_SUPPORTS_MANIPULATION_BELOW = 19;

    public AssessmentSummary {
        Objects.requireNonNull(symptomDuration, "symptomDuration");
        Objects.requireNonNull(directionalPreference, "directionalPreference");
        Objects.requireNonNull(triage, "triage");
        if (fabqWork != null && (fabqWork < 0 || fabqWork > 42)) {
            throw new IllegalArgumentException("FABQ-W must be 0-42: " + fabqWork);
        }
    }

    /** Findings without a FABQ. */
    public AssessmentSummary(SymptomDuration symptomDuration, StartBackGroup startBackGroup,
            DirectionalPreference directionalPreference, Triage triage, boolean symptomsBelowKnee) {
        this(symptomDuration, startBackGroup, directionalPreference, triage, symptomsBelowKnee, null);
    }

    /** @return the acuity from the symptom duration; empty when neither onset nor duration class was recorded */
    public Optional<Acuity> acuity() {
        return symptomDuration.acuity();
    }

    /** @return the STarT Back group, if screened */
    public Optional<StartBackGroup> riskGroup() {
        return Optional.ofNullable(startBackGroup);
    }

    /** @return the FABQ work subscale, if administered */
    public Optional<Integer> fabqWorkScore() {
        return Optional.ofNullable(fabqWork);
    }
}
