package org.physiobench.ui.plan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.physiobench.modality.api.DosageParameter;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Parameter;

/** Dosage as the model stores it (name/value parameters) and as a therapist reads it. */
public final class DosageText {

    private DosageText() {
    }

    /** @return the parameters as a map, in order */
    public static Map<String, String> toMap(List<Parameter> parameters) {
        Map<String, String> dosage = new LinkedHashMap<>();
        parameters.forEach(parameter -> dosage.put(parameter.getName(), parameter.getValue()));
        return dosage;
    }

    /** @return new model parameters for the dosage, in its order */
    public static List<Parameter> toParameters(Map<String, String> dosage) {
        return dosage.entrySet().stream().map(entry -> ClinicalRecords.parameter(entry.getKey(), entry.getValue())).toList();
    }

    /** @return e.g. "Sets 2, Repetitions 10, Hold 10 s"; parameter names when the modality is not installed */
    public static String describe(Optional<ModalityDescriptor> modality, List<Parameter> parameters) {
        return parameters.stream().map(parameter -> {
            Optional<DosageParameter> declared = modality.flatMap(m -> m.parameter(parameter.getName()));
            String label = declared.map(DosageParameter::label).orElse(parameter.getName());
            String unit = declared.map(DosageParameter::unit).orElse("");
            return label + " " + parameter.getValue() + (unit.isEmpty() ? "" : " " + unit);
        }).collect(Collectors.joining(", "));
    }

    /** @return the modality's name, or its id when it is not installed */
    public static String name(Optional<ModalityDescriptor> modality, String modalityId) {
        return modality.map(ModalityDescriptor::name).orElse(modalityId + " (not installed)");
    }
}
