package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of one score (or subscale) between a baseline and a follow-up administration.
 *
 * @param baseline the baseline score
 * @param followUp the follow-up score
 * @param change follow-up minus baseline (negative when a score falls)
 * @param percentChange the change in percent of the baseline, rounded to 1 decimal; {@code null}
 *        when the baseline is 0 (undefined)
 * @param improved whether the score moved in the instrument's improving direction
 * @param mcidPointsMet whether the improvement is at least the MCID in points; {@code null} where
 *        the instrument defines no MCID in points
 * @param mcidPercentMet whether the improvement is at least the MCID in percent of the baseline;
 *        {@code null} where the instrument defines none or the baseline is 0
 */
public record Change(BigDecimal baseline, BigDecimal followUp, BigDecimal change, BigDecimal percentChange,
        boolean improved, Boolean mcidPointsMet, Boolean mcidPercentMet) {

    public Change {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(change, "change");
    }

    /**
     * @return whether the patient is a responder: MCID met by points OR by percent, as the
     *         instrument defines them (Ostelo et al. 2008)
     */
    public boolean responder() {
        return Boolean.TRUE.equals(mcidPointsMet) || Boolean.TRUE.equals(mcidPercentMet);
    }
}
