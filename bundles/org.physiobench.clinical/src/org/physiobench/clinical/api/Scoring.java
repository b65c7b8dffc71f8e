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
 *        total (FABQ), or {@code null} when the score is computed over all items. Then the
 *        subscales are scored independently: an unanswered item voids only the subscales it
 *        belongs to, and items in no subscale (FABQ 1, 8, 13, 14, 16) never void anything
 * @param pairedItems whether a change compares only the items answered at both administrations
 *        (PSFS: the activities rated at both times), each administration's score recomputed from
 *        those items; {@code false} compares the scores as they are
 */
public record Scoring(ScoringMethod method, int maxSkipped, int decimals, String primarySubscale,
        boolean pairedItems) {

    public Scoring {
        Objects.requireNonNull(method, "method");
        if (maxSkipped < 0) {
            throw new IllegalArgumentException("maxSkipped must not be negative: " + maxSkipped);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
    }

    /**
     * A rule whose change compares the scores as they are (the 1.0 constructor).
     */
    public Scoring(ScoringMethod method, int maxSkipped, int decimals, String primarySubscale) {
        this(method, maxSkipped, decimals, primarySubscale, false);
    }

    /** @return the subscale reported as the score, if the instrument has no total */
    public Optional<String> primary() {
        return Optional.ofNullable(primarySubscale);
    }
}
