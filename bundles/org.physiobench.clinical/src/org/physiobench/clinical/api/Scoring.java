package org.physiobench.clinical.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The declarative scoring rule of an instrument.
 *
 * @param method how answers become the score
 * @param maxSkipped how many items may be left unanswered before the score is invalid (ODI:
 *        1 by default - how many sections may be skipped is unverified, so it is a rule of the
 *        definition, not of the code)
 * @param decimals the decimals the score is rounded to (half up) before it is reported and
 *        compared; change is computed from the reported scores, so the numbers a therapist sees
 *        add up
 * @param primarySubscale the id of the subscale reported as the score where an instrument has no
 *        total (FABQ), or {@code null} when the score is computed over all items
 */
public record Scoring(ScoringMethod method, int maxSkipped, int decimals, String primarySubscale) {

    public Scoring {
        Objects.requireNonNull(method, "method");
        if (maxSkipped < 0) {
            throw new IllegalArgumentException("maxSkipped must not be negative: " + maxSkipped);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
    }

    /** @return the subscale reported as the score, if the instrument has no total */
    public Optional<String> primary() {
        return Optional.ofNullable(primarySubscale);
    }
}
