package org.physiobench.ui.assessment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * A choice between a few values shown as radio buttons in a row. The group carries the
 * field's widget id, each button {@code <id>=<value key>}; selecting a button reports its value.
 *
 * @param <T> the type of the values
 */
public final class RadioChoice<T> {

    private final Composite group;
    private final Map<Button, T> values = new LinkedHashMap<>();
    private final Consumer<T> chosen;
    private boolean showing;

    /** @param chosen told the value of the button the therapist selects */
    public RadioChoice(FormContext context, Composite parent, String id, Consumer<T> chosen) {
        this.chosen = chosen;
        group = FormContext.tag(context.toolkit().createComposite(parent), id);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginTop = 0;
        layout.marginBottom = 0;
        layout.marginLeft = 0;
        layout.spacing = 6;
        layout.wrap = true;
        group.setLayout(layout);
        group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** Adds a button for {@code value}; {@code key} names it in the widget id. */
    public Button add(String text, String key, T value) {
        Button button = new Button(group, SWT.RADIO);
        button.setText(text);
        button.setBackground(group.getBackground());
        FormContext.tag(button, AssessmentWidgetIds.choice((String) group.getData(AssessmentWidgetIds.KEY), key));
        values.put(button, value);
        button.addListener(SWT.Selection, event -> {
            if (!showing && button.getSelection()) {
                chosen.accept(value);
            }
        });
        return button;
    }

    /** Shows {@code value} selected (nothing selected if no button has it), without reporting it. */
    public void select(T value) {
        showing = true;
        try {
            values.forEach((button, buttonValue) -> button.setSelection(Objects.equals(buttonValue, value)));
        } finally {
            showing = false;
        }
    }

    public Composite control() {
        return group;
    }
}
