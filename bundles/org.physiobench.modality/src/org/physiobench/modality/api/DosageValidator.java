package org.physiobench.modality.api;

import java.util.List;
import java.util.Map;

/**
 * Optional code a modality contributes (attribute {@code validator} in plugin.xml) to check
 * rules between dosage parameters that a per-parameter range cannot express, e.g. "grade
 * III-IV mobilisation only with at most 3 sets of 60 s".
 *
 * <p>The registry checks each parameter's type and range before it calls the validator, so
 * an implementation sees only values that parse. It is created once, on first use, with a
 * public no-argument constructor. An implementation that throws is treated as broken: the
 * registry logs it and withdraws the modality.
 */
@FunctionalInterface
public interface DosageValidator {

    /**
     * @param modality the modality the dosage is for
     * @param dosage every parameter of the modality by name, defaults filled in
     * @return one sentence per problem, empty when the dosage is acceptable
     */
    List<String> validate(ModalityDescriptor modality, Map<String, String> dosage);
}
