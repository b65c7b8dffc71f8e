package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A medical review as the therapist records it: when, by whom, the outcome, and which active
 * red-flag findings (answer keys) it covers. A review lifts the findings it names from the
 * patient's red-flag status (see {@code RedFlagStatus}).
 *
 * @param date the date of the review (not in the future)
 * @param reviewer who reviewed, e.g. "Dr Lee, GP"
 * @param outcome what the review concluded, e.g. "no serious pathology, treatment may proceed"
 * @param findings the answer keys the review covers; never empty
 */
public record MedicalReviewEntry(LocalDate date, String reviewer, String outcome, List<String> findings) {

    public MedicalReviewEntry {
        Objects.requireNonNull(date, "date");
        if (reviewer == null || reviewer.isBlank() || outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("A medical review needs the reviewer and the outcome");
        }
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("A medical review covers at least one finding");
        }
        findings = List.copyOf(findings);
    }
}
