package org.physiobench.ui.progress.internal;

import java.math.BigDecimal;

import org.physiobench.clinical.api.Change;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.ui.progress.api.InstrumentScale;
import org.physiobench.ui.progress.api.ProgressData.InstrumentTrend;

/**
 * The words the therapist reads for a trend's change and responder status. The sign follows
 * the command line ({@code physiobench change}): change = follow-up - baseline, so an ODI
 * from 44 to 22 reads {@code -22 (improved)} and a PSFS from 3 to 5 reads {@code +2 (improved)};
 * the word says which way is better, the number never flips. A change smaller than the
 * instrument's minimal detectable change reads {@code no reliable change}, whatever its percentage:
 * it is within measurement error, so it is neither "improved" nor a responder.
 */
public final class ResponderText {

    public static final String IMPROVED = "improved";
    public static final String WORSENED = "worsened";
    public static final String UNCHANGED = "no change";
    public static final String NO_MCID = "Not judged: no MCID";
    /** The direction word of a change smaller than the MDC. */
    public static final String NO_RELIABLE_CHANGE = "no reliable change";
    /** The status of a change smaller than the MDC. */
    public static final String NO_RELIABLE_CHANGE_STATUS = "No reliable change (below the MDC)";
    /** The MDC column where the instrument defines none. */
    public static final String MDC_NOT_DEFINED = "not defined";

    private ResponderText() {
    }

    /** @return e.g. {@code 10 points or 30 %}, or a dash where the instrument defines no MCID */
    public static String mcid(InstrumentScale scale) {
        return scale.mcid().map(ResponderText::mcid).orElse("-");
    }

    /**
     * @return the minimal detectable change of the scale, e.g. {@code 5 points} (PSFS: {@code 2
     *         points (3 for one activity)}), or {@value #MDC_NOT_DEFINED} where the instrument
     *         defines none
     */
    public static String mdc(InstrumentScale scale) {
        return scale.mdc().map(mdc -> Numbers.format(mdc.points().doubleValue()) + " points"
                + mdc.forSingleItem().map(one -> " (" + Numbers.format(one.doubleValue()) + " for one item)").orElse(""))
                .orElse(MDC_NOT_DEFINED);
    }

    private static String mcid(Mcid mcid) {
        String points = mcid.inPoints().map(p -> Numbers.format(p.doubleValue()) + " points").orElse(null);
        String percent = mcid.inPercent().map(p -> Numbers.format(p.doubleValue()) + " %").orElse(null);
        return points == null ? percent == null ? "-" : percent : percent == null ? points : points + " or " + percent;
    }

    /**
     * @return e.g. {@code Responder (points and %)}, {@code Not a responder}, {@code Baseline only},
     *         {@code Not judged: no MCID}
     */
    public static String status(InstrumentTrend trend) {
        if (trend.scale().mcid().isEmpty()) {
            return trend.evaluation().isEmpty() ? "Baseline only" : NO_MCID;
        }
        return trend.evaluation().map(ResponderText::status).orElse("Baseline only");
    }

    /** @return the verdict on one change, e.g. {@code No reliable change (below the MDC)} */
    public static String status(Change change) {
        if (change.withinMeasurementError()) {
            return NO_RELIABLE_CHANGE_STATUS;
        }
        if (!change.responder()) {
            return "Not a responder";
        }
        boolean points = Boolean.TRUE.equals(change.mcidPointsMet());
        boolean percent = Boolean.TRUE.equals(change.mcidPercentMet());
        return "Responder (" + (points && percent ? "points and %" : points ? "points" : "%") + ")";
    }

    /** @return the change in points with its meaning, e.g. {@code -22 (improved)} */
    public static String changePoints(Change change) {
        return Numbers.signed(change.change().doubleValue()) + " (" + direction(change) + ")";
    }

    /**
     * @return {@code no change} for a change of 0, {@code no reliable change} for one below the
     *         MDC, else {@code improved} or {@code worsened} by the instrument's direction
     */
    public static String direction(Change change) {
        if (change.change().signum() == 0) {
            return UNCHANGED;
        }
        if (change.withinMeasurementError()) {
            return NO_RELIABLE_CHANGE;
        }
        return change.improved() ? IMPROVED : WORSENED;
    }

    /** @return the relative change with the same sign as the change, e.g. {@code -50 %}, or a dash when the baseline was 0 */
    public static String changePercent(Change change) {
        BigDecimal percent = change.percentChange();
        return percent == null ? "-" : Numbers.signed(percent.doubleValue()) + " %";
    }

    /** @return the goal and whether it is reached, e.g. {@code 20 by 2026-05-04: 2 to go}, or empty without a goal */
    public static String goal(InstrumentTrend trend) {
        return trend.distanceToGoal().map(distance -> Numbers.format(trend.goal().value())
                + (trend.goal().targetDate() == null ? "" : " by " + trend.goal().targetDate()) + ": "
                + (distance <= 0 ? "reached" : Numbers.format(distance) + " to go")).orElse("");
    }

    /**
     * @return a one-line summary for the chart title, e.g.
     *         {@code 44 % -> 22 %: -22 (-50 %), improved - Responder (points and %)}
     */
    public static String summary(InstrumentTrend trend) {
        String unit = "%".equals(trend.scale().unit()) ? " %" : "";
        String from = Numbers.format(trend.baseline().value()) + unit;
        // a paired change (PSFS) starts from the mean of the activities rated both times
        return trend.evaluation().map(change -> Numbers.format(change.baseline().doubleValue()) + unit + " \u2192 " + Numbers.format(change.followUp().doubleValue()) + unit + ": "
                + Numbers.signed(change.change().doubleValue()) + " (" + changePercent(change) + "), " + direction(change)
                + (change.withinMeasurementError() ? " (MDC " + Numbers.format(change.mdc().doubleValue()) + ")"
                        : " - " + status(trend)))
                .orElse("baseline " + from);
    }
}
