package org.physiobench.ui.progress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.ui.progress.api.InstrumentScale;
import org.physiobench.ui.progress.api.ProgressData;
import org.physiobench.ui.progress.api.ProgressData.GoalTarget;
import org.physiobench.ui.progress.api.ProgressData.InstrumentTrend;
import org.physiobench.ui.progress.api.ProgressData.SessionPain;

/**
 * Builds the charts of the progress view: one per instrument score (its series, the MCID
 * threshold from baseline, the goal target) and one for pain before and after each session,
 * all on the same time line with the plan revisions marked.
 */
public final class ProgressCharts {

    public static final String MCID_SUFFIX = ".mcid";
    public static final String GOAL_SUFFIX = ".goal";
    public static final String PAIN_BEFORE = "pain.before";
    public static final String PAIN_AFTER = "pain.after";

    private static final Color SCORE = new Color(30, 90, 170);
    private static final Color MCID = new Color(220, 120, 0);
    private static final Color GOAL = new Color(20, 140, 60);
    private static final Color PAIN_BEFORE_COLOR = new Color(200, 40, 40);
    private static final Color PAIN_AFTER_COLOR = new Color(20, 140, 60);

    private ProgressCharts() {
    }

    /** @return the id of the score series of {@code scale}, e.g. {@code odi/total} */
    public static String seriesId(InstrumentScale scale) {
        return scale.instrumentId() + "/" + scale.scoreId();
    }

    /** Creates the charts in {@code parent}, instruments first, session pain last. */
    public static List<TimeChart> create(Composite parent, ProgressData data) {
        List<TimeChart> charts = new ArrayList<>();
        LocalDate[] range = data.dateRange().orElseThrow();
        for (InstrumentTrend trend : data.trends()) {
            charts.add(trendChart(parent, data, trend, range));
        }
        if (!data.sessionPain().isEmpty()) {
            charts.add(painChart(parent, data, range));
        }
        return charts;
    }

    private static TimeChart trendChart(Composite parent, ProgressData data, InstrumentTrend trend, LocalDate[] range) {
        InstrumentScale scale = trend.scale();
        String direction = scale.lowerIsBetter() ? "lower is better" : "higher is better";
        TimeChart chart = new TimeChart(parent, scale.name() + " (" + direction + "): " + ResponderText.summary(trend),
                scale.unit(), scale.min(), scale.max(), range, data.revisions());
        String id = seriesId(scale);
        chart.addLine(id, scale.name(), trend.points().stream().map(ProgressData.ScorePoint::date).toArray(LocalDate[]::new),
                trend.points().stream().mapToDouble(ProgressData.ScorePoint::value).toArray(), SCORE, PlotSymbolType.CIRCLE);
        trend.mcidThreshold().ifPresent(threshold -> {
            if (scale.contains(threshold)) {
                double mcid = scale.mcid().flatMap(Mcid::inPoints).orElseThrow().doubleValue();
                chart.addLevel(id + MCID_SUFFIX, "MCID " + (scale.lowerIsBetter() ? "\u2264 " : "\u2265 ") + Numbers.format(threshold)
                        + " (baseline " + (scale.lowerIsBetter() ? "- " : "+ ") + Numbers.format(mcid) + ")", threshold, MCID);
            }
        });
        GoalTarget goal = trend.goal();
        if (goal != null) {
            chart.addLevel(id + GOAL_SUFFIX, "Goal " + Numbers.format(goal.value())
                    + (goal.targetDate() == null ? "" : " by " + goal.targetDate()), goal.value(), GOAL);
        }
        return chart;
    }

    private static TimeChart painChart(Composite parent, ProgressData data, LocalDate[] range) {
        TimeChart chart = new TimeChart(parent, "Pain before and after each session (NPRS 0-10), lower is better", "points", 0, 10,
                range, data.revisions());
        List<SessionPain> before = data.sessionPain().stream().filter(pain -> pain.before() != null).toList();
        List<SessionPain> after = data.sessionPain().stream().filter(pain -> pain.after() != null).toList();
        chart.addLine(PAIN_BEFORE, "Before session", before.stream().map(SessionPain::date).toArray(LocalDate[]::new),
                before.stream().mapToDouble(SessionPain::before).toArray(), PAIN_BEFORE_COLOR, PlotSymbolType.INVERTED_TRIANGLE);
        chart.addLine(PAIN_AFTER, "After session", after.stream().map(SessionPain::date).toArray(LocalDate[]::new),
                after.stream().mapToDouble(SessionPain::after).toArray(), PAIN_AFTER_COLOR, PlotSymbolType.TRIANGLE);
        return chart;
    }
}
