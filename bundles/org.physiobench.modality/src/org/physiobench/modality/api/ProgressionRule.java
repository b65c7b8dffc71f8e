package org.physiobench.modality.api;

import java.util.Map;

/**
 * Optional code a modality contributes (attribute {@code progressionRule} in plugin.xml)
 * to suggest the next dosage from the current one and the patient's response. A suggestion
 * is shown to the therapist, never applied by itself.
 *
 * <p>Created once, on first use, with a public no-argument constructor. The registry checks
 * the suggested dosage against the modality's parameters; an implementation that throws or
 * suggests an invalid dosage is treated as broken.
 */
@FunctionalInterface
public interface ProgressionRule {

    /**
     * @param modality the modality the dosage is for
     * @param current every parameter of the modality by name, defaults filled in
     * @param response how the patient responded to {@code current}
     * @return the suggested next dosage (every parameter by name)
     */
    Map<String, String> next(ModalityDescriptor modality, Map<String, String> current, LoadResponse response);
}
