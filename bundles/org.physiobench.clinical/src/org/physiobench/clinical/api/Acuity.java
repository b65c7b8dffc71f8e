package org.physiobench.clinical.api;

/**
 * How long the low back pain has lasted: acute &lt; 6 weeks, subacute 6-12 weeks, chronic &gt; 12
 * weeks (PhysioBench clinical reference, intake and assessment). Durations are whole days so the
 * boundaries are exact: 6 weeks (42 days) is subacute, 12 weeks (84 days) is still subacute,
 * 85 days is chronic.
 */
public enum Acuity {

    ACUTE("acute"),
    SUBACUTE("subacute"),
    CHRONIC("chronic");

    /** Durations shorter than this are acute. */
    public static final int SUBACUTE_FROM_DAYS = 6 * 7;

    /** Durations up to this are subacute; longer ones are chronic. */
    public static final int SUBACUTE_UNTIL_DAYS = 12 * 7;

    private final String id;

    Acuity(String id) {
        this.id = id;
    }

    /** @return the stable id: acute, subacute, chronic */
    public String id() {
        return id;
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
