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
 * the word says which way is better, the number never flips.
 */
public final class ResponderText {

    public static final String IMPROVED = "improved";
    public static final String WORSENED = "worsened";
    public static final String UNCHANGED = "no change";
    public static final String NO_MCID = "Not judged: no MCID";

    private ResponderText() {
    }

    /** @return e.g. {@code 10 points or 30 %}, or a dash where the instrument defines no MCID */
    public static String mcid(InstrumentScale scale) {
        return scale.mcid().map(ResponderText::mcid).orElse("-");
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

    static String status(Change change) {
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

    /** @return {@code improved}, {@code worsened} or {@code no change}, by the instrument's direction */
    public static String direction(Change change) {
        if (change.change().signum() == 0) {
            return UNCHANGED;
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
        return trend.evaluation().map(change -> from + " \u2192 " + Numbers.format(change.followUp().doubleValue()) + unit + ": "
                + Numbers.signed(change.change().doubleValue()) + " (" + changePercent(change) + "), " + direction(change)
                + " - " + status(trend)).orElse("baseline " + from);
    }
}
