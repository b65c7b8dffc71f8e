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
import org.eclipse.swt.widgets.Text;

/**
 * Finds controls by the id a form stored with {@code setData(key, id)} and drives them the way
 * a user does, with the events SWT would send (on the UI thread; each action flushes the event
 * queue so asynchronous refreshes have happened when it returns).
 */
public final class Widgets {

    private Widgets() {
    }

    /**
     * @return the control under {@code root} (or {@code root} itself) whose data {@code key} is {@code id}
     * @throws AssertionError naming the id if there is none, so a test failure says what is missing
     */
    public static <T extends Control> T find(Control root, String key, String id, Class<T> type) {
        List<Control> found = new ArrayList<>();
        collect(root, key, id, found);
        if (found.isEmpty()) {
            throw new AssertionError("no control '" + id + "' on the form");
        }
        Control control = found.get(0);
        if (!type.isInstance(control)) {
            throw new AssertionError("control '" + id + "' is a " + control.getClass().getSimpleName() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(control);
    }

    /** @return whether a control with this id exists under {@code root} */
    public static boolean exists(Control root, String key, String id) {
        List<Control> found = new ArrayList<>();
        collect(root, key, id, found);
        return !found.isEmpty();
    }

    private static void collect(Control control, String key, String id, List<Control> found) {
        if (control.isDisposed()) {
            return;
        }
        if (Objects.equals(id, control.getData(key))) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, key, id, found);
            }
        }
    }

    /** Types {@code value} into {@code text} (Modify), then leaves the field (FocusOut) as a user tabbing on would. */
    public static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        UiTesting.flush();
    }

    /** Clicks a push button, check box or toggle; a check box or toggle changes its state first, as a click would. */
    public static void click(Button button) {
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

    /** Chooses the first entry of {@code combo} that contains {@code text}. */
    public static void choose(Combo combo, String text) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(text)) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new Event());
                UiTesting.flush();
                return;
            }
        }
        throw new AssertionError("no entry containing '" + text + "' in " + String.join(" | ", items));
    }
}
