package org.physiobench.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;
import org.physiobench.ui.assessment.api.BodyChart;
import org.physiobench.ui.assessment.api.RegionKey;

/**
 * A page object for the assessment form ({@code org.physiobench.ui.assessment.api.AssessmentForm}),
 * wherever it is shown (standalone in a shell or as a page of the patient editor): it finds the
 * form's fields by their {@link AssessmentWidgetIds} and drives them as a therapist would, on
 * the UI thread. Every action returns when the form has refreshed.
 *
 * <pre>
 * AssessmentFormPage page = new AssessmentFormPage(editorControl);
 * page.addInstrument("odi").answerAll("odi", 3, 2, 2, 1, 2, 1, 2, 1, 2, null);
 * assertEquals("35.6 %", page.score("odi"));
 * </pre>
 */
public final class AssessmentFormPage {

    private final Control root;

    /** @param root a control that contains the assessment form (the form itself, an editor page, a shell) */
    public AssessmentFormPage(Control root) {
        this.root = root;
    }

    /** Adds an administration of the installed instrument {@code instrumentId} (e.g. {@code odi}). */
    public AssessmentFormPage addInstrument(String instrumentId) {
        Widgets.choose(control(AssessmentWidgetIds.INSTRUMENT_CHOICE, Combo.class), "(" + instrumentId + ")");
        Widgets.click(control(AssessmentWidgetIds.ADD_ADMINISTRATION, Button.class));
        return this;
    }

    /**
     * Answers item {@code itemNumber} of the (first) administration of {@code instrumentId}
     * through whichever control the item has: radio button, combo entry or number field.
     *
     * @param value the coded answer, or {@code null} to leave the item unanswered (skipped)
     */
    public AssessmentFormPage answer(String instrumentId, int itemNumber, Integer value) {
        String id = AssessmentWidgetIds.item(instrumentId, itemNumber);
        Control control = control(id, Control.class);
        if (control instanceof Text text) {
            Widgets.type(text, value == null ? "" : value.toString());
        } else if (control instanceof Combo combo) {
            int index = value == null ? 0 : indexOfValue(combo, value);
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
            UiTesting.flush();
        } else if (control instanceof Composite) {
            String key = value == null ? AssessmentWidgetIds.UNANSWERED : value.toString();
            Widgets.click(control(AssessmentWidgetIds.choice(id, key), Button.class));
        } else {
            throw new AssertionError("item control '" + id + "' is a " + control.getClass().getSimpleName());
        }
        return this;
    }

    /** Answers items 1, 2, ... of {@code instrumentId} with {@code values} in order ({@code null} = skipped). */
    public AssessmentFormPage answerAll(String instrumentId, Integer... values) {
        for (int i = 0; i < values.length; i++) {
            answer(instrumentId, i + 1, values[i]);
        }
        return this;
    }

    /** @return the live score of the (first) administration of {@code instrumentId}, e.g. {@code 35.6 %}; {@code -} without one */
    public String score(String instrumentId) {
        return label(AssessmentWidgetIds.score(instrumentId));
    }

    /** @return the band (and subscores) shown for the score, e.g. {@code Moderate disability} */
    public String band(String instrumentId) {
        return label(AssessmentWidgetIds.band(instrumentId));
    }

    /** @return why the administration has no score (empty while it has one) */
    public String validation(String instrumentId) {
        return label(AssessmentWidgetIds.validation(instrumentId));
    }

    /** Answers red-flag question {@code questionId} (e.g. {@code saddle-anaesthesia}): {@code yes}, {@code no} or {@code not-asked}. */
    public AssessmentFormPage answerRedFlag(String questionId, String answer) {
        Widgets.click(control(AssessmentWidgetIds.choice(AssessmentWidgetIds.redFlag(questionId), answer), Button.class));
        return this;
    }

    /** @return the red-flag banner's text: empty while no flag is raised */
    public String redFlagBanner() {
        return label(AssessmentWidgetIds.RED_FLAG_BANNER);
    }

    /** Types into the text field {@code fieldId} (see {@link AssessmentWidgetIds}) and leaves it. */
    public AssessmentFormPage type(String fieldId, String text) {
        Widgets.type(control(fieldId, Text.class), text);
        return this;
    }

    /** @return the text of field {@code fieldId} */
    public String text(String fieldId) {
        return control(fieldId, Text.class).getText();
    }

    /** Chooses the entry containing {@code entry} in the combo {@code fieldId}. */
    public AssessmentFormPage choose(String fieldId, String entry) {
        Widgets.choose(control(fieldId, Combo.class), entry);
        return this;
    }

    /** Clicks the button or check box {@code fieldId}. */
    public AssessmentFormPage click(String fieldId) {
        Widgets.click(control(fieldId, Button.class));
        return this;
    }

    /** @return the form's message line: why the last value typed was not recorded, empty if it was */
    public String message() {
        return label(AssessmentWidgetIds.MESSAGE);
    }

    /**
     * Clicks the centre of {@code key}'s area on the form's body chart: pain, or with
     * {@code radiation} (Shift+click) radiation below the knee.
     */
    public AssessmentFormPage clickBodyChart(RegionKey key, boolean radiation) {
        click(control(AssessmentWidgetIds.BODY_CHART, BodyChart.class), key, radiation ? SWT.SHIFT : 0);
        return this;
    }

    /** Clicks the centre of {@code key}'s area on {@code chart} with the mouse button 1 and {@code modifiers}. */
    public static void click(BodyChart chart, RegionKey key, int modifiers) {
        Rectangle box = chart.boundsOf(key);
        Event event = new Event();
        event.button = 1;
        event.x = box.x + box.width / 2;
        event.y = box.y + box.height / 2;
        event.stateMask = modifiers;
        chart.notifyListeners(SWT.MouseDown, event);
        UiTesting.flush();
    }

    /** @return the control with {@code id} on the form */
    public <T extends Control> T control(String id, Class<T> type) {
        return Widgets.find(root, AssessmentWidgetIds.KEY, id, type);
    }

    private String label(String id) {
        UiTesting.flush();
        return control(id, Label.class).getText();
    }

    private static int indexOfValue(Combo combo, int value) {
        String[] items = combo.getItems();
        for (int i = 1; i < items.length; i++) {
            if (items[i].equals(String.valueOf(value)) || items[i].startsWith(value + " ")) {
                return i;
            }
        }
        throw new AssertionError("no entry for " + value + " in " + String.join(" | ", items));
    }
}
