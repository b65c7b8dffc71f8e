package org.physiobench.ui.progress.internal;

import java.util.Locale;

/** Score formatting: whole numbers without decimals, others with one (scores are 0.1-precise at best). */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** @return {@code value} with an explicit sign, e.g. {@code +18} or {@code -2.5} */
    static String signed(double value) {
        return (value > 0 ? "+" : "") + format(value);
    }
}
