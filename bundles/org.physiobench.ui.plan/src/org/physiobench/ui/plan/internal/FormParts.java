package org.physiobench.ui.plan.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/** Small helpers the plan and session forms share to build their sections. */
public final class FormParts {

    private FormParts() {
    }

    /** @return {@code control}, tagged with its {@link PlanWidgetIds} id */
    public static <T extends Control> T id(T control, String id) {
        control.setData(PlanWidgetIds.KEY, id);
        return control;
    }

    /** @return the client composite of a new titled section filling the width of {@code parent} */
    public static Composite section(FormToolkit toolkit, Composite parent, String title, String description, int columns) {
        Section section = toolkit.createSection(parent,
                Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION) | Section.EXPANDED);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(columns, false));
        // forms texts have no native border: the toolkit paints one around each text of the client
        toolkit.paintBordersFor(client);
        section.setClient(client);
        return client;
    }

    /** @return a bordered table with the given columns (name and width), spanning {@code span} columns */
    public static Table table(FormToolkit toolkit, Composite parent, int span, int height, String[] names, int[] widths) {
        Table table = toolkit.createTable(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.heightHint = height;
        table.setLayoutData(data);
        return table;
    }

    /** @return a composite laying out {@code columns} controls in a row without margins, spanning {@code span} columns */
    public static Composite row(FormToolkit toolkit, Composite parent, int columns, int span) {
        Composite row = toolkit.createComposite(parent);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, span, 1));
        return row;
    }

    /**
     * A caption and a multi-line text under it taking the other {@code span} columns of a
     * 1 + {@code span} column grid.
     */
    public static Text multiLineText(FormToolkit toolkit, Composite parent, String caption, String id, int span,
            int height) {
        Label label = toolkit.createLabel(parent, caption);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text text = id(toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.heightHint = height;
        data.widthHint = 300;
        text.setLayoutData(data);
        return text;
    }

    /** @return text, or "" for null */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
