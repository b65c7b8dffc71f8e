package org.physiobench.ui.progress.api;

import java.util.List;
import java.util.Optional;

/**
 * The outcome scales of the PhysioBench clinical reference for low back pain, for the
 * progress view until the clinical bundle's instrument definitions feed it, and for tests
 * and demos. Instrument ids are the lower-case abbreviations.
 * <p>
 * Sources: NPRS, ODI and RMDQ MCIDs from Ostelo et al. 2008 (Spine 33:90-94); FABQ MCIDs
 * from Monticone et al. 2020; PSFS MCID 1.4 from Maughan and Lewis 2010. STarT Back is a
 * risk screen without an MCID and is not charted as an outcome.
 */
public final class ReferenceScales {

    /** Numeric pain rating scale 0-10; MCID 2 points or 30 % (Ostelo 2008). */
    public static final InstrumentScale NPRS = new InstrumentScale("nprs", InstrumentScale.TOTAL, "NPRS (pain)",
            "points", 0, 10, true, 2, 30.0);

    /** Oswestry Disability Index 0-100 %; MCID 10 points or 30 % (Ostelo 2008). */
    public static final InstrumentScale ODI = new InstrumentScale("odi", InstrumentScale.TOTAL, "ODI (disability)",
            "%", 0, 100, true, 10, 30.0);

    /** Roland-Morris Disability Questionnaire 0-24; MCID 5 points or 30 % (Ostelo 2008). */
    public static final InstrumentScale RMDQ = new InstrumentScale("rmdq", InstrumentScale.TOTAL, "RMDQ (disability)",
            "points", 0, 24, true, 5, 30.0);

    /** FABQ physical activity subscale 0-24; MCID 4 points (Monticone 2020). */
    public static final InstrumentScale FABQ_PA = new InstrumentScale("fabq", "fabq-pa", "FABQ physical activity",
            "points", 0, 24, true, 4, null);

    /** FABQ work subscale 0-42; MCID 7 points (Monticone 2020). */
    public static final InstrumentScale FABQ_W = new InstrumentScale("fabq", "fabq-w", "FABQ work", "points", 0, 42,
            true, 7, null);

    /** Patient-specific functional scale, mean 0-10, higher is better; MCID 1.4 (Maughan and Lewis 2010). */
    public static final InstrumentScale PSFS = new InstrumentScale("psfs", InstrumentScale.TOTAL, "PSFS (function)",
            "points", 0, 10, false, 1.4, null);

    /** All of them, in the order the chart shows them. */
    public static final List<InstrumentScale> ALL = List.of(ODI, NPRS, RMDQ, PSFS, FABQ_PA, FABQ_W);

    private ReferenceScales() {
    }

    /** @return the reference scales as a provider */
    public static InstrumentScaleProvider provider() {
        return () -> ALL;
    }

    /** @return the reference scale of {@code instrumentId}'s {@code scoreId}, if there is one */
    public static Optional<InstrumentScale> find(String instrumentId, String scoreId) {
        return ALL.stream().filter(s -> s.instrumentId().equals(instrumentId) && s.scoreId().equals(scoreId)).findFirst();
    }
}
