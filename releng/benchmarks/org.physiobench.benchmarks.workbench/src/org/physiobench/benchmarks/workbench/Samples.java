package org.physiobench.benchmarks.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Repeated measurements of one figure, in milliseconds (or MB), with their spread. */
final class Samples {

    private final String name;
    private String unit;
    private final List<Double> values = new ArrayList<>();

    Samples(String name, String unit) {
        this.name = name;
        this.unit = unit;
    }

    void unit(String newUnit) {
        this.unit = newUnit;
    }

    void add(double value) {
        values.add(value);
    }

    /** Adds the time since {@code startNanos} in milliseconds. */
    void addSince(long startNanos) {
        add((System.nanoTime() - startNanos) / 1_000_000.0);
    }

    String name() {
        return name;
    }

    double percentile(double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        // nearest rank: p95 of 20 samples is the 19th
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    String json() {
        double[] raw = values.stream().mapToDouble(Double::doubleValue).toArray();
        return String.format(Locale.ROOT,
                "\"%s\": {\"unit\": \"%s\", \"n\": %d, \"p50\": %.2f, \"p95\": %.2f, \"min\": %.2f, \"max\": %.2f, \"samples\": %s}",
                name, unit, raw.length, percentile(50), percentile(95), Arrays.stream(raw).min().orElse(Double.NaN),
                Arrays.stream(raw).max().orElse(Double.NaN), Arrays.toString(raw));
    }

    String row() {
        return String.format(Locale.ROOT, "%-34s %8.1f %8.1f %8.1f-%-8.1f %s (n=%d)", name, percentile(50), percentile(95),
                values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), unit, values.size());
    }
}
