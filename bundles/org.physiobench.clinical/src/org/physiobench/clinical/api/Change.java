package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of one score (or subscale) between a baseline and a follow-up administration.
 *
 * <p>Where the instrument defines a minimal detectable change (MDC95), a change smaller than it
 * is "no reliable change" ({@code reliableChange} false): it lies within measurement error
 * whatever its percentage, so it is never an improvement, never meets an MCID and never makes a
 * responder. A change of at least the MDC, in either direction, is reliable.
 *
 * @param baseline the baseline score
 * @param followUp the follow-up score
 * @param change follow-up minus baseline (negative when a score falls)
 * @param percentChange the change in percent of the baseline, rounded to 1 decimal; {@code null}
 *        when the baseline is 0 (undefined)
 * @param improved whether the score moved in the instrument's improving direction - reliably,
 *        where the instrument defines an MDC
 * @param mcidPointsMet whether the improvement is reliable and at least the MCID in points;
 *        {@code null} where the instrument defines no MCID in points
 * @param mcidPercentMet whether the improvement is reliable and at least the MCID in percent of
 *        the baseline; {@code null} where the instrument defines none or the baseline is 0
 * @param mdc the minimal detectable change that applies, in points; {@code null} where the
 *        instrument defines none
 * @param reliableChange whether the change, in either direction, is at least the MDC;
 *        {@code null} where the instrument defines no MDC (then reliability is not judged)
 */
public record Change(BigDecimal baseline, BigDecimal followUp, BigDecimal change, BigDecimal percentChange,
        boolean improved, Boolean mcidPointsMet, Boolean mcidPercentMet, BigDecimal mdc, Boolean reliableChange) {

    public Change {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(change, "change");
        if ((mdc == null) != (reliableChange == null)) {
            throw new IllegalArgumentException("reliability is judged exactly where an MDC is given");
        }
        if (Boolean.FALSE.equals(reliableChange)
                && (improved || Boolean.TRUE.equals(mcidPointsMet) || Boolean.TRUE.equals(mcidPercentMet))) {
            throw new IllegalArgumentException("a change within the MDC is neither an improvement nor a response");
        }
    }

    /**
     * A change of an instrument without an MDC (the 1.0 constructor): reliability not judged.
     */
    public Change(BigDecimal baseline, BigDecimal followUp, BigDecimal change, BigDecimal percentChange,
            boolean improved, Boolean mcidPointsMet, Boolean mcidPercentMet) {
        this(baseline, followUp, change, percentChange, improved, mcidPointsMet, mcidPercentMet, null, null);
    }

    /**
     * @return whether the patient is a responder: a reliable change that meets the MCID by points
     *         OR by percent, as the instrument defines them (Ostelo et al. 2008)
     */
    public boolean responder() {
        return Boolean.TRUE.equals(mcidPointsMet) || Boolean.TRUE.equals(mcidPercentMet);
    }

    /**
     * @return whether the change is smaller than the instrument's MDC: within measurement error
     *         ({@code false} where the change is reliable or the instrument defines no MDC)
     * @since 1.1
     */
    public boolean withinMeasurementError() {
        return Boolean.FALSE.equals(reliableChange);
    }
}
