package org.physiobench.ui.progress.internal;

import org.physiobench.ui.progress.api.ChangeEvaluation;
import org.physiobench.ui.progress.api.InstrumentScale;
import org.physiobench.ui.progress.api.ProgressData.InstrumentTrend;

/** The words the therapist reads for a trend's change and responder status. */
public final class ResponderText {

    private ResponderText() {
    }

    /** @return e.g. {@code 10 points or 30 %} */
    public static String mcid(InstrumentScale scale) {
        return Numbers.format(scale.mcidPoints()) + " points" + (scale.mcidPercent() == null ? "" : " or " + Numbers.format(scale.mcidPercent()) + " %");
    }

    /** @return e.g. {@code Responder (points and %)}, {@code Not a responder}, {@code Baseline only} */
    public static String status(InstrumentTrend trend) {
        return trend.evaluation().map(ResponderText::status).orElse("Baseline only");
    }

    static String status(ChangeEvaluation evaluation) {
        if (!evaluation.responder()) {
            return "Not a responder";
        }
        boolean percent = Boolean.TRUE.equals(evaluation.responderByPercent());
        String rules = evaluation.responderByPoints() && percent ? "points and %" : evaluation.responderByPoints() ? "points" : "%";
        return "Responder (" + rules + ")";
    }

    /** @return the change in points as the therapist reads it: improvement positive, e.g. {@code +18 improved} */
    public static String changePoints(ChangeEvaluation evaluation) {
        return Numbers.signed(evaluation.improvementPoints()) + (evaluation.improvementPoints() >= 0 ? " improved" : " worse");
    }

    /** @return the relative change, e.g. {@code +50 %}, or a dash when the baseline was 0 */
    public static String changePercent(ChangeEvaluation evaluation) {
        return evaluation.improvementPercent() == null ? "-" : Numbers.signed(evaluation.improvementPercent()) + " %";
    }

    /** @return the goal and whether it is reached, e.g. {@code 20 by 2026-05-04: 2 to go}, or empty without a goal */
    public static String goal(InstrumentTrend trend) {
        return trend.distanceToGoal().map(distance -> Numbers.format(trend.goal().value())
                + (trend.goal().targetDate() == null ? "" : " by " + trend.goal().targetDate()) + ": "
                + (distance <= 0 ? "reached" : Numbers.format(distance) + " to go")).orElse("");
    }

    /** @return a one-line summary for the chart title, e.g. {@code 36 % -> 18 %, +18 improved (+50 %): Responder (points and %)} */
    public static String summary(InstrumentTrend trend) {
        String unit = "%".equals(trend.scale().unit()) ? " %" : "";
        String from = Numbers.format(trend.baseline().value()) + unit;
        return trend.evaluation().map(e -> from + " \u2192 " + Numbers.format(e.latest()) + unit + ", " + changePoints(e) + " ("
                + changePercent(e) + "): " + status(e)).orElse("baseline " + from);
    }
}
