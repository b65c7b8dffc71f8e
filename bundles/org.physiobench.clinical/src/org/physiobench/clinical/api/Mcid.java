package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The minimal clinically important difference of a score or a subscale: the least change, in
 * the improving direction, that patients perceive as important. An instrument may define it in
 * points, in percent of the baseline, or both (Ostelo et al. 2008, Spine 33:90-94: "absolute OR
 * percentage rule"; both are reported).
 *
 * @param subscale the subscale this MCID applies to, or {@code null} for the score itself
 * @param points the MCID in points, or {@code null} where the instrument defines none
 * @param percent the MCID in percent of the baseline, or {@code null} where the instrument
 *        defines none
 * @param source the citation the numbers come from
 */
public record Mcid(String subscale, BigDecimal points, BigDecimal percent, String source) {

    /** @return the MCID in points, where defined */
    public Optional<BigDecimal> inPoints() {
        return Optional.ofNullable(points);
    }

    /** @return the MCID in percent of the baseline, where defined */
    public Optional<BigDecimal> inPercent() {
        return Optional.ofNullable(percent);
    }
}
