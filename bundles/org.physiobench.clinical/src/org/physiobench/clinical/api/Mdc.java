package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The minimal detectable change (MDC95) of a score or a subscale: the smallest change, in either
 * direction, that lies beyond the instrument's measurement error. A smaller change is "no
 * reliable change", whatever its percentage (NPRS 2 to 1 is 50 %, but within the error).
 *
 * @param subscale the subscale this MDC applies to, or {@code null} for the score itself
 * @param points the MDC in points (positive)
 * @param singleItemPoints the MDC in points when the change rests on one item only, for an
 *        instrument that compares only the items answered at both administrations (PSFS: 3 for one
 *        activity, 2 for the mean of several; Stratford et al. 1995); {@code null} where the
 *        instrument defines none (then {@code points} applies)
 * @param source the citation the numbers come from
 * @since 1.1
 */
public record Mdc(String subscale, BigDecimal points, BigDecimal singleItemPoints, String source) {

    public Mdc {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(source, "source");
        if (points.signum() <= 0 || (singleItemPoints != null && singleItemPoints.signum() <= 0)) {
            throw new IllegalArgumentException("an MDC is positive: " + points + ", " + singleItemPoints);
        }
    }

    /** @return the MDC for one item, where the instrument defines one */
    public Optional<BigDecimal> forSingleItem() {
        return Optional.ofNullable(singleItemPoints);
    }

    /**
     * @param itemsCompared how many items the change rests on when only the items answered at both
     *        administrations are compared; 0 when the scores are compared as they are
     * @return the MDC that applies: {@link #singleItemPoints()} for exactly one item where defined,
     *         else {@link #points()}
     */
    public BigDecimal pointsFor(int itemsCompared) {
        return itemsCompared == 1 && singleItemPoints != null ? singleItemPoints : points;
    }
}
