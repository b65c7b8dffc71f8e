package org.physiobench.ui.progress.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.physiobench.clinical.api.Change;
import org.physiobench.ui.progress.api.ProgressData;
import org.physiobench.ui.progress.api.ProgressData.InstrumentTrend;

/**
 * Responder status per instrument: baseline, latest, change by points and by percent, the
 * MCID, the verdict and the plan's goal, so the numbers behind each chart can be read exactly.
 */
public final class ResponderTable {

    public static final String[] COLUMNS = { "Instrument", "Baseline", "Latest", "Change", "Change %", "MCID", "Status", "Goal" };
    /** Column index of the verdict. */
    public static final int STATUS = 6;
    /** Status of an instrument recorded in the episode but not installed here. */
    public static final String NOT_INSTALLED = "Instrument not installed: not judged";
    /** Column index of the change. */
    public static final int CHANGE = 3;
    /** Column index of the goal and how far it is. */
    public static final int GOAL = 7;

    private static final Color RESPONDER = new Color(222, 242, 222);

    private ResponderTable() {
    }

    public static Table create(Composite parent, ProgressData data) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : COLUMNS) {
            new TableColumn(table, SWT.LEFT).setText(name);
        }
        for (InstrumentTrend trend : data.trends()) {
            TableItem row = new TableItem(table, SWT.NONE);
            Change evaluation = trend.evaluation().orElse(null);
            row.setText(new String[] { trend.scale().name(), Numbers.format(trend.baseline().value()),
                    Numbers.format(trend.latest().value()), evaluation == null ? "-" : ResponderText.changePoints(evaluation),
                    evaluation == null ? "-" : ResponderText.changePercent(evaluation), ResponderText.mcid(trend.scale()),
                    ResponderText.status(trend), ResponderText.goal(trend) });
            if (evaluation != null && evaluation.responder()) {
                row.setBackground(RESPONDER);
            }
        }
        for (String instrument : data.unchartedInstruments()) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] { instrument, "", "", "", "", "", NOT_INSTALLED, "" });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.deselectAll();
        return table;
    }
}
