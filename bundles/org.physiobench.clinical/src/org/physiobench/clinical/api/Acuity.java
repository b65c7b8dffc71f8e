package org.physiobench.clinical.api;

import java.util.Optional;

/**
 * How long the low back pain has lasted: acute &lt; 6 weeks (&lt; 42 days), subacute 6-12 weeks
 * (42-84 days), chronic &gt; 12 weeks (&gt; 84 days) (PhysioBench clinical reference, "Guidance for
 * plan suggestions", after the JOSPT 2021 guideline, George et al., doi 10.2519/jospt.2021.0304).
 * Durations are whole days so the boundaries are exact: 41 days is acute, 42 days subacute, 84
 * days still subacute, 85 days chronic.
 *
 * <p>This is the one definition of acuity: the plan suggestions, the findings of a patient's
 * record ({@link SymptomDuration}) and the demo data all use it. The duration is counted from the
 * onset of the pain, else taken from the duration class the therapist recorded - never from the
 * start of the episode of care.
 */
public enum Acuity {

    ACUTE("acute", 0),
    SUBACUTE("subacute", 6 * 7),
    CHRONIC("chronic", 12 * 7 + 1);

    /** Durations shorter than this are acute. */
    public static final int SUBACUTE_FROM_DAYS = 6 * 7;

    /** Durations up to this are subacute; longer ones are chronic. */
    public static final int SUBACUTE_UNTIL_DAYS = 12 * 7;

    private final String id;
    private final int minimumDays;

    Acuity(String id, int minimumDays) {
        this.id = id;
        this.minimumDays = minimumDays;
    }

    /**
     * @return the stable id: acute, subacute, chronic (the literals of the model's duration class
     *         are the same ids)
     */
    public String id() {
        return id;
    }

    /**
     * @return the fewest days of symptoms this acuity means: 0 for acute, 42 for subacute, 85 for
     *         chronic
     */
    public int minimumDays() {
        return minimumDays;
    }

    /** @return the acuity with this id, e.g. a duration class recorded in the model */
    public static Optional<Acuity> fromId(String id) {
        for (Acuity acuity : values()) {
            if (acuity.id.equals(id)) {
                return Optional.of(acuity);
            }
        }
        return Optional.empty();
    }

    /**
     * @param days how long the symptoms have lasted, in whole days
     * @throws IllegalArgumentException if negative
     */
    public static Acuity ofSymptomDurationDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("symptom duration must not be negative: " + days + " days");
        }
        if (days < SUBACUTE_FROM_DAYS) {
            return ACUTE;
        }
        return days <= SUBACUTE_UNTIL_DAYS ? SUBACUTE : CHRONIC;
    }
}
