package org.physiobench.ui.progress.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.physiobench.ui.progress.api.ProgressData.RevisionMark;

/**
 * An SWTChart line chart over the episode's time line: dates on the x axis (the same range
 * for every chart of the progress view, so the plan revisions line up), a fixed y range, and
 * the plan revisions as vertical markers.
 *
 * <p>The chart widget is created once and then {@linkplain #show shown} again for each new
 * state of the record: creating an SWTChart costs far more than replacing its series, and the
 * view follows every edit of the record.
 */
public final class TimeChart {

    /** Pixels between date ticks: room for a date label with space around it. */
    private static final int X_TICK_SPACING = 70;
    /** Pixels between score ticks on the charts' low plot areas. */
    private static final int Y_TICK_SPACING = 25;

    /** What one chart shows: its titles, its score range, the episode's time line and revisions. */
    record Frame(String title, String yTitle, double yMin, double yMax, LocalDate[] dates, List<RevisionMark> revisions) {
    }

    /** One series: a line with a symbol at each point, or a dashed level across the time line ({@code symbol} null). */
    record Line(String id, String description, double[] x, double[] y, Color color, PlotSymbolType symbol) {

        static Line points(String id, String description, LocalDate[] dates, double[] values, Color color,
                PlotSymbolType symbol) {
            return new Line(id, description, Arrays.stream(dates).mapToDouble(TimeChart::x).toArray(), values, color,
                    Objects.requireNonNull(symbol));
        }

        static Line level(String id, String description, double value, Color color) {
            return new Line(id, description, null, new double[] { value, value }, color, null);
        }

        boolean isLevel() {
            return symbol == null;
        }
    }

    private final Chart chart;
    private final RevisionMarkers markers;

    TimeChart(Composite parent, ChartColors colors) {
        chart = new Chart(parent, SWT.NONE);
        // one layout of the chart after it is styled, not one per setter
        chart.suspendUpdate(true);
        Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        chart.getTitle().setForeground(text);
        chart.getTitle().setFont(JFaceResources.getBannerFont());
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = xAxis();
        x.getTitle().setVisible(false);
        x.getTick().setFormat(new DayFormat());
        x.getTick().setTickMarkStepHint(X_TICK_SPACING);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(text);
            axis.getTitle().setFont(JFaceResources.getDefaultFont());
            axis.getTick().setForeground(text);
        }
        IAxis y = yAxis();
        y.getTick().setFormat(new AlignedNumberFormat());
        // ticks closer than SWTChart's default, so a short scale (STarT Back 0-9) gets more than "0"
        y.getTick().setTickMarkStepHint(Y_TICK_SPACING);
        markers = new RevisionMarkers(chart, colors.marker());
    }

    public Chart chart() {
        return chart;
    }

    public RevisionMarkers markers() {
        return markers;
    }

    /**
     * Shows {@code frame} with {@code lines}, replacing what the chart showed: the series keep
     * their widgets and styles when the same ids come again in the same order, and are
     * re-created (in legend order) only when a reference line appears or goes.
     */
    void show(Frame frame, List<Line> lines) {
        chart.suspendUpdate(true);
        try {
            setIfChanged(chart.getTitle().getText(), frame.title(), chart.getTitle()::setText);
            setIfChanged(yAxis().getTitle().getText(), frame.yTitle(), yAxis().getTitle()::setText);
            // a few days of air either side, so the first and last points are not on the frame
            Range days = new Range(x(frame.dates()[0].minusDays(3)), x(frame.dates()[1].plusDays(3)));
            xAxis().setRange(days);
            double margin = (frame.yMax() - frame.yMin()) * 0.04;
            yAxis().setRange(new Range(frame.yMin() - margin, frame.yMax() + margin));
            markers.setMarks(frame.revisions());
            if (!sameIds(lines)) {
                for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                    chart.getSeriesSet().deleteSeries(series.getId());
                }
            }
            for (Line line : lines) {
                ISeries<?> series = chart.getSeriesSet().getSeries(line.id());
                ILineSeries<?> shown = series == null ? create(line) : (ILineSeries<?>) series;
                setIfChanged(shown.getDescription(), line.description(), shown::setDescription);
                shown.setXSeries(line.isLevel() ? new double[] { days.lower, days.upper } : line.x());
                shown.setYSeries(line.y());
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private boolean sameIds(List<Line> lines) {
        return Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toList()
                .equals(lines.stream().map(Line::id).toList());
    }

    private ILineSeries<?> create(Line line) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, line.id());
        series.setLineColor(line.color());
        if (line.isLevel()) {
            series.setLineStyle(LineStyle.DASH);
            series.setSymbolType(PlotSymbolType.NONE);
        } else {
            series.setLineWidth(2);
            series.setSymbolType(line.symbol());
            series.setSymbolColor(line.color());
            series.setSymbolSize(5);
            series.setAntialias(SWT.ON);
        }
        return series;
    }

    private static void setIfChanged(String shown, String wanted, Consumer<String> setter) {
        if (!Objects.equals(shown, wanted)) {
            setter.accept(wanted);
        }
    }

    private IAxis xAxis() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis yAxis() {
        return chart.getAxisSet().getYAxis(0);
    }

    /**
     * @return the x value of {@code date}: its epoch day. Plain numbers rather than SWTChart's
     *         date axis, whose ticks crowd at month starts; {@link DayFormat} labels them.
     */
    public static double x(LocalDate date) {
        return date.toEpochDay();
    }

    /**
     * Tick labels of the epoch-day axis, e.g. {@code 2 Mar}; a tick between two days (a short
     * episode zoomed in) gets no label rather than repeating the day.
     */
    private static final class DayFormat extends Format {

        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.getDefault());

        @Override
        public StringBuffer format(Object value, StringBuffer target, FieldPosition position) {
            double day = ((Number) value).doubleValue();
            return day == Math.rint(day) ? target.append(DAY.format(LocalDate.ofEpochDay((long) day))) : target;
        }

        /** Labels without a year cannot be read back; SWTChart then keeps the label as it is. */
        @Override
        public Object parseObject(String source, ParsePosition position) {
            return null;
        }
    }
}
