package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the change between two administrations of an instrument: change (follow-up minus
 * baseline), percent change, whether it is reliable (at least the instrument's minimal detectable
 * change, MDC95, where it defines one), whether it is an improvement (direction-aware: a decrease
 * on pain and disability scales, an increase on the PSFS) and whether the improvement reaches the
 * MCID by points and by percent (Ostelo et al. 2008, Spine 33:90-94: "absolute OR percentage
 * rule"; both are reported).
 *
 * <p>A change smaller than the MDC is "no reliable change" whatever its percentage (NPRS 2 to 1
 * is 50 %, but within measurement error): it is then neither improved nor an MCID met. A change
 * of exactly the MDC is reliable, and an improvement of exactly the MCID meets it (change &gt;=
 * MDC, &gt;= MCID).
 *
 * <p>Computed from the reported (rounded) scores, so the numbers a therapist sees add up. For an
 * instrument whose scoring rule pairs items ({@link Scoring#pairedItems()}, the PSFS), the
 * answer-based methods compare only the items answered at both administrations.
 */
public final class ChangeEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_DECIMALS = 1;
    /** Items compared when whole scores are compared (the MDC in points applies). */
    private static final int WHOLE_SCORES = 0;

    private ChangeEvaluator() {
    }

    /**
     * @param instrument the instrument both administrations belong to
     * @param baseline the first administration's answers, in item order
     * @param followUp the later administration's answers. For an instrument that pairs items
     *        (PSFS), item N of both lists is the same activity, and an item answered in only one
     *        of them (written {@code -}, or left out at the end) is not compared
     * @throws InvalidAnswersException if either set of answers is malformed (the message says which)
     */
    public static ChangeEvaluation evaluate(Instrument instrument, List<Integer> baseline,
            List<Integer> followUp) {
        ScoreResult before = scored(instrument, baseline, "baseline");
        ScoreResult after = scored(instrument, followUp, "follow-up");
        if (!instrument.scoring().pairedItems()) {
            return evaluate(instrument, before, after);
        }
        List<Integer> commonBefore = new ArrayList<>();
        List<Integer> commonAfter = new ArrayList<>();
        for (int i = 0; i < Math.min(baseline.size(), followUp.size()); i++) {
            if (baseline.get(i) != null && followUp.get(i) != null) {
                commonBefore.add(baseline.get(i));
                commonAfter.add(followUp.get(i));
            }
        }
        return paired(instrument, commonBefore, commonAfter);
    }

    /**
     * Compares two administrations of an instrument whose items are named at each administration,
     * e.g. the PSFS, whose patient names the activities: only the items named and answered at both
     * administrations are compared, matched by name (ignoring case and surrounding spaces), in the
     * baseline's order. The MDC for one item applies when only one item is compared.
     *
     * @param baseline item name to answer ({@code null} = not answered), in the order asked
     * @param followUp the same for the later administration
     * @throws InvalidAnswersException if the instrument does not pair items, a name is blank or
     *         given twice, there are more items than the instrument has, or an answer is out of range
     * @since 1.1
     */
    public static ChangeEvaluation evaluateByItemName(Instrument instrument, Map<String, Integer> baseline,
            Map<String, Integer> followUp) {
        if (!instrument.scoring().pairedItems()) {
            throw new InvalidAnswersException(instrument.id() + ": its items are not named per administration, "
                    + "so they cannot be matched by name");
        }
        Map<String, Integer> before = byName(instrument, baseline, "baseline");
        Map<String, Integer> after = byName(instrument, followUp, "follow-up");
        List<Integer> commonBefore = new ArrayList<>();
        List<Integer> commonAfter = new ArrayList<>();
        before.forEach((name, answer) -> {
            Integer later = after.get(name);
            if (answer != null && later != null) {
                commonBefore.add(answer);
                commonAfter.add(later);
            }
        });
        return paired(instrument, commonBefore, commonAfter);
    }

    /**
     * Compares two scores of {@code instrument} as they are. Subscales scored at both
     * administrations are compared even when the score itself is missing from one of them (FABQ:
     * a void work subscale leaves the physical-activity subscale to compare).
     */
    public static ChangeEvaluation evaluate(Instrument instrument, ScoreResult baseline, ScoreResult followUp) {
        Map<String, Change> subscales = new LinkedHashMap<>();
        baseline.subscores().forEach((subscale, before) -> {
            BigDecimal after = followUp.subscores().get(subscale);
            if (after != null) {
                subscales.put(subscale, change(instrument, subscale, WHOLE_SCORES, before, after));
            }
        });
        if (!baseline.isValid()) {
            return new ChangeEvaluation(instrument.id(), null, subscales, "baseline: " + baseline.reason());
        }
        if (!followUp.isValid()) {
            return new ChangeEvaluation(instrument.id(), null, subscales, "follow-up: " + followUp.reason());
        }
        Change score = change(instrument, null, WHOLE_SCORES, baseline.score(), followUp.score());
        return new ChangeEvaluation(instrument.id(), score, subscales, null);
    }

    private static ChangeEvaluation paired(Instrument instrument, List<Integer> baseline, List<Integer> followUp) {
        if (baseline.isEmpty()) {
            return new ChangeEvaluation(instrument.id(), null, Map.of(),
                    "no item answered at both administrations, so there is nothing to compare");
        }
        ScoreResult before = scored(instrument, baseline, "baseline");
        ScoreResult after = scored(instrument, followUp, "follow-up");
        if (!before.isValid() || !after.isValid()) {
            return evaluate(instrument, before, after);
        }
        Change score = change(instrument, null, baseline.size(), before.score(), after.score());
        return new ChangeEvaluation(instrument.id(), score, Map.of(), null);
    }

    private static Map<String, Integer> byName(Instrument instrument, Map<String, Integer> answers, String which) {
        if (answers.size() > instrument.items().size()) {
            throw new InvalidAnswersException(which + ": " + instrument.id() + ": " + answers.size()
                    + " items named, but it has " + instrument.items().size());
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        int position = 0;
        for (Map.Entry<String, Integer> entry : answers.entrySet()) {
            InstrumentItem item = instrument.items().get(position++);
            String name = entry.getKey() == null ? "" : entry.getKey().strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new InvalidAnswersException(which + ": " + instrument.id() + ": item " + item.number()
                        + " has no name");
            }
            if (byName.containsKey(name)) {
                throw new InvalidAnswersException(which + ": " + instrument.id() + ": '" + entry.getKey().strip()
                        + "' is named twice");
            }
            Integer answer = entry.getValue();
            if (answer != null && (answer < item.min() || answer > item.max())) {
                throw new InvalidAnswersException(which + ": " + instrument.id() + ": '" + entry.getKey().strip()
                        + "' is " + answer + ", but must be " + item.min() + "-" + item.max());
            }
            byName.put(name, answer);
        }
        return Collections.unmodifiableMap(byName);
    }

    private static ScoreResult scored(Instrument instrument, List<Integer> answers, String which) {
        try {
            return instrument.score(answers);
        } catch (InvalidAnswersException e) {
            throw new InvalidAnswersException(which + ": " + e.getMessage());
        }
    }

    /**
     * @param subscale the subscale, {@code null} for the score
     * @param itemsCompared the number of items a paired change rests on, 0 for whole scores
     */
    static Change change(Instrument instrument, String subscale, int itemsCompared, BigDecimal baseline,
            BigDecimal followUp) {
        Optional<Mcid> mcid = instrument.mcid(subscale);
        BigDecimal mdc = instrument.mdc(subscale).map(m -> m.pointsFor(itemsCompared)).orElse(null);
        BigDecimal change = followUp.subtract(baseline);
        BigDecimal improvement = instrument.direction() == Direction.DECREASE ? change.negate() : change;
        BigDecimal percentChange = baseline.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(baseline, MathContext.DECIMAL64).setScale(PERCENT_DECIMALS,
                        RoundingMode.HALF_UP);
        Boolean reliable = mdc == null ? null : change.abs().compareTo(mdc) >= 0;
        boolean withinError = Boolean.FALSE.equals(reliable);
        Boolean byPoints = mcid.flatMap(Mcid::inPoints)
                .map(points -> !withinError && improvement.compareTo(points) >= 0).orElse(null);
        Boolean byPercent = baseline.signum() == 0 ? null
                : mcid.flatMap(Mcid::inPercent)
                        // improvement / |baseline| >= percent / 100, without dividing (exact)
                        .map(percent -> !withinError
                                && improvement.multiply(HUNDRED).compareTo(percent.multiply(baseline.abs())) >= 0)
                        .orElse(null);
        return new Change(baseline, followUp, change, percentChange, !withinError && improvement.signum() > 0,
                byPoints, byPercent, mdc, reliable);
    }
}
