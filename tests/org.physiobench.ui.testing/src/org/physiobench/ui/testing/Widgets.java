package org.physiobench.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Finds controls by the data a form puts on them ({@code control.setData(key, value)}) and drives
 * them as a user does, with the events SWT would send; each action flushes the event queue, so
 * asynchronous refreshes have happened when it returns.
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

    /**
     * @return the first control under {@code root} (or {@code root} itself) whose data {@code key} is {@code value}
     * @throws AssertionError naming the value if there is none, or it is of another type
     */
    public static <T extends Control> T find(Control root, String key, Object value, Class<T> type) {
        List<Control> found = findAll(root, key, value, Control.class);
        if (found.isEmpty()) {
            throw new AssertionError("no control '" + value + "' (" + key + ") on the form");
        }
        Control control = found.get(0);
        if (!type.isInstance(control)) {
            throw new AssertionError("control '" + value + "' is a " + control.getClass().getSimpleName() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(control);
    }

    /** @return whether a control with this data exists under {@code root} */
    public static boolean exists(Control root, String key, Object value) {
        return !findAll(root, key, value, Control.class).isEmpty();
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
     * Types {@code value} into {@code text} (replacing what was there; Modify), then leaves the
     * field (FocusOut) as a user tabbing on would - fields that record on leaving see it too.
     */
    public static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        UiTesting.flush();
    }

    /**
     * Clicks a push button, check box, toggle or radio button: a check box or toggle changes its
     * state first and a radio button is selected (its siblings cleared), as a click would.
     */
    public static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("Button '" + button.getText() + "' is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        } else if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                    other.setSelection(other == button);
                }
            }
        }
        button.notifyListeners(SWT.Selection, new Event());
        UiTesting.flush();
    }

    /** Sets a spinner to {@code value} (clamped by the spinner as a user's input would be). */
    public static void spin(Spinner spinner, int value) {
        spinner.setSelection(value);
        spinner.notifyListeners(SWT.Modify, new Event());
        spinner.notifyListeners(SWT.Selection, new Event());
        UiTesting.flush();
    }

    /** Chooses the first entry of {@code combo} that contains {@code text}. */
    public static void choose(Combo combo, String text) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(text)) {
                combo.select(i);
                combo.notifyListeners(SWT.Modify, new Event());
                combo.notifyListeners(SWT.Selection, new Event());
                UiTesting.flush();
                return;
            }
        }
        throw new AssertionError("no entry containing '" + text + "' in " + String.join(" | ", items));
    }

    /** Selects row {@code index} of a table as a click would. */
    public static void selectRow(Table table, int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new Event());
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
