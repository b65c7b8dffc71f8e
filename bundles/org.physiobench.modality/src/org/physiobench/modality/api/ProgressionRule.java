package org.physiobench.modality.api;

import java.util.Map;
import java.util.Set;

/**
 * Optional code a modality contributes (attribute {@code progressionRule} in plugin.xml)
 * to suggest the next dosage from the current one and the patient's response. A suggestion
 * is shown to the therapist, never applied by itself.
 *
 * <p>Created once, on first use, with a public no-argument constructor. The registry checks
 * the suggested dosage against the modality's parameters; an implementation that throws or
 * suggests an invalid dosage is treated as broken.
 *
 * <p>A rule that must respect its modality's own warnings (e.g. joint mobilisation: grades I-II
 * only with osteoporosis) overrides {@link #next(ModalityDescriptor, Map, LoadResponse, Set)},
 * which receives the patient's active conditions.
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

    /**
     * The next dosage for a patient with the given active conditions. The default ignores them
     * and asks {@link #next(ModalityDescriptor, Map, LoadResponse)}; a rule whose progression a
     * condition limits overrides this method and never suggests what its modality warns against.
     *
     * @param activeConditions the patient's active condition ids ({@link ConditionIds}); empty when
     *        none is recorded
     * @return the suggested next dosage (every parameter by name)
     * @since 1.1
     */
    default Map<String, String> next(ModalityDescriptor modality, Map<String, String> current, LoadResponse response,
            Set<String> activeConditions) {
        return next(modality, current, response);
    }
}
