package org.physiobench.clinical.api;

import java.util.Objects;

/**
 * One answer a patient can give to an item, with the value it is entered as.
 *
 * @param value the value entered for this answer, e.g. {@code 1} for "agree"
 * @param label a short label, e.g. {@code agree}
 */
public record AnswerOption(int value, String label) {

    public AnswerOption {
        Objects.requireNonNull(label, "label");
    }
}
