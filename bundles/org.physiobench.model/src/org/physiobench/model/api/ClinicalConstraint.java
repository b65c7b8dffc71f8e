package org.physiobench.model.api;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The clinical constraints the model's validator checks, one per kind of mistake. Each
 * diagnostic it reports has {@link ClinicalValidation#DIAGNOSTIC_SOURCE} as source and the
 * constraint's {@link #code()} as code; its data holds the object and then the feature
 * concerned, so a UI can take the therapist to the field.
 */
public enum ClinicalConstraint {

    /** A record id that is not a canonical UUID string (a warning: it still names the record). */
    MALFORMED_ID(1),
    /** Two records of one patient with the same id. */
    DUPLICATE_ID(2),
    /** A record that needs a date (session, assessment, administration, discharge) has none. */
    DATE_MISSING(3),
    /** A pain intensity outside the 0-10 numeric pain rating scale, or best pain above worst pain. */
    PAIN_OUT_OF_RANGE(10),
    /** An instrument item answer outside any instrument's range (negative or above 100), or without item id. */
    ITEM_ANSWER_OUT_OF_RANGE(20),
    /** The same item answered twice in one administration. */
    DUPLICATE_ITEM_ANSWER(21),
    /** An administration without instrument id, or a score that is not a finite number. */
    ADMINISTRATION_INCOMPLETE(22),
    /** A lumbar range of motion or straight-leg-raise angle no measurement can give. */
    ANGLE_IMPLAUSIBLE(30),
    /** Home-programme adherence outside 0-100 %. */
    ADHERENCE_OUT_OF_RANGE(40),
    /** Pain or condition onset after the assessment or after the episode started. */
    ONSET_AFTER_ASSESSMENT(50),
    /** A goal's target date on or before the start of its plan. */
    TARGET_DATE_NOT_AFTER_PLAN_START(51),
    /** A discharge dated before the episode of care started. */
    DISCHARGE_BEFORE_EPISODE_START(52),
    /** A session before the episode started or after its discharge. */
    SESSION_OUTSIDE_EPISODE(53),
    /** A goal without a measurable target: no target value, or neither an instrument nor an activity. */
    GOAL_NOT_MEASURABLE(60),
    /** A goal without a target date. */
    GOAL_WITHOUT_TARGET_DATE(61),
    /** A plan revision that does not say who made it. */
    REVISION_WITHOUT_AUTHOR(70),
    /** A plan revision that does not say why it was made. */
    REVISION_WITHOUT_REASON(71),
    /** Plan revisions whose numbers do not increase in the order they were added. */
    REVISIONS_OUT_OF_ORDER(72),
    /** A session that does not say which therapist saw the patient. */
    SESSION_WITHOUT_THERAPIST(80);

    private final int code;

    ClinicalConstraint(int code) {
        this.code = code;
    }

    /** @return the diagnostic code of this constraint; stable, never reused */
    public int code() {
        return code;
    }

    /** @return the constraint a diagnostic reports, if it comes from the clinical validator */
    public static Optional<ClinicalConstraint> of(Diagnostic diagnostic) {
        if (!ClinicalValidation.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(constraint -> constraint.code == diagnostic.getCode()).findFirst();
    }
}
