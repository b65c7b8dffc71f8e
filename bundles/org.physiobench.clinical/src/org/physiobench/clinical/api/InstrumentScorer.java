package org.physiobench.clinical.api;

import java.util.List;

/**
 * Scores an instrument whose rules cannot be declared in {@code plugin.xml}, e.g. the STarT Back
 * Screening Tool (item 9 scores 1 only for "very much" or "extremely"; the risk group depends
 * on the total and the psychosocial subscale). Named in the {@code class} attribute of an
 * {@code <instrument>} and created on first use.
 *
 * <p>Implementations must be stateless and thread-safe: one instance scores every
 * administration. An exception thrown here is logged with the contributing plug-in and reported
 * to the caller as "instrument unavailable"; it never takes the application down.
 */
public interface InstrumentScorer {

    /**
     * @param instrument the instrument's definition (items, subscales, bands, scoring rule)
     * @param answers the answers in item order, already checked against the definition: one per
     *        item except trailing optional items, each in its item's range, {@code null} for an
     *        item left unanswered
     * @return the score, or an invalid result with its reason (e.g. too many items skipped)
     */
    ScoreResult score(Instrument instrument, List<Integer> answers);
}
