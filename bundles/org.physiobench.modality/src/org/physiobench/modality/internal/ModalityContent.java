package org.physiobench.modality.internal;

import java.util.List;

import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.modality.api.Contraindication;
import org.physiobench.modality.api.DosageParameter;
import org.physiobench.modality.api.EvidenceReference;

/** The declared, already validated content of one {@code <modality>} element. */
record ModalityContent(String id, String name, TreatmentComponent component, String description,
        String patientInstructions, List<DosageParameter> parameters, List<Contraindication> contraindications,
        List<String> progressionHints, List<EvidenceReference> evidence) {

    ModalityContent {
        parameters = List.copyOf(parameters);
        contraindications = List.copyOf(contraindications);
        progressionHints = List.copyOf(progressionHints);
        evidence = List.copyOf(evidence);
    }
}
