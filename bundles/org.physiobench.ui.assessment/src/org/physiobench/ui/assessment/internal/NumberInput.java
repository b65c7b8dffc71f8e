package org.physiobench.ui.assessment.internal;

import java.math.BigDecimal;

/**
 * What the therapist typed into a numeric field, checked against the field's range: empty
 * (nothing recorded), a value in range, or a problem to show instead of recording anything.
 *
 * @param value the value to record ({@code null} for an empty field or a problem)
 * @param problem why the text is not recorded, or {@code null}
 */
public record NumberInput(Number value, String problem) {

    /**
     * @param text the field's text
     * @param min the lowest value accepted
     * @param max the highest value accepted
     * @param decimals the decimals accepted (0 for whole numbers)
     * @param integer whether the model keeps an {@code Integer} (else a {@code Double})
     */
    public static NumberInput parse(String text, BigDecimal min, BigDecimal max, int decimals, boolean integer) {
        String trimmed = text.strip().replace(',', '.');
        if (trimmed.isEmpty()) {
            return new NumberInput(null, null);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return new NumberInput(null, "'" + text.strip() + "' is not a number");
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return new NumberInput(null, trimmed + " is out of range: " + min.toPlainString() + " to "
                    + max.toPlainString() + " accepted, not recorded");
        }
        if (Math.max(number.stripTrailingZeros().scale(), 0) > decimals) {
            return new NumberInput(null, trimmed + (decimals == 0 ? " is not a whole number" : " has more than "
                    + decimals + " decimal" + (decimals == 1 ? "" : "s")) + ", not recorded");
        }
        return new NumberInput(integer ? (Number) number.intValueExact() : (Number) number.doubleValue(), null);
    }

    /** @return whether the text may be recorded (a value or nothing) */
    public boolean acceptable() {
        return problem == null;
    }

    /** @return the text showing {@code value} in a field, empty for {@code null} */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
