package org.physiobench.clinical.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The STarT Back risk group (Hill et al. 2008, Arthritis Rheum 59:632-641), which steers
 * stratified care (Hill et al. 2011, Lancet 378:1560-1571): low risk - advice, reassurance and
 * self-management; medium - physiotherapy; high - psychologically informed physiotherapy.
 */
public enum StartBackGroup {

    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    /** Totals up to this are low risk. */
    public static final int LOW_TOTAL_MAX = 3;

    /** Psychosocial subscale scores from this are high risk (given a total above {@link #LOW_TOTAL_MAX}). */
    public static final int HIGH_PSYCHOSOCIAL_MIN = 4;

    private final String id;

    StartBackGroup(String id) {
        this.id = id;
    }

    /** @return the stable id, also the {@code band} the command line reports: low, medium, high */
    public String id() {
        return id;
    }

    /**
     * The group rule: total &lt;= 3 low; total &gt;= 4 and psychosocial &lt;= 3 medium; psychosocial
     * &gt;= 4 high. A psychosocial score of 4 or 5 implies a total of at least 4, so the rule is
     * complete.
     *
     * @param total the total score, 0-9
     * @param psychosocial the psychosocial subscale score (items 5-9), 0-5
     */
    public static StartBackGroup of(int total, int psychosocial) {
        if (total <= LOW_TOTAL_MAX) {
            return LOW;
        }
        return psychosocial >= HIGH_PSYCHOSOCIAL_MIN ? HIGH : MEDIUM;
    }

    /** @return the group with this id, if there is one */
    public static Optional<StartBackGroup> fromId(String id) {
        return Arrays.stream(values()).filter(group -> group.id.equals(id)).findFirst();
    }
}
