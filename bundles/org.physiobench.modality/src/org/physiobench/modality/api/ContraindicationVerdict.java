package org.physiobench.modality.api;

import java.util.List;

/**
 * The result of the {@link ContraindicationCheck} for one modality and one patient.
 *
 * @param modality the modality checked
 * @param status allowed, warned or blocked
 * @param matched the contraindications that apply, blocking ones first
 */
public record ContraindicationVerdict(ModalityDescriptor modality, Status status, List<Contraindication> matched) {

    /** The outcome of the check. */
    public enum Status {
        /** No contraindication applies. */
        ALLOWED,
        /** Only precautions apply: usable once the therapist has confirmed them. */
        WARNED,
        /** At least one contraindication blocks the modality. */
        BLOCKED
    }

    public ContraindicationVerdict {
        matched = List.copyOf(matched);
    }

    /** @return the reasons of the matched contraindications, each prefixed with what triggered it */
    public List<String> reasons() {
        return matched.stream()
                .map(contraindication -> contraindication.severity().id() + " (" + contraindication.triggerId() + "): "
                        + contraindication.reason())
                .toList();
    }
}
