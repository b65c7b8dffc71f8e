package org.physiobench.ui.assessment.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.IExpansionListener;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** Collapsible Forms sections with a grid inside, the building block of the assessment form. */
public final class Sections {

    private Sections() {
    }

    /**
     * @return the client of a new expanded section titled {@code title} in {@code parent} (a
     *         grid layout), laid out with {@code columns} columns
     */
    public static Composite create(FormContext context, Composite parent, String title, String description, int columns) {
        FormToolkit toolkit = context.toolkit();
        int style = ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED
                | (description == null ? 0 : Section.DESCRIPTION);
        Section section = toolkit.createSection(parent, style);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        section.addExpansionListener(IExpansionListener.expansionStateChangedAdapter(
                event -> context.reflow(section)));
        Composite client = toolkit.createComposite(section);
        client.setLayout(grid(columns));
        section.setClient(client);
        return client;
    }

    /** @return a grid layout with the form's spacing */
    public static GridLayout grid(int columns) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        layout.horizontalSpacing = 8;
        layout.verticalSpacing = 4;
        return layout;
    }

    /** @return a composite in {@code parent}'s grid, spanning {@code span} columns, with its own grid */
    public static Composite group(FormContext context, Composite parent, int span, int columns) {
        Composite group = context.toolkit().createComposite(parent);
        GridLayout layout = grid(columns);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        group.setLayout(layout);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, span, 1));
        return group;
    }

    /** A bold sub-heading spanning {@code span} columns. */
    public static void heading(FormContext context, Composite parent, String text, int span) {
        Label label = context.toolkit().createLabel(parent, text);
        label.setFont(JFaceResources.getBannerFont());
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
    }
}
