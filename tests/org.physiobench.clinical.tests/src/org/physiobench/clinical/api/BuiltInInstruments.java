package org.physiobench.clinical.api;

import java.math.BigDecimal;

/** Helpers for tests of the built-in instruments, read from the running platform's registry. */
final class BuiltInInstruments {

    private BuiltInInstruments() {
    }

    static Instrument get(String id) {
        return Instruments.registry().get(id);
    }

    static ScoreResult score(String id, String answers) {
        return get(id).score(answers);
    }

    static BigDecimal number(String value) {
        return new BigDecimal(value);
    }

    /** @return {@code value} repeated {@code count} times, comma-separated */
    static String repeat(String value, int count) {
        return String.join(",", java.util.Collections.nCopies(count, value));
    }
}
