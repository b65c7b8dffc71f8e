package org.physiobench.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Finds controls by the data a form puts on them ({@code control.setData(key, value)}) and drives
 * them as a user would: the value is set, then the events the control would send are sent, then
 * pending events (async refreshes) are delivered.
 */
public final class Widgets {

    private Widgets() {
    }

    /** @return every control under {@code root} (itself included) whose data {@code key} equals {@code value}, in tree order */
    public static <T extends Control> List<T> findAll(Control root, String key, Object value, Class<T> type) {
        return all(root, type).stream().filter(control -> Objects.equals(control.getData(key), value)).toList();
    }

    /** @return every control of {@code type} under {@code root} (itself included) that is not disposed, in tree order */
    public static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /**
     * @return the one control under {@code root} whose data {@code key} equals {@code value}
     * @throws AssertionError when there is none or more than one
     */
    public static <T extends Control> T find(Control root, String key, Object value, Class<T> type) {
        List<T> found = findAll(root, key, value, type);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " with " + key + "=" + value + ", found "
                    + found.size());
        }
        return found.get(0);
    }

    /** Clicks a push button or toggles a check box. */
    public static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("Button '" + button.getText() + "' is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE | SWT.RADIO)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, null);
        UiTesting.flush();
    }

    /** Types {@code value} into a text field (replacing what was there). */
    public static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.Modify, null);
        UiTesting.flush();
    }

    /** Sets a spinner to {@code value} (clamped by the spinner as a user's input would be). */
    public static void spin(Spinner spinner, int value) {
        spinner.setSelection(value);
        spinner.notifyListeners(SWT.Modify, null);
        spinner.notifyListeners(SWT.Selection, null);
        UiTesting.flush();
    }

    /** Chooses the first item of a combo that contains {@code text}. */
    public static void choose(Combo combo, String text) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(text)) {
                combo.select(i);
                combo.notifyListeners(SWT.Modify, null);
                combo.notifyListeners(SWT.Selection, null);
                UiTesting.flush();
                return;
            }
        }
        throw new AssertionError("No item containing '" + text + "' in " + List.of(items));
    }

    /** Selects row {@code index} of a table as a click would. */
    public static void selectRow(Table table, int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, null);
        UiTesting.flush();
    }

    /** @return the text of every cell, row by row */
    public static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> row = new ArrayList<>();
            for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                row.add(item.getText(column));
            }
            rows.add(row);
        }
        return rows;
    }
}
