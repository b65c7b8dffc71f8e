package org.physiobench.ui.progress.api;

import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.progress.internal.ProgressCharts;
import org.physiobench.ui.progress.internal.ResponderTable;
import org.physiobench.ui.progress.internal.TimeChart;

/**
 * One patient's progress over their current episode of care: a chart per outcome instrument
 * (scores over time, the MCID threshold from baseline, the plan's goal), pain before and
 * after each session, the plan revisions marked on the shared time line, and a table of
 * responder status per instrument.
 */
public class ProgressChart extends Composite {

    /** Each chart keeps at least this height; more charts than fit scroll. */
    private static final int MIN_CHART_HEIGHT = 165;

    private final Label header;
    private Composite body;
    private ProgressData data;
    private List<TimeChart> charts = List.of();
    private Table responders;

    public ProgressChart(Composite parent, int style) {
        super(parent, style);
        setLayout(new GridLayout(1, false));
        header = new Label(this, SWT.WRAP);
        header.setFont(JFaceResources.getBannerFont());
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Shows {@code patient}'s current episode, judged on {@code scales}. */
    public void setPatient(Patient patient, List<InstrumentScale> scales) {
        ProgressData progress = ProgressData.of(patient, scales, ZoneId.systemDefault());
        String episode = progress.episode() == null ? "no episode of care"
                : describeEpisode(progress);
        setData(ClinicalLabels.describe(patient) + " - " + episode, progress);
    }

    /** Shows {@code progress} under the heading {@code title}. */
    public void setData(String title, ProgressData progress) {
        checkWidget();
        data = progress;
        header.setText(title);
        // forget the old charts first: disposing a focused one makes SWT call setFocus here
        charts = List.of();
        responders = null;
        if (body != null) {
            body.dispose();
        }
        if (progress.isEmpty()) {
            body = message("No outcome scores or session pain recorded in this episode yet.");
        } else {
            body = createCharts(progress);
        }
        layout(true, true);
    }

    private static String describeEpisode(ProgressData progress) {
        String condition = progress.episode().getCondition();
        return (condition == null ? "episode of care" : condition)
                + (progress.episode().getStartDate() == null ? "" : ", since " + progress.episode().getStartDate());
    }

    /** The verdict first (responder table), then the charts that show how it came about. */
    private Composite createCharts(ProgressData progress) {
        Composite holder = new Composite(this, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        holder.setLayout(layout);
        responders = ResponderTable.create(holder, progress);
        responders.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ScrolledComposite scroller = new ScrolledComposite(holder, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite column = new Composite(scroller, SWT.NONE);
        GridLayout columnLayout = new GridLayout(1, false);
        columnLayout.marginWidth = 0;
        column.setLayout(columnLayout);
        charts = ProgressCharts.create(column, progress);
        for (TimeChart chart : charts) {
            chart.chart().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        scroller.setContent(column);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinHeight(charts.size() * (MIN_CHART_HEIGHT + columnLayout.verticalSpacing));
        return holder;
    }

    private Composite message(String text) {
        Composite holder = new Composite(this, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        holder.setLayout(new GridLayout(1, false));
        Label label = new Label(holder, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return holder;
    }

    /**
     * Focuses the first chart rather than the responder table: a focused table marks its first
     * row as selected, which would hide the responder colour and suggest a choice was made.
     */
    @Override
    public boolean setFocus() {
        checkWidget();
        Chart first = charts.isEmpty() ? null : charts.get(0).chart();
        return first == null || first.isDisposed() ? super.setFocus() : first.getPlotArea().getControl().setFocus();
    }

    /** @return what is shown, or {@code null} before the first {@code set...} */
    public ProgressData getData() {
        return data;
    }

    /** @return the heading above the charts */
    public String getTitle() {
        return header.getText();
    }

    /**
     * @return the charts, instruments first, session pain last; the plan revision markers of
     *         each are among its plot area's custom paint listeners
     */
    public List<Chart> getCharts() {
        return charts.stream().map(TimeChart::chart).toList();
    }

    /** @return the responder table, or {@code null} when there is nothing to chart */
    public Table getResponderTable() {
        return responders;
    }
}
