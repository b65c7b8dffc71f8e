package org.physiobench.clinical.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The score of one administration of an instrument.
 *
 * <p>A result is either valid (it has a score) or invalid with a reason, e.g. too many ODI
 * sections skipped. An invalid result may still carry the subscales that could be scored (FABQ). Invalid answers (out of range, wrong count) never get this far: they raise
 * {@link InvalidAnswersException}.
 *
 * @param instrumentId the instrument, e.g. {@code odi}
 * @param score the score, rounded as the instrument defines; {@code null} when invalid
 * @param band the id of the interpretation band of the score, or {@code null} where the
 *        instrument has none
 * @param subscores subscale id to subscale score, in the instrument's order
 * @param subscoreBands subscale id to the id of its band, where the instrument bands the subscale
 * @param reason why the result is invalid; {@code null} when valid
 */
public record ScoreResult(String instrumentId, BigDecimal score, String band, Map<String, BigDecimal> subscores,
        Map<String, String> subscoreBands, String reason) {

    public ScoreResult {
        Objects.requireNonNull(instrumentId, "instrumentId");
        if ((score == null) == (reason == null)) {
            throw new IllegalArgumentException("a score result has either a score or a reason why it has none");
        }
        subscores = Collections.unmodifiableMap(new LinkedHashMap<>(subscores));
        subscoreBands = Collections.unmodifiableMap(new LinkedHashMap<>(subscoreBands));
    }

    /** @return a valid result */
    public static ScoreResult valid(String instrumentId, BigDecimal score, String band,
            Map<String, BigDecimal> subscores, Map<String, String> subscoreBands) {
        return new ScoreResult(instrumentId, Objects.requireNonNull(score, "score"), band, subscores, subscoreBands,
                null);
    }

    /** @return an invalid result: the answers were well-formed but cannot be scored */
    public static ScoreResult invalid(String instrumentId, String reason) {
        return new ScoreResult(instrumentId, null, null, Map.of(), Map.of(), Objects.requireNonNull(reason, "reason"));
    }

    /**
     * @return an invalid result whose subscales were scored all the same, e.g. a FABQ whose work
     *         subscale (its score) is void while the physical-activity subscale is complete
     * @since 1.1
     */
    public static ScoreResult invalid(String instrumentId, String reason, Map<String, BigDecimal> subscores,
            Map<String, String> subscoreBands) {
        return new ScoreResult(instrumentId, null, null, subscores, subscoreBands,
                Objects.requireNonNull(reason, "reason"));
    }

    /** @return whether the answers gave a score */
    public boolean isValid() {
        return score != null;
    }

    /** @return the interpretation band of the score, where the instrument has bands */
    public Optional<String> bandId() {
        return Optional.ofNullable(band);
    }

    /** @return why there is no score, if the result is invalid */
    public Optional<String> invalidReason() {
        return Optional.ofNullable(reason);
    }
}
