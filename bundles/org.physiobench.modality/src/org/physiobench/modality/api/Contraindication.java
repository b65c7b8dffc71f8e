package org.physiobench.modality.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.physiobench.core.api.RedFlagCategory;

/**
 * When a modality must not be used ({@link ContraindicationSeverity#BLOCK}) or needs a
 * precaution ({@link ContraindicationSeverity#WARN}): triggered either by a red-flag
 * category or by a patient condition ({@link ConditionIds}).
 *
 * @param redFlag the red-flag category that triggers it, or {@code null} for a condition
 * @param condition the condition id that triggers it, or {@code null} for a red flag
 * @param severity block or warn
 * @param reason why, in words a therapist can act on
 */
public record Contraindication(RedFlagCategory redFlag, String condition, ContraindicationSeverity severity,
        String reason) {

    public Contraindication {
        if ((redFlag == null) == (condition == null)) {
            throw new IllegalArgumentException("A contraindication names exactly one red flag or one condition");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return a contraindication triggered by a red-flag category */
    public static Contraindication of(RedFlagCategory redFlag, ContraindicationSeverity severity, String reason) {
        return new Contraindication(Objects.requireNonNull(redFlag), null, severity, reason);
    }

    /** @return a contraindication triggered by a condition id */
    public static Contraindication of(String condition, ContraindicationSeverity severity, String reason) {
        return new Contraindication(null, Objects.requireNonNull(condition), severity, reason);
    }

    /** @return the red flag, if this one is triggered by a red flag */
    public Optional<RedFlagCategory> redFlagCategory() {
        return Optional.ofNullable(redFlag);
    }

    /** @return the id of what triggers it: a red-flag category id or a condition id */
    public String triggerId() {
        return redFlag != null ? redFlag.id() : condition;
    }

    /**
     * @return whether the patient's suspected red-flag categories or active conditions trigger
     *         this contraindication; the combined {@code tumour-infection} of release 1.0 matches a
     *         suspected malignancy or infection ({@link RedFlagCategory#matches(Set)})
     */
    public boolean appliesTo(Set<RedFlagCategory> activeRedFlags, Set<String> activeConditions) {
        return redFlag != null ? redFlag.matches(activeRedFlags) : activeConditions.contains(condition);
    }
}
