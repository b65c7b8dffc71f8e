package org.physiobench.ui.progress.internal;

import java.util.ArrayList;
import java.util.List;

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
 * MCID, the minimal detectable change, the verdict ("no reliable change" below the MDC) and the
 * plan's goal, so the numbers behind each chart can be read exactly.
 * The table is created once; each new state of the record rewrites its rows.
 */
public final class ResponderTable {

    public static final String[] COLUMNS = { "Instrument", "Baseline", "Latest", "Change", "Change %", "MCID", "MDC",
            "Status", "Goal" };
    /** Column index of the minimal detectable change. */
    public static final int MDC = 6;
    /** Column index of the verdict. */
    public static final int STATUS = 7;
    /** Status of an instrument recorded in the episode but not installed here. */
    public static final String NOT_INSTALLED = "Instrument not installed: not judged";
    /** Column index of the change. */
    public static final int CHANGE = 3;
    /** Column index of the goal and how far it is. */
    public static final int GOAL = 8;

    private final Table table;
    private final Color responder;

    public ResponderTable(Composite parent, Color responder) {
        this.responder = responder;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : COLUMNS) {
            new TableColumn(table, SWT.LEFT).setText(name);
        }
    }

    public Table table() {
        return table;
    }

    /**
     * Shows the rows of {@code data}.
     *
     * @return whether the number of rows changed (the table's height, so its parent's layout)
     */
    public boolean show(ProgressData data) {
        List<String[]> rows = new ArrayList<>();
        List<Boolean> responders = new ArrayList<>();
        for (InstrumentTrend trend : data.trends()) {
            Change evaluation = trend.evaluation().orElse(null);
            rows.add(new String[] { trend.scale().name(), Numbers.format(trend.baseline().value()),
                    Numbers.format(trend.latest().value()), evaluation == null ? "-" : ResponderText.changePoints(evaluation),
                    evaluation == null ? "-" : ResponderText.changePercent(evaluation), ResponderText.mcid(trend.scale()),
                    ResponderText.mdc(trend.scale()), ResponderText.status(trend), ResponderText.goal(trend) });
            responders.add(evaluation != null && evaluation.responder());
        }
        for (String instrument : data.unchartedInstruments()) {
            rows.add(new String[] { instrument, "", "", "", "", "", "", NOT_INSTALLED, "" });
            responders.add(false);
        }
        boolean resized = table.getItemCount() != rows.size();
        table.setRedraw(false);
        try {
            table.setItemCount(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                TableItem row = table.getItem(i);
                row.setText(rows.get(i));
                row.setBackground(responders.get(i) ? responder : null);
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
            table.deselectAll();
        } finally {
            table.setRedraw(true);
        }
        return resized;
    }
}
