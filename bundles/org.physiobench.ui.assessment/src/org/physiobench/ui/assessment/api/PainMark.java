package org.physiobench.ui.assessment.api;

/** How a body-chart region is marked. */
public enum PainMark {
    /** Not painful. */
    NONE,
    /** Pain felt in the region. */
    PAIN,
    /**
     * Pain radiating into the region from the back. The clinical model records radiation only
     * as "radiates below the knee" ({@code PainDescription.radiatesBelowKnee}), so only the
     * regions below the knee (lower leg, foot) can carry this mark.
     */
    RADIATING
}
