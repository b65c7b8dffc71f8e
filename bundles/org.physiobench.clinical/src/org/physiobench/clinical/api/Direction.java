package org.physiobench.clinical.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which way a score moves when the patient gets better. On pain and disability scales (NPRS, ODI,
 * RMDQ, STarT Back, FABQ) improvement is a decrease; on the PSFS it is an increase (PhysioBench
 * clinical reference, "Details that matter").
 */
public enum Direction {

    /** A lower score is better: pain and disability scales. */
    DECREASE("decrease"),

    /** A higher score is better: e.g. the Patient-Specific Functional Scale. */
    INCREASE("increase");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    /** @return the id used in the {@code direction} attribute of an instrument, e.g. {@code decrease} */
    public String id() {
        return id;
    }

    /** @return the direction with this id, if there is one */
    public static Optional<Direction> fromId(String id) {
        return Arrays.stream(values()).filter(direction -> direction.id.equals(id)).findFirst();
    }
}
