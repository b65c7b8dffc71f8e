package org.physiobench.modality.api;

/**
 * How the patient responded to the current dosage, as recorded in a session: the input of a
 * {@link ProgressionRule}. It follows the pain-monitoring idea used in exercise therapy for
 * low back pain: pain during and after exercise that settles by the next morning is acceptable.
 */
public enum LoadResponse {

    /** Symptoms increased and had not settled by the next day: reduce the load. */
    AGGRAVATED,
    /** Tolerated, but the dosage was still demanding: keep it. */
    TOLERATED,
    /** Tolerated easily, with good quality of movement: progress. */
    EASY
}
