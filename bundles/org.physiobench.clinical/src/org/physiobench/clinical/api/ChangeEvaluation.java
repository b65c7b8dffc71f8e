package org.physiobench.clinical.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Change between two administrations of one instrument: of the score and of each subscale both
 * administrations have. Invalid when either administration has no score; the reason says which.
 *
 * @param instrumentId the instrument
 * @param score the change of the score; {@code null} when invalid
 * @param subscales subscale id to its change (FABQ: physicalActivity, work)
 * @param reason why there is no change; {@code null} when valid
 */
public record ChangeEvaluation(String instrumentId, Change score, Map<String, Change> subscales, String reason) {

    public ChangeEvaluation {
        Objects.requireNonNull(instrumentId, "instrumentId");
        if ((score == null) == (reason == null)) {
            throw new IllegalArgumentException("a change evaluation has either a change or a reason why it has none");
        }
        subscales = Collections.unmodifiableMap(new LinkedHashMap<>(subscales));
    }

    /** @return whether both administrations were scored */
    public boolean isValid() {
        return score != null;
    }

    /** @return why there is no change, if invalid */
    public Optional<String> invalidReason() {
        return Optional.ofNullable(reason);
    }
}
