package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** The building blocks the editor pages share: titled sections, labelled fields, dates. */
final class FormParts {

    private FormParts() {
    }

    /** @return the client of a new titled section, a grid of {@code columns} columns */
    static Composite section(Composite parent, FormToolkit toolkit, String title, int columns) {
        Section section = toolkit.createSection(parent, Section.SHORT_TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(client);
        toolkit.paintBordersFor(client);
        section.setClient(client);
        return client;
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
