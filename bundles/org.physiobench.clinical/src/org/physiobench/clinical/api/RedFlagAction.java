package org.physiobench.clinical.api;

/**
 * What a positive red flag requires. Every red flag of the AHCPR guideline (Bigos et al. 1994)
 * needs medical referral before physiotherapy treatment.
 */
public enum RedFlagAction {

    /** Refer the patient for medical assessment; do not start treatment before it. */
    REFER_BEFORE_TREATMENT("refer-before-treatment");

    private final String id;

    RedFlagAction(String id) {
        this.id = id;
    }

    /** @return the stable id, e.g. {@code refer-before-treatment} */
    public String id() {
        return id;
    }
}
