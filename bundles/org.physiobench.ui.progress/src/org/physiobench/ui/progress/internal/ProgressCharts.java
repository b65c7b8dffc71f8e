package org.physiobench.ui.progress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.ui.progress.api.InstrumentScale;
import org.physiobench.ui.progress.api.ProgressData;
import org.physiobench.ui.progress.api.ProgressData.GoalTarget;
import org.physiobench.ui.progress.api.ProgressData.InstrumentTrend;
import org.physiobench.ui.progress.api.ProgressData.SessionPain;
import org.physiobench.ui.progress.internal.TimeChart.Frame;
import org.physiobench.ui.progress.internal.TimeChart.Line;

/**
 * The charts of the progress view: one per instrument score (its series, the MCID threshold
 * from baseline, the goal target) and one for pain before and after each session, all on the
 * same time line with the plan revisions marked. The charts are kept from one record to the
 * next: a chart is created when its instrument appears and disposed when it goes, the others
 * only get their new series.
 */
public final class ProgressCharts {

    public static final String MCID_SUFFIX = ".mcid";
    public static final String GOAL_SUFFIX = ".goal";
    public static final String PAIN_BEFORE = "pain.before";
    public static final String PAIN_AFTER = "pain.after";
    /** The key of the session pain chart among the instruments' series ids. */
    private static final String PAIN_CHART = "pain";

    private final Composite parent;
    private final ChartColors colors;
    /** The charts shown, by instrument series id (or {@link #PAIN_CHART}), in display order. */
    private Map<String, TimeChart> charts = new LinkedHashMap<>();

    public ProgressCharts(Composite parent, ChartColors colors) {
        this.parent = parent;
        this.colors = colors;
    }

    /** @return the id of the score series of {@code scale}, e.g. {@code odi/total} */
    public static String seriesId(InstrumentScale scale) {
        return scale.instrumentId() + "/" + scale.scoreId();
    }

    /** @return the charts shown, instruments first, session pain last */
    public List<TimeChart> charts() {
        return List.copyOf(charts.values());
    }

    /**
     * Shows {@code data} (which has something to chart): instruments first, session pain last.
     *
     * @return whether a chart was created or disposed (the parent then needs a new layout)
     */
    public boolean show(ProgressData data) {
        LocalDate[] range = data.dateRange().orElseThrow();
        List<String> before = List.copyOf(charts.keySet());
        Map<String, TimeChart> old = new LinkedHashMap<>(charts);
        Map<String, TimeChart> shown = new LinkedHashMap<>();
        for (InstrumentTrend trend : data.trends()) {
            TimeChart chart = reuseOrCreate(seriesId(trend.scale()), old, shown);
            chart.show(trendFrame(data, trend, range), trendLines(trend));
        }
        if (!data.sessionPain().isEmpty()) {
            TimeChart chart = reuseOrCreate(PAIN_CHART, old, shown);
            chart.show(new Frame("Pain before and after each session (NPRS 0-10), lower is better", "points", 0, 10, range,
                    data.revisions()), painLines(data.sessionPain()));
        }
        boolean changed = !before.equals(List.copyOf(shown.keySet()));
        // forget the gone charts before disposing them: disposing a focused one moves the focus
        charts = shown;
        old.values().forEach(gone -> gone.chart().dispose());
        if (changed) {
            order();
        }
        return changed;
    }

    /** Disposes every chart (nothing to chart). */
    public void clear() {
        Map<String, TimeChart> gone = charts;
        charts = new LinkedHashMap<>();
        gone.values().forEach(chart -> chart.chart().dispose());
    }

    private TimeChart reuseOrCreate(String key, Map<String, TimeChart> old, Map<String, TimeChart> shown) {
        TimeChart chart = old.remove(key);
        if (chart == null) {
            chart = new TimeChart(parent, colors);
            chart.chart().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        shown.put(key, chart);
        return chart;
    }

    /** Puts the widgets in display order (a chart created for a new instrument comes last among its siblings). */
    private void order() {
        TimeChart previous = null;
        for (TimeChart chart : charts.values()) {
            if (previous == null) {
                chart.chart().moveAbove(null);
            } else {
                chart.chart().moveBelow(previous.chart());
            }
            previous = chart;
        }
    }

    private static Frame trendFrame(ProgressData data, InstrumentTrend trend, LocalDate[] range) {
        InstrumentScale scale = trend.scale();
        String direction = scale.lowerIsBetter() ? "lower is better" : "higher is better";
        return new Frame(scale.name() + " (" + direction + "): " + ResponderText.summary(trend), scale.unit(), scale.min(),
                scale.max(), range, data.revisions());
    }

    private List<Line> trendLines(InstrumentTrend trend) {
        InstrumentScale scale = trend.scale();
        String id = seriesId(scale);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.points(id, scale.name(), trend.points().stream().map(ProgressData.ScorePoint::date).toArray(LocalDate[]::new),
                trend.points().stream().mapToDouble(ProgressData.ScorePoint::value).toArray(), colors.score(),
                PlotSymbolType.CIRCLE));
        trend.mcidThreshold().ifPresent(threshold -> {
            if (scale.contains(threshold)) {
                double mcid = scale.mcid().flatMap(Mcid::inPoints).orElseThrow().doubleValue();
                lines.add(Line.level(id + MCID_SUFFIX, "MCID " + (scale.lowerIsBetter() ? "\u2264 " : "\u2265 ")
                        + Numbers.format(threshold) + " (baseline " + (scale.lowerIsBetter() ? "- " : "+ ") + Numbers.format(mcid)
                        + ")", threshold, colors.mcid()));
            }
        });
        GoalTarget goal = trend.goal();
        if (goal != null) {
            lines.add(Line.level(id + GOAL_SUFFIX, "Goal " + Numbers.format(goal.value())
                    + (goal.targetDate() == null ? "" : " by " + goal.targetDate()), goal.value(), colors.goal()));
        }
        return lines;
    }

    private List<Line> painLines(List<SessionPain> pain) {
        List<SessionPain> before = pain.stream().filter(each -> each.before() != null).toList();
        List<SessionPain> after = pain.stream().filter(each -> each.after() != null).toList();
        return List.of(
                Line.points(PAIN_BEFORE, "Before session", before.stream().map(SessionPain::date).toArray(LocalDate[]::new),
                        before.stream().mapToDouble(SessionPain::before).toArray(), colors.painBefore(),
                        PlotSymbolType.INVERTED_TRIANGLE),
                Line.points(PAIN_AFTER, "After session", after.stream().map(SessionPain::date).toArray(LocalDate[]::new),
                        after.stream().mapToDouble(SessionPain::after).toArray(), colors.painAfter(), PlotSymbolType.TRIANGLE));
    }
}
