package org.physiobench.clinical.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item (question, section, statement) of an outcome instrument, and the integer answers it
 * accepts.
 *
 * @param number the 1-based position of the item in the instrument's published order
 * @param label a short label in PhysioBench's own words (always present, also where the
 *        official text may not be shipped)
 * @param text the item text as published, only where it may be reproduced freely; {@code null}
 *        otherwise (a licensed content plug-in may contribute an instrument with its texts)
 * @param min the lowest accepted answer
 * @param max the highest accepted answer
 * @param optional {@code true} for a trailing item that may be left out of the answer list
 *        altogether (the PSFS asks for one to five activities)
 * @param options the named answers, if the instrument names them; empty otherwise
 */
public record InstrumentItem(int number, String label, String text, int min, int max, boolean optional,
        List<AnswerOption> options) {

    public InstrumentItem {
        Objects.requireNonNull(label, "label");
        if (min > max) {
            throw new IllegalArgumentException("item " + number + ": min " + min + " is greater than max " + max);
        }
        options = List.copyOf(options);
    }

    /** @return the published item text, where PhysioBench may ship it */
    public Optional<String> publishedText() {
        return Optional.ofNullable(text);
    }

    /** @return whether {@code value} is an accepted answer */
    public boolean accepts(int value) {
        return value >= min && value <= max;
    }
}
