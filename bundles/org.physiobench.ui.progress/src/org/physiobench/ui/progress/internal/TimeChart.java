package org.physiobench.ui.progress.internal;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

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

    /** Dates become x values as UTC midnight, so a chart never shifts a day with the clock. */
    private static final ZoneOffset X_ZONE = ZoneOffset.UTC;

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
        SimpleDateFormat format = new SimpleDateFormat("d MMM yyyy", Locale.getDefault());
        format.setTimeZone(TimeZone.getTimeZone(X_ZONE));
        x.getTick().setFormat(format);
        // a few days of air either side, so the first and last points are not on the frame
        x.setRange(new Range(millis(dates[0].minusDays(3)), millis(dates[1].plusDays(3))));
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText(yTitle);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(text);
            axis.getTitle().setFont(JFaceResources.getDefaultFont());
            axis.getTick().setForeground(text);
        }
        y.getTick().setFormat(new AlignedNumberFormat());
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
        series.setXDateSeries(toDates(dates));
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
        series.setXDateSeries(new Date[] { new Date((long) range.lower), new Date((long) range.upper) });
        series.setYSeries(new double[] { value, value });
        series.setLineColor(color);
        series.setLineStyle(LineStyle.DASH);
        series.setSymbolType(PlotSymbolType.NONE);
        return series;
    }

    static long millis(LocalDate date) {
        return date.atStartOfDay(X_ZONE).toInstant().toEpochMilli();
    }

    private static Date[] toDates(LocalDate[] dates) {
        Date[] result = new Date[dates.length];
        for (int i = 0; i < dates.length; i++) {
            result[i] = new Date(millis(dates[i]));
        }
        return result;
    }
}
