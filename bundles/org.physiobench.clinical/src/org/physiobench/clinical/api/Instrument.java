package org.physiobench.clinical.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An outcome instrument: its items, how it is scored and interpreted, its MCID and, where it
 * declares one, its minimal detectable change (MDC). Instruments
 * are contributed through the extension point {@code org.physiobench.instruments}; the built-in
 * ones (nprs, odi, rmdq, startback, fabq, psfs) use it too.
 */
public interface Instrument {

    /** @return the stable id, e.g. {@code odi} */
    String id();

    /** @return the name a therapist reads, e.g. {@code Oswestry Disability Index} */
    String name();

    /** @return the version of the instrument, e.g. {@code 2.1a}, or an empty string */
    String version();

    /** @return the items in published order */
    List<InstrumentItem> items();

    /** @return which way the score moves when the patient improves */
    Direction direction();

    /** @return the declarative scoring rule (an instrument with its own scorer may refine it) */
    Scoring scoring();

    /** @return the subscales, in the instrument's order */
    List<Subscale> subscales();

    /** @return the interpretation bands of the score and the subscales, each ordered by upper bound */
    List<Band> bands();

    /** @return the MCIDs of the score and subscales the instrument defines */
    List<Mcid> mcids();

    /** @return who may reproduce the item texts and under which terms */
    String licence();

    /** @return the citation(s) of the instrument and its scoring rules */
    String source();

    /** @return the symbolic name of the plug-in that contributed the instrument */
    String contributor();

    /**
     * @param subscale a subscale id, or {@code null} for the score
     * @return the MCID of the score (or, for an instrument whose score is a subscale, of that
     *         subscale) or of the given subscale, where the instrument defines one
     */
    Optional<Mcid> mcid(String subscale);

    /**
     * @return the minimal detectable changes (MDC95) of the score and subscales the instrument
     *         defines; empty where it defines none (then no change is judged reliable or not)
     * @since 1.1
     */
    default List<Mdc> mdcs() {
        return List.of();
    }

    /**
     * @param subscale a subscale id, or {@code null} for the score
     * @return the MDC of the score (or, for an instrument whose score is a subscale, of that
     *         subscale) or of the given subscale, where the instrument defines one
     * @since 1.1
     */
    default Optional<Mdc> mdc(String subscale) {
        String target = subscale != null ? subscale : scoring().primarySubscale();
        return mdcs().stream().filter(mdc -> Objects.equals(mdc.subscale(), target)).findFirst();
    }

    /**
     * Scores one administration.
     *
     * @param answers the answers in item order, {@code null} for an unanswered item
     * @return the score, or an invalid result (e.g. too many items skipped)
     * @throws InvalidAnswersException wrong number of answers or a value out of range
     * @throws InstrumentUnavailableException the instrument's contributed scorer is broken
     */
    ScoreResult score(List<Integer> answers);

    /**
     * Scores answers written as on the command line, e.g. {@code 3,2,-,4}.
     *
     * @see Answers#parse(String)
     * @see #score(List)
     */
    default ScoreResult score(String answers) {
        return score(Answers.parse(answers));
    }
}
