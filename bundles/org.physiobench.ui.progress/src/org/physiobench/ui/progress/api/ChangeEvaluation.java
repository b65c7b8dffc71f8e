package org.physiobench.ui.progress.api;

/**
 * How far a patient has come on one instrument score from baseline to the latest
 * administration, judged against the MCID by both rules. "Responder" means a change of at
 * least the MCID in the improving direction, by the absolute or the percentage rule as the
 * instrument defines them; both are reported (Ostelo et al. 2008, Spine 33:90-94).
 *
 * @param baseline the first score of the episode
 * @param latest the most recent score
 * @param improvementPoints the change in points, positive when the patient improved
 * @param improvementPercent the change relative to baseline in percent, positive when the
 *            patient improved; {@code null} when the baseline is 0 (no relative change exists)
 * @param responderByPoints whether {@code improvementPoints >= mcidPoints}
 * @param responderByPercent whether {@code improvementPercent >= mcidPercent}; {@code null}
 *            when the instrument has no percentage rule or the percentage is undefined
 */
public record ChangeEvaluation(double baseline, double latest, double improvementPoints, Double improvementPercent,
        boolean responderByPoints, Boolean responderByPercent) {

    /**
     * Scores are sums and quotients of small integers, so a change meant to equal the MCID can
     * come out a few ulps short (35.6 - 25.6 = 9.999999999999996); a patient exactly at the
     * MCID is a responder, so comparisons allow this much rounding.
     */
    static final double ROUNDING_TOLERANCE = 1e-9;

    /** @return the change from {@code baseline} to {@code latest} on {@code scale}, judged against its MCID */
    public static ChangeEvaluation evaluate(InstrumentScale scale, double baseline, double latest) {
        double points = scale.improvement(baseline, latest);
        Double percent = baseline == 0 ? null : points / Math.abs(baseline) * 100.0;
        boolean byPoints = points + ROUNDING_TOLERANCE >= scale.mcidPoints();
        Boolean byPercent = scale.mcidPercent() == null || percent == null ? null
                : percent + ROUNDING_TOLERANCE >= scale.mcidPercent();
        return new ChangeEvaluation(baseline, latest, points, percent, byPoints, byPercent);
    }

    /** @return whether the patient responded by either rule the instrument defines */
    public boolean responder() {
        return responderByPoints || Boolean.TRUE.equals(responderByPercent);
    }
}
