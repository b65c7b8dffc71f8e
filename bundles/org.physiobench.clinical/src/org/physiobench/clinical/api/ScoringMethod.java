package org.physiobench.clinical.api;

import java.util.Arrays;
import java.util.Optional;

/** How the declarative scorer turns item answers into a score. */
public enum ScoringMethod {

    /** The sum of the answered items, e.g. NPRS, RMDQ (count of statements ticked). */
    SUM("sum"),

    /** The mean of the answered items, e.g. PSFS (mean of the activity ratings). */
    MEAN("mean"),

    /**
     * The sum of the answered items as a percentage of the highest sum those items allow, so a
     * skipped item lowers the denominator: ODI, 16 / (5 x 9 sections answered) x 100 = 35.6 %
     * (Fairbank &amp; Pynsent 2000, Spine 25:2940-2953). Items must start at 0.
     */
    PERCENT_OF_ANSWERED_MAXIMUM("percent-of-answered-maximum");

    private final String id;

    ScoringMethod(String id) {
        this.id = id;
    }

    /** @return the id used in the {@code method} attribute of {@code <scoring>} */
    public String id() {
        return id;
    }

    /** @return the method with this id, if there is one */
    public static Optional<ScoringMethod> fromId(String id) {
        return Arrays.stream(values()).filter(method -> method.id.equals(id)).findFirst();
    }
}
