package org.physiobench.clinical.api;

import java.util.Objects;

import org.physiobench.core.api.RedFlagCategory;

/**
 * A positive red flag: the screening question answered "yes", the category of serious pathology
 * it points to and what it requires.
 */
public record RedFlag(RedFlagQuestion question, RedFlagCategory category, RedFlagAction action) {

    public RedFlag {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
    }

    static RedFlag raisedBy(RedFlagQuestion question) {
        return new RedFlag(question, question.category(), RedFlagAction.REFER_BEFORE_TREATMENT);
    }
}
