package org.physiobench.ui.progress.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.physiobench.clinical.api.Change;
import org.physiobench.clinical.api.ChangeEvaluation;
import org.physiobench.clinical.api.ChangeEvaluator;
import org.physiobench.clinical.api.Direction;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.clinical.api.Mdc;
import org.physiobench.clinical.api.ScoreResult;

/**
 * One score of an installed outcome instrument as the progress chart draws it: the
 * instrument (its direction and MCIDs, which stay in the clinical bundle), which of its
 * scores ({@value #TOTAL} or a subscale id), a name, a unit and the score's range.
 *
 * <p>Change and responder status are not computed here: {@link #change(double, double)} asks
 * the clinical {@link ChangeEvaluator}, so the workbench and the command line judge a change
 * by the same rule.
 *
 * @param instrument the installed instrument
 * @param scoreId {@value #TOTAL} for the instrument's reported score, else a subscale id as
 *            recorded in the administration's scores (e.g. {@code psychosocial})
 * @param name the name shown to the therapist, e.g. {@code ODI (Oswestry Disability Index)}
 * @param unit the unit of the score, e.g. {@code %} or {@code points}
 * @param min the lowest possible score
 * @param max the highest possible score
 */
public record InstrumentScale(Instrument instrument, String scoreId, String name, String unit, double min, double max) {

    /** The score id of an instrument's reported score; a plan goal naming the instrument refers to it. */
    public static final String TOTAL = "total";

    public InstrumentScale {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(scoreId, "scoreId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (!(min < max)) {
            throw new IllegalArgumentException(name + ": the range " + min + " to " + max + " is empty");
        }
    }

    /** @return the instrument's id as recorded in administrations, e.g. {@code odi} */
    public String instrumentId() {
        return instrument.id();
    }

    /** @return whether this is the instrument's reported score rather than a subscale */
    public boolean isTotal() {
        return TOTAL.equals(scoreId);
    }

    /** @return {@code true} when improvement is a decrease (pain and disability scales) */
    public boolean lowerIsBetter() {
        return instrument.direction() == Direction.DECREASE;
    }

    /** @return the instrument's MCID for this score, if it defines one (STarT Back, a risk screen, has none) */
    public Optional<Mcid> mcid() {
        return instrument.mcid(isTotal() ? null : scoreId);
    }

    /**
     * @return the instrument's minimal detectable change for this score, if it defines one
     *         (below it a change is "no reliable change")
     */
    public Optional<Mdc> mdc() {
        return instrument.mdc(isTotal() ? null : scoreId);
    }

    /** @return whether {@code value} lies within the score's range */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * @return the score a patient must reach from {@code baseline} to have changed by the MCID
     *         in points in the improving direction; empty when the instrument defines no MCID in
     *         points for this score (may lie outside the range when the baseline leaves no room)
     */
    public OptionalDouble mcidThreshold(double baseline) {
        Optional<BigDecimal> points = mcid().flatMap(Mcid::inPoints);
        if (points.isEmpty()) {
            return OptionalDouble.empty();
        }
        double mcid = points.get().doubleValue();
        return OptionalDouble.of(lowerIsBetter() ? baseline - mcid : baseline + mcid);
    }

    /**
     * @return how far {@code to} is beyond {@code from} in the improving direction (positive:
     *         better); used for the distance to a goal, not for responder status
     */
    public double improvement(double from, double to) {
        return lowerIsBetter() ? from - to : to - from;
    }

    /**
     * Judges the change from {@code baseline} to {@code followUp} with the clinical
     * {@link ChangeEvaluator}: change = follow-up - baseline (ODI 44 to 22 is -22), improved in
     * the instrument's direction, MCID met by points and by percent, reliable where the
     * instrument defines an MDC (the MDC for the mean of several items applies to a PSFS score).
     */
    public Change change(double baseline, double followUp) {
        ChangeEvaluation evaluation = ChangeEvaluator.evaluate(instrument, scored(baseline), scored(followUp));
        Change change = isTotal() ? evaluation.score() : evaluation.subscales().get(scoreId);
        if (change == null) {
            // cannot happen: both results are valid and carry the subscale
            throw new IllegalStateException(name + ": no change for " + scoreId + " - " + evaluation.invalidReason().orElse(""));
        }
        return change;
    }

    /** @return whether a plan goal naming {@code goalInstrumentId} is measured by this score */
    public boolean measuresGoalOf(String goalInstrumentId) {
        return instrumentId().equals(goalInstrumentId) && isTotal();
    }

    /** A recorded score as the clinical evaluator takes it (recorded scores are already rounded). */
    private ScoreResult scored(double value) {
        BigDecimal score = BigDecimal.valueOf(value);
        return ScoreResult.valid(instrumentId(), score, null, isTotal() ? Map.of() : Map.of(scoreId, score), Map.of());
    }
}
