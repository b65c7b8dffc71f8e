package org.physiobench.ui.progress.api;

import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.progress.internal.ChartColors;
import org.physiobench.ui.progress.internal.ProgressCharts;
import org.physiobench.ui.progress.internal.ResponderTable;
import org.physiobench.ui.progress.internal.TimeChart;

/**
 * One patient's progress over their current episode of care: a chart per outcome instrument
 * (scores over time, the MCID threshold from baseline, the plan's goal), pain before and
 * after each session, the plan revisions marked on the shared time line, and a table of
 * responder status per instrument.
 *
 * <p>Showing another patient or a changed record updates the widgets in place: the responder
 * table gets new rows, each chart new series, axis ranges and markers. A chart is created or
 * disposed only when an instrument appears or goes; its colours are created once per
 * {@code ProgressChart} and disposed with it.
 */
public class ProgressChart extends Composite {

    /** Each chart keeps at least this height; more charts than fit scroll. */
    private static final int MIN_CHART_HEIGHT = 165;
    private static final String NOTHING_RECORDED = "No outcome scores or session pain recorded in this episode yet.";

    private final ChartColors colors;
    private final Label header;
    private final Composite body;
    private final Composite message;
    private final Composite holder;
    private final ResponderTable responders;
    private final ScrolledComposite scroller;
    private final Composite column;
    private final ProgressCharts charts;
    private ProgressData data;

    public ProgressChart(Composite parent, int style) {
        super(parent, style);
        colors = new ChartColors(getDisplay());
        addDisposeListener(event -> colors.dispose());
        setLayout(new GridLayout(1, false));
        header = new Label(this, SWT.WRAP);
        header.setFont(JFaceResources.getBannerFont());
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        body = new Composite(this, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new StackLayout());
        message = message(body, NOTHING_RECORDED);

        // the verdict first (responder table), then the charts that show how it came about
        holder = new Composite(body, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        holder.setLayout(layout);
        responders = new ResponderTable(holder, colors.responder());
        responders.table().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller = new ScrolledComposite(holder, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column = new Composite(scroller, SWT.NONE);
        GridLayout columnLayout = new GridLayout(1, false);
        columnLayout.marginWidth = 0;
        column.setLayout(columnLayout);
        scroller.setContent(column);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        charts = new ProgressCharts(column, colors);
    }

    /** Shows {@code patient}'s current episode, judged on {@code scales}. */
    public void setPatient(Patient patient, List<InstrumentScale> scales) {
        ProgressData progress = ProgressData.of(patient, scales, ZoneId.systemDefault());
        String episode = progress.episode() == null ? "no episode of care"
                : describeEpisode(progress);
        setData(ClinicalLabels.describe(patient) + " - " + episode, progress);
    }

    /** Shows {@code progress} under the heading {@code title}, reusing the widgets already shown. */
    public void setData(String title, ProgressData progress) {
        checkWidget();
        data = progress;
        boolean relayout = !title.equals(header.getText());
        header.setText(title);
        Control page;
        if (progress.isEmpty()) {
            charts.clear();
            page = message;
        } else {
            relayout |= responders.show(progress);
            if (charts.show(progress)) {
                int spacing = ((GridLayout) column.getLayout()).verticalSpacing;
                scroller.setMinHeight(charts.charts().size() * (MIN_CHART_HEIGHT + spacing));
                relayout = true;
            }
            page = holder;
        }
        StackLayout stack = (StackLayout) body.getLayout();
        if (stack.topControl != page) {
            stack.topControl = page;
            relayout = true;
        }
        if (relayout) {
            layout(true, true);
        }
    }

    private static String describeEpisode(ProgressData progress) {
        String condition = progress.episode().getCondition();
        return (condition == null ? "episode of care" : condition)
                + (progress.episode().getStartDate() == null ? "" : ", since " + progress.episode().getStartDate());
    }

    private static Composite message(Composite parent, String text) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label label = new Label(page, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return page;
    }

    /**
     * Focuses the first chart rather than the responder table: a focused table marks its first
     * row as selected, which would hide the responder colour and suggest a choice was made.
     */
    @Override
    public boolean setFocus() {
        checkWidget();
        List<TimeChart> shown = charts.charts();
        Chart first = shown.isEmpty() ? null : shown.get(0).chart();
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
        return charts.charts().stream().map(TimeChart::chart).toList();
    }

    /** @return the responder table, or {@code null} when there is nothing to chart */
    public Table getResponderTable() {
        return data == null || data.isEmpty() ? null : responders.table();
    }
}
