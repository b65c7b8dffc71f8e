package org.physiobench.ui.progress.api;

import java.util.Objects;

/**
 * What the progress chart must know about one score of an outcome instrument to draw and
 * judge it: its range, which direction is an improvement and its minimal clinically
 * important difference (MCID). The values belong to the instrument definition (the clinical
 * bundle); the chart only takes them as input.
 *
 * @param instrumentId the instrument's id as recorded in administrations, e.g. {@code odi}
 * @param scoreId which of its scores, e.g. {@code total}
 * @param name the name shown to the therapist, e.g. {@code ODI (Oswestry Disability Index)}
 * @param unit the unit of the score, e.g. {@code %} or {@code points}
 * @param min the lowest possible score
 * @param max the highest possible score
 * @param lowerIsBetter {@code true} when improvement is a decrease (disability and pain
 *            scales), {@code false} when it is an increase (PSFS)
 * @param mcidPoints the MCID as an absolute change, in the score's own points
 * @param mcidPercent the MCID as a change relative to baseline in percent, or {@code null}
 *            when the instrument defines no percentage rule
 */
public record InstrumentScale(String instrumentId, String scoreId, String name, String unit, double min, double max,
        boolean lowerIsBetter, double mcidPoints, Double mcidPercent) {

    /** The score most instruments report; a plan goal naming the instrument refers to it. */
    public static final String TOTAL = "total";

    public InstrumentScale {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(scoreId, "scoreId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (!(min < max)) {
            throw new IllegalArgumentException(name + ": the range " + min + " to " + max + " is empty");
        }
        if (!(mcidPoints > 0)) {
            throw new IllegalArgumentException(name + ": the MCID must be a positive number of points, not " + mcidPoints);
        }
        if (mcidPercent != null && !(mcidPercent > 0)) {
            throw new IllegalArgumentException(name + ": the MCID percentage must be positive, not " + mcidPercent);
        }
    }

    /** @return whether {@code value} lies within the instrument's range */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * @return the score a patient must reach from {@code baseline} to have changed by the MCID
     *         in the improving direction: baseline minus MCID when lower is better, plus MCID
     *         otherwise (may lie outside the range when the baseline leaves no room to improve)
     */
    public double mcidThreshold(double baseline) {
        return lowerIsBetter ? baseline - mcidPoints : baseline + mcidPoints;
    }

    /** @return {@code to - from} turned so that a positive number is an improvement */
    public double improvement(double from, double to) {
        return lowerIsBetter ? from - to : to - from;
    }

    /** @return whether a plan goal naming {@code goalInstrumentId} is measured by this score */
    public boolean measuresGoalOf(String goalInstrumentId) {
        return instrumentId.equals(goalInstrumentId) && TOTAL.equals(scoreId);
    }
}
