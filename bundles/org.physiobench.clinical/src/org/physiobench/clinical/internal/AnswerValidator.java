package org.physiobench.clinical.internal;

import java.util.List;

import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.InvalidAnswersException;

/**
 * Checks answers against an instrument's items before any scorer sees them: the number of
 * answers (trailing optional items may be left out) and each value's range. Scorers, also
 * contributed ones, can then rely on well-formed input.
 */
final class AnswerValidator {

    private AnswerValidator() {
    }

    static void check(Instrument instrument, List<Integer> answers) {
        List<InstrumentItem> items = instrument.items();
        int required = (int) items.stream().filter(item -> !item.optional()).count();
        if (answers.size() < required || answers.size() > items.size()) {
            throw new InvalidAnswersException(instrument.id() + ": " + answers.size() + " answers given, but "
                    + expectedCount(required, items.size()) + " expected (write - for an unanswered item)");
        }
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            InstrumentItem item = items.get(i);
            if (answer != null && !item.accepts(answer)) {
                throw new InvalidAnswersException(instrument.id() + ": item " + item.number() + " is " + answer
                        + ", but must be " + item.min() + "-" + item.max());
            }
        }
    }

    private static String expectedCount(int required, int all) {
        return required == all ? String.valueOf(all) : required + "-" + all;
    }
}
