package org.physiobench.modality.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.physiobench.core.api.TreatmentComponent;

/**
 * One treatment modality as contributed to the extension point
 * {@code org.physiobench.modalities}, e.g. {@code manual-therapy.joint-mobilisation}.
 *
 * <p>Instances come from the {@link ModalityRegistry}; the declared content has already been
 * validated there. Contributed code (validator, progression rule) is reached only through
 * {@link #checkDosage(Map)} and {@link #suggestNext(Map, LoadResponse, Set)}, which the registry
 * guards: contributed code is untrusted.
 */
public interface ModalityDescriptor {

    /** The order in which modalities are listed: by component (as declared in {@link TreatmentComponent}), then by id. */
    Comparator<ModalityDescriptor> STABLE_ORDER = Comparator
            .comparing((ModalityDescriptor modality) -> modality.component().ordinal())
            .thenComparing(ModalityDescriptor::id);

    /** @return the unique, stable id, {@code <component-short>.<name>}, e.g. {@code core.bird-dog} */
    String id();

    /** @return the name a therapist reads */
    String name();

    /** @return the treatment component the modality belongs to */
    TreatmentComponent component();

    /** @return what the modality is and when it is indicated, for the therapist */
    String description();

    /** @return how to perform it, in words for the patient (home exercise sheet) */
    String patientInstructions();

    /** @return the dosage parameters in declaration order */
    List<DosageParameter> parameters();

    /** @return the contraindications in declaration order */
    List<Contraindication> contraindications();

    /** @return progression hints for the therapist, in order of application */
    List<String> progressionHints();

    /** @return the published sources */
    List<EvidenceReference> evidence();

    /** @return the symbolic name of the bundle that contributed the modality */
    String contributorBundle();

    /** @return the version of that bundle, e.g. {@code 1.0.0.202611261800} */
    String contributorVersion();

    /** @return the parameter with this name, if the modality has it */
    default Optional<DosageParameter> parameter(String name) {
        return parameters().stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }

    /** @return the default dosage: each parameter with a default, by name, in declaration order */
    Map<String, String> defaultDosage();

    /** @return whether the modality contributes a {@link DosageValidator} */
    boolean hasValidator();

    /** @return whether the modality contributes a {@link ProgressionRule} */
    boolean hasProgressionRule();

    /**
     * Checks a dosage: unknown names, each parameter's type and range, then the
     * contributed {@link DosageValidator} if any. Missing parameters take their default.
     *
     * @param dosage parameter values by name
     * @return one sentence per problem; empty when the dosage is acceptable. If the
     *         contributed validator fails, the result says so (a dosage is never accepted
     *         unchecked).
     */
    List<String> checkDosage(Map<String, String> dosage);

    /**
     * Asks the contributed {@link ProgressionRule} for the next dosage.
     *
     * @return the suggested dosage, checked against the parameters; empty when the modality
     *         has no rule, the current dosage is invalid, or the rule failed (then it is logged)
     */
    Optional<Map<String, String>> suggestNext(Map<String, String> current, LoadResponse response);

    /**
     * Asks the contributed {@link ProgressionRule} for the next dosage for a patient with the given
     * active conditions, so a rule can respect its modality's warnings (no grade III-IV
     * mobilisation with osteoporosis). {@link #suggestNext(Map, LoadResponse)} is this with no
     * conditions. The default, for implementations written against 1.0, ignores the conditions.
     *
     * @param activeConditions the patient's active condition ids ({@link ConditionIds})
     * @return as {@link #suggestNext(Map, LoadResponse)}
     * @since 1.1
     */
    default Optional<Map<String, String>> suggestNext(Map<String, String> current, LoadResponse response,
            Set<String> activeConditions) {
        return suggestNext(current, response);
    }
}
