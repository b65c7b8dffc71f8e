package org.physiobench.ui.assessment.internal;

import java.util.Optional;

import org.physiobench.clinical.api.AnswerOption;
import org.physiobench.clinical.api.InstrumentItem;

/**
 * How an item is answered on screen, decided from its descriptor alone, so an instrument a
 * third party contributes gets a form without code: a few values are radio buttons, many named
 * values a combo, a wide numeric scale a number field limited to the item's range.
 */
public enum AnswerKind {
    /** Up to {@link #MAX_RADIO_BUTTONS} values: yes/no, agree/disagree, ODI 0-5, FABQ 0-6. */
    RADIO,
    /** More values than fit in a row, each named by the instrument. */
    COMBO,
    /** A numeric scale (NPRS and PSFS 0-10): typed, range-checked, out-of-range marked and not recorded. */
    NUMBER;

    /** The most values shown as radio buttons in one row. */
    public static final int MAX_RADIO_BUTTONS = 7;

    public static AnswerKind of(InstrumentItem item) {
        long values = (long) item.max() - item.min() + 1;
        if (values <= MAX_RADIO_BUTTONS) {
            return RADIO;
        }
        boolean everyValueNamed = item.options().size() >= values
                && item.options().stream().allMatch(option -> item.accepts(option.value()));
        return everyValueNamed ? COMBO : NUMBER;
    }

    /** @return the instrument's name of {@code value}, if it names it */
    public static Optional<String> optionLabel(InstrumentItem item, int value) {
        return item.options().stream().filter(option -> option.value() == value).map(AnswerOption::label).findFirst();
    }

    /** @return {@code value} as a choice reads: {@code 1 agree}, or just the number where it has no name */
    public static String choiceLabel(InstrumentItem item, int value) {
        return optionLabel(item, value).map(label -> value + " " + label).orElse(String.valueOf(value));
    }
}
