package org.physiobench.cli.internal;

import org.physiobench.cli.api.Json;
import org.physiobench.clinical.api.Change;
import org.physiobench.clinical.api.ChangeEvaluation;
import org.physiobench.clinical.api.ScoreResult;

/** The JSON the command line prints for scores and changes (field names are its contract). */
final class ResultJson {

    private ResultJson() {
    }

    /**
     * {@code instrument}, {@code score} (null when invalid), {@code band} (absent where the
     * instrument has none), {@code subscores} and {@code subscoreBands} (absent when empty),
     * {@code valid}, and {@code reason} when invalid.
     */
    static Json score(ScoreResult result) {
        Json json = Json.object().put("instrument", result.instrumentId()).put("score", result.score())
                .putIfPresent("band", result.band());
        if (!result.subscores().isEmpty()) {
            json.put("subscores", result.subscores());
        }
        if (!result.subscoreBands().isEmpty()) {
            json.put("subscoreBands", result.subscoreBands());
        }
        return json.put("valid", result.isValid()).putIfPresent("reason", result.reason());
    }

    /**
     * {@code instrument}, the fields of {@link #change(Json, Change)}, {@code subscores} (each with
     * the same fields) where the instrument has subscales, {@code valid}, and {@code reason} when
     * invalid (then every number is null).
     */
    static Json change(ChangeEvaluation evaluation) {
        Json json = change(Json.object().put("instrument", evaluation.instrumentId()), evaluation.score());
        if (!evaluation.subscales().isEmpty()) {
            Json subscores = Json.object();
            evaluation.subscales().forEach((id, change) -> subscores.put(id, change(Json.object(), change)));
            json.put("subscores", subscores);
        }
        return json.put("valid", evaluation.isValid()).putIfPresent("reason", evaluation.reason());
    }

    /**
     * {@code baseline}, {@code followUp}, {@code change} (follow-up minus baseline),
     * {@code percentChange}, {@code improved}, {@code mcidPoints}, {@code mcidPercent} (whether
     * the MCID is met; null where the instrument defines none), {@code mdc} (the minimal detectable
     * change that applies, in points) and {@code reliableChange} (whether the change is at least
     * the MDC; both null where the instrument defines no MDC). Below the MDC, improved and the
     * MCID fields are false: no reliable change.
     */
    private static Json change(Json json, Change change) {
        if (change == null) {
            return json.put("baseline", null).put("followUp", null).put("change", null).put("percentChange", null)
                    .put("improved", null).put("mcidPoints", null).put("mcidPercent", null).put("mdc", null)
                    .put("reliableChange", null);
        }
        return json.put("baseline", change.baseline()).put("followUp", change.followUp()).put("change", change.change())
                .put("percentChange", change.percentChange()).put("improved", change.improved())
                .put("mcidPoints", change.mcidPointsMet()).put("mcidPercent", change.mcidPercentMet())
                .put("mdc", change.mdc()).put("reliableChange", change.reliableChange());
    }
}
