package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The building blocks the editor pages share: page titles, titled groups, labelled fields, dates. */
final class FormParts {

    /** Pixels between a group's title and its rule, and between the rule and the client. */
    private static final int RULE_GAP = 2;

    private FormParts() {
    }

    /**
     * A titled group: a bold title over a rule, then the client. It looks like a form
     * {@code Section} with a short title bar but is a plain label and composite: on GTK 3 the five
     * sections of the Overview cost the opening of a patient ~10 ms as {@code Section}s (their
     * layout measures the title several times; session 6, thread CPU), and the editor's pages
     * need nothing a section adds (no twistie, no description, no toolbar).
     *
     * @return the client of a new titled group, a grid of {@code columns} columns
     */
    static Composite section(Composite parent, FormToolkit toolkit, String title, int columns) {
        Composite group = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().spacing(0, RULE_GAP * 2 + 1).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        Label heading = toolkit.createLabel(group, title);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        heading.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Color rule = toolkit.getColors().getBorderColor();
        group.addListener(SWT.Paint, event -> {
            Rectangle under = heading.getBounds();
            int y = under.y + under.height + RULE_GAP;
            event.gc.setForeground(rule);
            event.gc.drawLine(0, y, group.getSize().x, y);
        });
        Composite client = toolkit.createComposite(group);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(client);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    /**
     * The page's title, first in its body: the patient and the page. A label, not the form's
     * heading, which costs GTK 3 ~8 ms per page for a title region and gradient (session 6).
     */
    static Label pageTitle(Composite body, FormToolkit toolkit, String text) {
        Label title = toolkit.createLabel(body, text);
        title.setData("id", "page-title");
        title.setFont(JFaceResources.getHeaderFont());
        title.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        return title;
    }

    /** @return a text field after its label, in a two-column section client; {@code id} is for tests */
    static Text field(Composite client, FormToolkit toolkit, String label, String id, int style) {
        toolkit.createLabel(client, label).setLayoutData(GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
        Text text = toolkit.createText(client, "", style);
        text.setData("id", id);
        boolean multi = (style & SWT.MULTI) != 0;
        GridDataFactory.fillDefaults().grab(true, false).hint(multi ? 400 : 180, multi ? 60 : SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** @return the date typed as yyyy-mm-dd, or null for an empty field */
    static LocalDate optionalDate(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Enter the date as yyyy-mm-dd, e.g. 1970-04-23.");
        }
    }
}
