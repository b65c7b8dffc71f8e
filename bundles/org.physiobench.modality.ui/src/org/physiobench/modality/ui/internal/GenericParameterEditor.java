package org.physiobench.modality.ui.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.physiobench.modality.api.DosageParameter;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.ui.api.DosageForm;
import org.physiobench.modality.ui.api.ParameterEditor;

/**
 * The dosage editor for a modality that contributes none: one row per typed parameter (label,
 * input, unit and range). Whole numbers use a spinner bounded by the parameter's range, so an
 * out-of-range count cannot be entered; choices are a read-only combo; decimals and text are
 * free text checked by the caller ({@link DosageForm} shows the problems inline).
 */
public final class GenericParameterEditor implements ParameterEditor {

    /** Spinner bounds for a whole-number parameter without a declared range. */
    private static final int UNBOUNDED_MAX = 100_000;

    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    @Override
    public Control createControl(Composite parent, ModalityDescriptor modality, Map<String, String> dosage) {
        Composite rows = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        rows.setLayout(layout);
        List<DosageParameter> parameters = modality.parameters();
        if (parameters.isEmpty()) {
            new Label(rows, SWT.NONE).setText("This modality has no dosage parameters.");
        }
        for (DosageParameter parameter : parameters) {
            Label label = new Label(rows, SWT.NONE);
            label.setText(parameter.label() + ":");
            String value = dosage.getOrDefault(parameter.name(), parameter.defaultValue());
            Control input = input(rows, parameter, value == null ? "" : value);
            input.setData(DosageForm.PARAMETER_KEY, parameter.name());
            input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
            Label unit = new Label(rows, SWT.NONE);
            unit.setText(hint(parameter));
        }
        return rows;
    }

    private Control input(Composite rows, DosageParameter parameter, String value) {
        return switch (parameter.type()) {
            case INTEGER -> spinner(rows, parameter, value);
            case CHOICE -> choice(rows, parameter, value);
            case BOOLEAN -> checkbox(rows, parameter, value);
            case DECIMAL, TEXT -> text(rows, parameter, value);
        };
    }

    private Control spinner(Composite rows, DosageParameter parameter, String value) {
        Spinner spinner = new Spinner(rows, SWT.BORDER);
        int minimum = parameter.minimum() == null ? 0 : parameter.minimum().intValue();
        int maximum = parameter.maximum() == null ? UNBOUNDED_MAX : parameter.maximum().intValue();
        spinner.setValues(parse(value, minimum), minimum, maximum, 0, 1, 5);
        values.put(parameter.name(), () -> Integer.toString(spinner.getSelection()));
        spinner.addModifyListener(event -> fireChanged());
        return spinner;
    }

    private Control choice(Composite rows, DosageParameter parameter, String value) {
        Combo combo = new Combo(rows, SWT.READ_ONLY);
        combo.setItems(parameter.choices().toArray(String[]::new));
        combo.select(Math.max(0, parameter.choices().indexOf(value)));
        values.put(parameter.name(), () -> combo.getSelectionIndex() < 0 ? "" : combo.getItem(combo.getSelectionIndex()));
        combo.addModifyListener(event -> fireChanged());
        return combo;
    }

    private Control checkbox(Composite rows, DosageParameter parameter, String value) {
        Button checkbox = new Button(rows, SWT.CHECK);
        checkbox.setSelection("true".equals(value));
        values.put(parameter.name(), () -> Boolean.toString(checkbox.getSelection()));
        checkbox.addListener(SWT.Selection, event -> fireChanged());
        return checkbox;
    }

    private Control text(Composite rows, DosageParameter parameter, String value) {
        Text text = new Text(rows, SWT.BORDER);
        text.setText(value);
        GridData width = new GridData();
        width.widthHint = 120;
        text.setLayoutData(width);
        values.put(parameter.name(), text::getText);
        text.addModifyListener(event -> fireChanged());
        return text;
    }

    /** A stored value that is not a whole number shows the minimum; the model keeps it until the therapist changes it. */
    private static int parse(String value, int fallback) {
        try {
            return new BigDecimal(value.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return fallback;
        }
    }

    private static String hint(DosageParameter parameter) {
        String range = parameter.rangeText();
        if (!range.isEmpty()) {
            return "(" + range + ")";
        }
        return parameter.unit();
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    @Override
    public Map<String, String> dosage() {
        Map<String, String> dosage = new LinkedHashMap<>();
        values.forEach((name, value) -> dosage.put(name, value.get()));
        return dosage;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }
}
