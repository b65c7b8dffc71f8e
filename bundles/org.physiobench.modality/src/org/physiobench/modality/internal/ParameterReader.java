package org.physiobench.modality.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.physiobench.modality.api.DosageParameter;
import org.physiobench.modality.api.ParameterType;

/** Reads and checks one {@code <parameter>} element. */
final class ParameterReader {

    private ParameterReader() {
    }

    static DosageParameter read(IConfigurationElement element) throws InvalidContributionException {
        String name = ElementText.required(element, ModalitySchema.PARAMETER_NAME);
        String where = "parameter '" + name + "'";
        String typeId = ElementText.required(element, ModalitySchema.PARAMETER_TYPE);
        ParameterType type = ParameterType.fromId(typeId).orElseThrow(() -> new InvalidContributionException(
                where + ": unknown type '" + typeId + "' (expected one of int, decimal, choice, boolean, text)"));
        BigDecimal min = number(element, ModalitySchema.PARAMETER_MIN, where);
        BigDecimal max = number(element, ModalitySchema.PARAMETER_MAX, where);
        if ((min != null || max != null) && !type.isNumeric()) {
            throw new InvalidContributionException(where + ": a range is only allowed for int and decimal");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidContributionException(where + ": min " + min + " is greater than max " + max);
        }
        List<String> choices = choices(element, type, where);
        DosageParameter parameter = new DosageParameter(name, ElementText.optional(element, ModalitySchema.PARAMETER_LABEL),
                ElementText.optional(element, ModalitySchema.PARAMETER_UNIT), type, min, max,
                ElementText.optional(element, ModalitySchema.PARAMETER_DEFAULT), choices);
        if (parameter.defaultValue() != null) {
            // A default outside the range would put an invalid dosage into every new plan.
            var problem = parameter.check(parameter.defaultValue());
            if (problem.isPresent()) {
                throw new InvalidContributionException(where + ": bad default: " + problem.get());
            }
        }
        return parameter;
    }

    private static BigDecimal number(IConfigurationElement element, String attribute, String where)
            throws InvalidContributionException {
        String text = ElementText.optional(element, attribute);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidContributionException(where + ": " + attribute + " '" + text + "' is not a number");
        }
    }

    private static List<String> choices(IConfigurationElement element, ParameterType type, String where)
            throws InvalidContributionException {
        String text = ElementText.optional(element, ModalitySchema.PARAMETER_CHOICES);
        if (type != ParameterType.CHOICE) {
            if (text != null) {
                throw new InvalidContributionException(where + ": choices are only allowed for type choice");
            }
            return List.of();
        }
        if (text == null) {
            throw new InvalidContributionException(where + ": a choice parameter needs the attribute 'choices'");
        }
        List<String> choices = Arrays.stream(text.split(ModalitySchema.CHOICE_SEPARATOR)).map(String::strip).toList();
        if (choices.stream().anyMatch(String::isEmpty) || choices.stream().distinct().count() != choices.size()) {
            throw new InvalidContributionException(where + ": choices '" + text + "' contain an empty or repeated value");
        }
        return choices;
    }
}
