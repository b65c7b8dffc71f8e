package org.physiobench.ui.testing;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Sets the input of one dosage parameter of the generic dosage form, whatever its kind. */
final class DosageInputs {

    private DosageInputs() {
    }

    static void set(Control input, String value) {
        if (input instanceof Spinner spinner) {
            Widgets.spin(spinner, Integer.parseInt(value));
        } else if (input instanceof Text text) {
            Widgets.type(text, value);
        } else if (input instanceof Combo combo) {
            Widgets.choose(combo, value);
        } else if (input instanceof Button checkbox) {
            if (checkbox.getSelection() != Boolean.parseBoolean(value)) {
                Widgets.click(checkbox);
            }
        } else {
            throw new AssertionError("Cannot set a dosage on " + input);
        }
    }
}
