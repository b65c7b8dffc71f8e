package org.physiobench.clinical.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.physiobench.clinical.api.Band;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.InstrumentScorer;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.clinical.api.Scoring;
import org.physiobench.clinical.api.Subscale;

/**
 * Scores an instrument from its declared rule (sum, mean or percent of the answered maximum),
 * its subscales (sums of item lists) and its bands. Used for every instrument without a
 * {@code class}; instrument-specific scorers may delegate to it.
 *
 * <p>Arithmetic is decimal ({@link BigDecimal}), so 16 / 45 x 100 rounds to exactly 35.6 and
 * no band boundary is missed by binary rounding.
 */
public final class DeclarativeScorer implements InstrumentScorer {

    /** Enough digits for any quotient before it is rounded to the instrument's decimals. */
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public ScoreResult score(Instrument instrument, List<Integer> answers) {
        Scoring scoring = instrument.scoring();
        long skipped = answers.stream().filter(Objects::isNull).count();
        if (skipped > scoring.maxSkipped() && scoring.primary().isEmpty()) {
            return ScoreResult.invalid(instrument.id(), skipped + (skipped == 1 ? " item" : " items")
                    + " unanswered, at most " + scoring.maxSkipped() + " may be");
        }
        if (skipped == answers.size()) {
            return ScoreResult.invalid(instrument.id(), "no item answered");
        }
        if (scoring.primary().isPresent()) {
            return bySubscales(instrument, answers);
        }
        Map<String, BigDecimal> subscores = subscores(instrument, answers);
        BigDecimal score = round(total(instrument, answers), scoring.decimals());
        return ScoreResult.valid(instrument.id(), score, band(instrument.bands(), null, score), subscores,
                subscoreBands(instrument.bands(), subscores));
    }

    /**
     * An instrument without a total (FABQ): each subscale is scored on its own, an unanswered item
     * voids only the subscales it belongs to, and items in no subscale (the FABQ's unscored items)
     * void nothing. The score is the primary subscale; when that one is void the result is invalid
     * but keeps the other subscales.
     */
    private static ScoreResult bySubscales(Instrument instrument, List<Integer> answers) {
        Map<String, BigDecimal> subscores = subscores(instrument, answers);
        Map<String, String> bands = subscoreBands(instrument.bands(), subscores);
        String primary = instrument.scoring().primarySubscale();
        BigDecimal score = subscores.get(primary);
        if (score == null) {
            return ScoreResult.invalid(instrument.id(), "an item of subscale " + primary + " is unanswered",
                    subscores, bands);
        }
        return ScoreResult.valid(instrument.id(), score, band(instrument.bands(), null, score), subscores, bands);
    }

    private static BigDecimal total(Instrument instrument, List<Integer> answers) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal answeredMaximum = BigDecimal.ZERO;
        int answered = 0;
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            if (answer != null) {
                InstrumentItem item = instrument.items().get(i);
                sum = sum.add(BigDecimal.valueOf(answer));
                answeredMaximum = answeredMaximum.add(BigDecimal.valueOf(item.max()));
                answered++;
            }
        }
        return switch (instrument.scoring().method()) {
            case SUM -> sum;
            case MEAN -> sum.divide(BigDecimal.valueOf(answered), PRECISION);
            case PERCENT_OF_ANSWERED_MAXIMUM -> sum.multiply(HUNDRED).divide(answeredMaximum, PRECISION);
        };
    }

    /** Subscales with an unanswered item are left out: a partial sum would understate them. */
    private static Map<String, BigDecimal> subscores(Instrument instrument, List<Integer> answers) {
        Map<String, BigDecimal> subscores = new LinkedHashMap<>();
        for (Subscale subscale : instrument.subscales()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (int number : subscale.items()) {
                Integer answer = number <= answers.size() ? answers.get(number - 1) : null;
                if (answer == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(BigDecimal.valueOf(answer));
            }
            if (complete) {
                subscores.put(subscale.id(), sum);
            }
        }
        return subscores;
    }

    private static Map<String, String> subscoreBands(List<Band> bands, Map<String, BigDecimal> subscores) {
        Map<String, String> result = new LinkedHashMap<>();
        subscores.forEach((id, value) -> {
            String band = band(bands, id, value);
            if (band != null) {
                result.put(id, band);
            }
        });
        return result;
    }

    /**
     * @param subscale the subscale whose bands apply, {@code null} for the score's bands
     * @return the first band (bands are ordered by upper bound) whose upper bound the value does
     *         not exceed, or {@code null} if there are no such bands
     */
    static String band(List<Band> bands, String subscale, BigDecimal value) {
        for (Band band : bands) {
            if (Objects.equals(band.subscale(), subscale) && value.compareTo(band.upTo()) <= 0) {
                return band.id();
            }
        }
        return null;
    }

    static BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
