package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the change between two administrations of an instrument: change (follow-up minus
 * baseline), percent change, whether it is an improvement (direction-aware: a decrease on pain and
 * disability scales, an increase on the PSFS) and whether the improvement reaches the MCID by
 * points and by percent (Ostelo et al. 2008, Spine 33:90-94: "absolute OR percentage rule";
 * both are reported).
 *
 * <p>Computed from the reported (rounded) scores, so the numbers a therapist sees add up. An
 * improvement of exactly the MCID meets it (change &gt;= MCID).
 */
public final class ChangeEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_DECIMALS = 1;

    private ChangeEvaluator() {
    }

    /**
     * @param instrument the instrument both administrations belong to
     * @param baseline the first administration's answers, in item order
     * @param followUp the later administration's answers
     * @throws InvalidAnswersException if either set of answers is malformed (the message says which)
     */
    public static ChangeEvaluation evaluate(Instrument instrument, List<Integer> baseline,
            List<Integer> followUp) {
        return evaluate(instrument, scored(instrument, baseline, "baseline"), scored(instrument, followUp, "follow-up"));
    }

    /** Compares two scores of {@code instrument}. */
    public static ChangeEvaluation evaluate(Instrument instrument, ScoreResult baseline, ScoreResult followUp) {
        if (!baseline.isValid()) {
            return new ChangeEvaluation(instrument.id(), null, Map.of(), "baseline: " + baseline.reason());
        }
        if (!followUp.isValid()) {
            return new ChangeEvaluation(instrument.id(), null, Map.of(), "follow-up: " + followUp.reason());
        }
        Change score = change(instrument, instrument.mcid(null), baseline.score(), followUp.score());
        Map<String, Change> subscales = new LinkedHashMap<>();
        baseline.subscores().forEach((subscale, before) -> {
            BigDecimal after = followUp.subscores().get(subscale);
            if (after != null) {
                subscales.put(subscale, change(instrument, instrument.mcid(subscale), before, after));
            }
        });
        return new ChangeEvaluation(instrument.id(), score, subscales, null);
    }

    private static ScoreResult scored(Instrument instrument, List<Integer> answers, String which) {
        try {
            return instrument.score(answers);
        } catch (InvalidAnswersException e) {
            throw new InvalidAnswersException(which + ": " + e.getMessage());
        }
    }

    static Change change(Instrument instrument, Optional<Mcid> mcid, BigDecimal baseline, BigDecimal followUp) {
        BigDecimal change = followUp.subtract(baseline);
        BigDecimal improvement = instrument.direction() == Direction.DECREASE ? change.negate() : change;
        BigDecimal percentChange = baseline.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(baseline, MathContext.DECIMAL64).setScale(PERCENT_DECIMALS,
                        RoundingMode.HALF_UP);
        Boolean byPoints = mcid.flatMap(Mcid::inPoints).map(points -> improvement.compareTo(points) >= 0).orElse(null);
        Boolean byPercent = baseline.signum() == 0 ? null
                : mcid.flatMap(Mcid::inPercent)
                        // improvement / |baseline| >= percent / 100, without dividing (exact)
                        .map(percent -> improvement.multiply(HUNDRED).compareTo(percent.multiply(baseline.abs())) >= 0)
                        .orElse(null);
        return new Change(baseline, followUp, change, percentChange, improvement.signum() > 0, byPoints, byPercent);
    }
}
