package org.physiobench.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the store writes them: UTC, millisecond precision, fixed width, so that the
 * text sorts in time order in both databases ({@link Instant#toString()} drops trailing zero
 * fractions and would not).
 */
final class Timestamps {

    private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return FIXED.format(instant);
    }
}
