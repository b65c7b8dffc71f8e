package org.physiobench.ui.patients.internal;

import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionBindings;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.physiobench.store.api.PatientQuery.Order;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.store.api.PatientSummary;

/**
 * The NatTable of the patient list: a sortable column header over a body of whole-row
 * selection, with the red-flag cell drawn white on red so that it cannot be missed.
 */
final class PatientTable {

    /** Label of a red-flag cell of an urgent or emergency level: bold white on red. */
    static final String RED_FLAG_LABEL = PatientColumn.URGENT_STYLE;

    /** Label of a red-flag cell of the non-urgent level: bold on orange. */
    static final String NON_URGENT_LABEL = PatientColumn.NON_URGENT_STYLE;

    /** Label of the name cells: names read best aligned on the left. */
    static final String NAME_LABEL = "physiobench.name";

    private static final int[] COLUMN_WIDTHS = { 160, 170, 45, 75, 85, 62, 62, 70, 85 };

    private final NatTable natTable;
    private final SelectionLayer selectionLayer;
    private final PatientSortModel sortModel;

    PatientTable(Composite parent, PatientPages rows, Consumer<Order> sorter) {
        DataLayer bodyData = new DataLayer(rows);
        for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
            bodyData.setColumnWidthByPosition(column, COLUMN_WIDTHS[column]);
        }
        bodyData.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
            if (columnPosition == PatientColumn.NAME.ordinal()) {
                labels.add(NAME_LABEL);
            }
            if (columnPosition == PatientColumn.RED_FLAG.ordinal()) {
                PatientSummary row = rows.getRowObject(rowPosition);
                if (row != null && row.index().triageLevel().compareTo(TriageLevel.URGENT) >= 0) {
                    labels.add(RED_FLAG_LABEL);
                } else if (row != null && row.index().triageLevel() == TriageLevel.NON_URGENT) {
                    labels.add(NON_URGENT_LABEL);
                }
                // a risk factor (screen level) is plain text: not a red flag
            }
        });
        selectionLayer = new SelectionLayer(bodyData, false);
        selectionLayer.addConfiguration(new RowOnlySelectionConfiguration());
        ViewportLayer viewport = new ViewportLayer(selectionLayer);

        DataLayer headerData = new DataLayer(new HeaderRow(), 100, 24);
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selectionLayer);
        sortModel = new PatientSortModel(sorter);
        SortHeaderLayer<PatientSummary> sortHeader = new SortHeaderLayer<>(header, sortModel);

        CompositeLayer composite = new CompositeLayer(1, 2);
        composite.setChildLayer(GridRegion.COLUMN_HEADER, sortHeader, 0, 0);
        composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);

        natTable = new NatTable(parent, composite, false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(selectionStyle(parent.getDisplay()));
        // a click (or the arrow keys) select the whole row: a row is one patient
        natTable.addConfiguration(new RowOnlySelectionBindings());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        FontData bold = parent.getDisplay().getSystemFont().getFontData()[0];
        bold.setStyle(SWT.BOLD);
        Font redFlagFont = new Font(parent.getDisplay(), bold);
        natTable.addDisposeListener(event -> redFlagFont.dispose());
        natTable.addConfiguration(new RedFlagStyle(redFlagFont));
        natTable.configure();
    }

    /** The platform's list selection colours, normal font: NatTable's grey bold italic reads poorly. */
    private static DefaultSelectionStyleConfiguration selectionStyle(Display display) {
        DefaultSelectionStyleConfiguration style = new DefaultSelectionStyleConfiguration();
        style.selectionBgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
        style.selectionFgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
        style.selectionFont = display.getSystemFont();
        // the clicked cell like the rest of its row: one patient is selected, not one cell
        style.anchorBgColor = style.selectionBgColor;
        style.anchorFgColor = style.selectionFgColor;
        return style;
    }

    NatTable natTable() {
        return natTable;
    }

    SelectionLayer selectionLayer() {
        return selectionLayer;
    }

    PatientSortModel sortModel() {
        return sortModel;
    }

    /** The header row: one label per column. */
    private static final class HeaderRow implements IDataProvider {
        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return PatientColumn.values()[columnIndex].header();
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getColumnCount() {
            return PatientColumn.values().length;
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    /** Urgent and emergency white bold on red, non-urgent bold on orange, selected or not; names on the left. */
    private static final class RedFlagStyle extends AbstractRegistryConfiguration {
        private final Font font;

        RedFlagStyle(Font font) {
            this.font = font;
        }

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            Display display = Display.getCurrent();
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(display, 200, 0, 0));
            style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, display.getSystemColor(SWT.COLOR_WHITE));
            style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
            style.setAttributeValue(CellStyleAttributes.FONT, font);
            Style nonUrgent = new Style();
            nonUrgent.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(display, 255, 165, 0));
            nonUrgent.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, display.getSystemColor(SWT.COLOR_BLACK));
            nonUrgent.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
            nonUrgent.setAttributeValue(CellStyleAttributes.FONT, font);
            for (DisplayMode mode : new DisplayMode[] { DisplayMode.NORMAL, DisplayMode.SELECT }) {
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, mode, RED_FLAG_LABEL);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, nonUrgent, mode, NON_URGENT_LABEL);
            }
            Style left = new Style();
            left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, NAME_LABEL);
        }
    }
}
