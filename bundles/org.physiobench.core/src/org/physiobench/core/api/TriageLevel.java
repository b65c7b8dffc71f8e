package org.physiobench.core.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * How urgently a red-flag screening asks for medical assessment, lowest first, and the action
 * each level requires (PhysioBench's graded triage, built on the IFOMPT International Framework
 * for Red Flags, Finucane et al. 2020, JOSPT 50(7):350-372; the GIRFT National Suspected Cauda
 * Equina Syndrome pathway, NHS England 2023; NICE NG59). A patient's level is the highest any
 * triage rule gives.
 */
public enum TriageLevel {

    /** Nothing found. */
    NONE("none", "No red flags", ""),

    /** A risk factor only (age, night pain alone): screen further and safety-net; treatment proceeds. */
    SCREEN("screen", "Risk factor",
            "Screen further and safety-net; treatment proceeds"),

    /** A single finding that raises concern: GP review within days; treatment may start with caution. */
    NON_URGENT("non-urgent", "Non-urgent red flag",
            "Medical review (GP) within days; treatment may start with caution; re-screen at every visit"),

    /** Suspected fracture, malignancy, infection or progressive deficit: medical review within 24 hours. */
    URGENT("urgent", "Urgent red flag",
            "Medical review within 24 hours; no active treatment until medically reviewed"),

    /** Suspected cauda equina syndrome: same-day emergency assessment. */
    EMERGENCY("emergency", "EMERGENCY",
            "Same-day emergency assessment (emergency department); no treatment");

    private final String id;
    private final String label;
    private final String action;

    TriageLevel(String id, String label, String action) {
        this.id = id;
        this.label = label;
        this.action = action;
    }

    /** @return the stable id: none, screen, non-urgent, urgent, emergency */
    public String id() {
        return id;
    }

    /** @return the level's name as a therapist reads it */
    public String label() {
        return label;
    }

    /** @return what the therapist must do, in words; empty for {@link #NONE} */
    public String action() {
        return action;
    }

    /**
     * @return whether active treatment waits for a medical review: emergency and urgent levels
     *         allow only advice and the referral itself
     */
    public boolean blocksActiveTreatment() {
        return compareTo(URGENT) >= 0;
    }

    /** @return whether this level suspects a serious pathology (non-urgent or above) */
    public boolean suspectsPathology() {
        return compareTo(NON_URGENT) >= 0;
    }

    /** @return the higher of the two levels */
    public TriageLevel max(TriageLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** @return the level with this id, if there is one */
    public static Optional<TriageLevel> fromId(String id) {
        return Arrays.stream(values()).filter(level -> level.id.equals(id)).findFirst();
    }
}
