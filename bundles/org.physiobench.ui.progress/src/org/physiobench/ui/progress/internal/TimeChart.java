package org.physiobench.ui.progress.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.physiobench.ui.progress.api.ProgressData.RevisionMark;

/**
 * An SWTChart line chart over the episode's time line: dates on the x axis (the same range
 * for every chart of the progress view, so the plan revisions line up), a fixed y range, and
 * the plan revisions as vertical markers.
 */
public final class TimeChart {

    /** Pixels between date ticks: room for a date label with space around it. */
    private static final int X_TICK_SPACING = 70;
    /** Pixels between score ticks on the charts' low plot areas. */
    private static final int Y_TICK_SPACING = 25;

    private final Chart chart;
    private final RevisionMarkers markers;

    TimeChart(Composite parent, String title, String yTitle, double yMin, double yMax, LocalDate[] dates,
            List<RevisionMark> revisions) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        chart.getTitle().setForeground(text);
        chart.getTitle().setFont(JFaceResources.getBannerFont());
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.getTick().setFormat(new DayFormat());
        x.getTick().setTickMarkStepHint(X_TICK_SPACING);
        // a few days of air either side, so the first and last points are not on the frame
        x.setRange(new Range(x(dates[0].minusDays(3)), x(dates[1].plusDays(3))));
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText(yTitle);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(text);
            axis.getTitle().setFont(JFaceResources.getDefaultFont());
            axis.getTick().setForeground(text);
        }
        y.getTick().setFormat(new AlignedNumberFormat());
        // ticks closer than SWTChart's default, so a short scale (STarT Back 0-9) gets more than "0"
        y.getTick().setTickMarkStepHint(Y_TICK_SPACING);
        double margin = (yMax - yMin) * 0.04;
        y.setRange(new Range(yMin - margin, yMax + margin));
        markers = new RevisionMarkers(chart, revisions);
    }

    public Chart chart() {
        return chart;
    }

    public RevisionMarkers markers() {
        return markers;
    }

    /** Adds a line with a symbol at each point. */
    ILineSeries<?> addLine(String id, String description, LocalDate[] dates, double[] values, Color color,
            PlotSymbolType symbol) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setDescription(description);
        series.setXSeries(Arrays.stream(dates).mapToDouble(TimeChart::x).toArray());
        series.setYSeries(values);
        series.setLineColor(color);
        series.setLineWidth(2);
        series.setSymbolType(symbol);
        series.setSymbolColor(color);
        series.setSymbolSize(5);
        series.setAntialias(SWT.ON);
        return series;
    }

    /** Adds a dashed horizontal reference line across the whole time line. */
    ILineSeries<?> addLevel(String id, String description, double value, Color color) {
        Range range = chart.getAxisSet().getXAxis(0).getRange();
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setDescription(description);
        series.setXSeries(new double[] { range.lower, range.upper });
        series.setYSeries(new double[] { value, value });
        series.setLineColor(color);
        series.setLineStyle(LineStyle.DASH);
        series.setSymbolType(PlotSymbolType.NONE);
        return series;
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
