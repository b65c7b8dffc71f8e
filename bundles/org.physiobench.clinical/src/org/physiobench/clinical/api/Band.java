package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An interpretation band of a score or a subscale. Bands of one score are ordered by
 * {@link #upTo()}: a score belongs to the first band whose {@code upTo} it does not exceed, so
 * ODI bands 0-20, 21-40 ... are {@code upTo} 20, 40 ..., and an ODI of 20.5 % (possible with a
 * skipped section) is moderate, not minimal.
 *
 * @param id the stable id, e.g. {@code moderate}
 * @param label the name a therapist reads
 * @param upTo the highest score (inclusive) in the band
 * @param subscale the id of the subscale the band interprets, or {@code null} for the score itself
 */
public record Band(String id, String label, BigDecimal upTo, String subscale) {

    public Band {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(upTo, "upTo");
    }

    /** @return whether this band interprets the instrument's score (not a subscale) */
    public boolean interpretsScore() {
        return subscale == null;
    }
}
