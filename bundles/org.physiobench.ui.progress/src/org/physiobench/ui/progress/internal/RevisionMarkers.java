package org.physiobench.ui.progress.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.physiobench.ui.progress.api.ProgressData.RevisionMark;

/**
 * Draws each plan revision as a vertical dotted line labelled with its number, and shows the
 * revision's reason as the plot area's tooltip while the mouse is near the line.
 */
public final class RevisionMarkers implements ICustomPaintListener {

    /** How close (pixels) the mouse must be to a marker for its tooltip. */
    private static final int HOVER_DISTANCE = 5;

    private final Chart chart;
    private final Color color;
    private List<RevisionMark> marks = List.of();

    RevisionMarkers(Chart chart, Color color) {
        this.chart = chart;
        this.color = color;
        chart.getPlotArea().addCustomPaintListener(this);
        chart.getPlotArea().addMouseMoveListener(event -> chart.getPlotArea().setToolTipText(tooltipAt(event.x)));
    }

    public List<RevisionMark> marks() {
        return marks;
    }

    /** Marks {@code revisions} from the next paint on. */
    void setMarks(List<RevisionMark> revisions) {
        marks = List.copyOf(revisions);
    }

    /** @return the pixel column of {@code mark} in the plot area */
    public int pixelOf(RevisionMark mark) {
        return xAxis().getPixelCoordinate(TimeChart.x(mark.date()));
    }

    /** @return the description of the revisions at pixel column {@code x}, or {@code null} for none */
    public String tooltipAt(int x) {
        StringBuilder text = new StringBuilder();
        for (RevisionMark mark : marks) {
            if (Math.abs(pixelOf(mark) - x) <= HOVER_DISTANCE) {
                text.append(text.isEmpty() ? "" : "\n").append(mark.describe());
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    @Override
    public void paintControl(PaintEvent event) {
        GC gc = event.gc;
        Point size = chart.getPlotArea().getSize();
        gc.setForeground(color);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.setLineWidth(1);
        for (RevisionMark mark : marks) {
            int x = pixelOf(mark);
            gc.drawLine(x, 0, x, size.y);
            gc.drawText("Plan r" + mark.number(), x + 3, 2, true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    @Override
    public boolean drawBehindSeries() {
        return true;
    }

    private IAxis xAxis() {
        return chart.getAxisSet().getXAxis(0);
    }
}
