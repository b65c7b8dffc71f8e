package org.physiobench.clinical.api;

import java.util.Objects;

/**
 * One suggestion for a treatment plan: a goal, a modality or a referral, with why it is suggested
 * and where that comes from. A suggestion is never applied by itself: the therapist accepts,
 * edits or rejects it, and the rationale is stored with the plan.
 *
 * @param kind what is suggested
 * @param id for a modality, its canonical id (e.g. {@code core.bird-dog}); for a goal or referral,
 *        a stable id of the suggestion (e.g. {@code goal.reduce-disability})
 * @param text what is suggested, as a therapist reads it
 * @param rationale why, in terms of this patient's findings
 * @param reference the guideline the suggestion follows
 * @param patientText what to tell the patient, in plain words fitted to this patient (e.g. an
 *        education text fitted to the acuity, {@link PatientEducation}); empty where the
 *        modality's own patient instructions apply
 */
public record Suggestion(Kind kind, String id, String text, String rationale, GuidelineReference reference,
        String patientText) {

    /** What a suggestion proposes. */
    public enum Kind {
        GOAL, MODALITY, REFERRAL
    }

    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(patientText, "patientText");
    }

    /** A suggestion without a patient text of its own. */
    public Suggestion(Kind kind, String id, String text, String rationale, GuidelineReference reference) {
        this(kind, id, text, rationale, reference, "");
    }
}
