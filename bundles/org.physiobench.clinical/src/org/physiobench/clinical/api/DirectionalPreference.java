package org.physiobench.clinical.api;

/**
 * The direction of repeated movement that centralises or eases the patient's symptoms, found in
 * the physical examination; it steers symptom-modulation exercise in treatment-based
 * classification (Alrwaily et al. 2016, Phys Ther 96:1057-1066).
 */
public enum DirectionalPreference {

    /** Repeated extension eases the symptoms: prone press-ups. */
    EXTENSION,

    /** Repeated flexion eases the symptoms: knee-to-chest. */
    FLEXION,

    /** No directional preference found, or not examined. */
    NONE
}
