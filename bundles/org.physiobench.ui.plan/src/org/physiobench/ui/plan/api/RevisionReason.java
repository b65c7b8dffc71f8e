package org.physiobench.ui.plan.api;

import java.util.Objects;

/**
 * Why a treatment plan is changed, as the therapist gives it when a new revision starts.
 *
 * @param reason the reason in words, never blank
 * @param agreedWithPatient whether the change was agreed with the patient (patient-centred care)
 */
public record RevisionReason(String reason, boolean agreedWithPatient) {

    public RevisionReason {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A plan revision needs a reason");
        }
        reason = reason.strip();
    }
}
