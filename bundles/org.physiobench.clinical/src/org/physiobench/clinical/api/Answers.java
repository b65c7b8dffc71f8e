package org.physiobench.clinical.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads answers written the way the command line and batch files take them: comma-separated in
 * item order, {@code -} for an item left unanswered, e.g. {@code 3,2,-,4,1,0,2,1,3,2}.
 */
public final class Answers {

    /** How an unanswered (skipped) item is written. */
    public static final String SKIPPED = "-";

    private Answers() {
    }

    /**
     * @param text the answers, comma-separated; blanks around a value are ignored
     * @return the answers in item order, {@code null} for a skipped item
     * @throws InvalidAnswersException if the text is empty or a value is not a whole number
     */
    public static List<Integer> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAnswersException("no answers given");
        }
        String[] values = text.split(",", -1);
        List<Integer> answers = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            answers.add(parseOne(values[i].strip(), i + 1));
        }
        return Collections.unmodifiableList(answers);
    }

    private static Integer parseOne(String value, int position) {
        if (value.equals(SKIPPED)) {
            return null;
        }
        if (value.isEmpty()) {
            throw new InvalidAnswersException("answer " + position + " is empty (write - for an unanswered item)");
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidAnswersException("answer " + position + " '" + value + "' is not a whole number");
        }
    }
}
