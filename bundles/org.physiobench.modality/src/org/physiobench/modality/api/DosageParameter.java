package org.physiobench.modality.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One typed dosage parameter of a modality, e.g. "repetitions, int, 1..30, default 10" or
 * "grade, choice I/II/III/IV, default II".
 *
 * @param name the key under which a dosage value is stored, e.g. {@code repetitions}
 * @param label what a therapist reads, e.g. "Repetitions"
 * @param unit the unit shown after the value, e.g. {@code s} or {@code min}; empty when none
 * @param type the value type
 * @param minimum the smallest allowed value of a numeric parameter, or {@code null}
 * @param maximum the largest allowed value of a numeric parameter, or {@code null}
 * @param defaultValue the value a new plan starts with, as text; {@code null} when none
 * @param choices the allowed values of a {@link ParameterType#CHOICE} parameter, in order
 */
public record DosageParameter(String name, String label, String unit, ParameterType type, BigDecimal minimum,
        BigDecimal maximum, String defaultValue, List<String> choices) {

    public DosageParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        label = label == null || label.isBlank() ? name : label;
        unit = unit == null ? "" : unit;
        choices = List.copyOf(choices == null ? List.of() : choices);
    }

    /**
     * Checks one value against the type, range and choices of this parameter.
     *
     * @param value the value as text (as stored in a plan)
     * @return a sentence naming the problem, or empty when the value is acceptable
     */
    public Optional<String> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(label + ": a value is required");
        }
        return switch (type) {
            case INTEGER, DECIMAL -> checkNumber(value.strip());
            case CHOICE -> choices.contains(value) ? Optional.empty()
                    : Optional.of(label + ": '" + value + "' is not one of " + String.join(", ", choices));
            case BOOLEAN -> "true".equals(value) || "false".equals(value) ? Optional.empty()
                    : Optional.of(label + ": '" + value + "' is neither true nor false");
            case TEXT -> Optional.empty();
        };
    }

    private Optional<String> checkNumber(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return Optional.of(label + ": '" + value + "' is not a number");
        }
        if (type == ParameterType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            return Optional.of(label + ": '" + value + "' is not a whole number");
        }
        if (minimum != null && number.compareTo(minimum) < 0 || maximum != null && number.compareTo(maximum) > 0) {
            return Optional.of(label + ": " + value + " is outside " + rangeText());
        }
        return Optional.empty();
    }

    /** @return the range as a therapist reads it, e.g. "1..30 reps"; empty when unbounded */
    public String rangeText() {
        if (minimum == null && maximum == null) {
            return "";
        }
        String range = (minimum == null ? "" : minimum.toPlainString()) + ".."
                + (maximum == null ? "" : maximum.toPlainString());
        return unit.isEmpty() ? range : range + " " + unit;
    }
}
