package org.physiobench.ui.progress.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.clinical.api.ScoringMethod;
import org.physiobench.clinical.api.Subscale;

/**
 * The chartable scores of the instruments installed in the clinical instrument registry:
 * per instrument its reported score ({@value InstrumentScale#TOTAL}) and each subscale other
 * than the one reported as the score (FABQ reports its work subscale). Built-in and
 * third-party instruments alike, so a newly installed instrument is charted without a change
 * here.
 */
public final class ClinicalScales {

    /** Outcome measures first, screens last; instruments not named here follow by id. */
    private static final List<String> DISPLAY_ORDER = List.of("odi", "nprs", "rmdq", "psfs", "fabq", "startback");
    /**
     * The scales of each instrument seen: an instrument is immutable, and its ranges are found
     * by scoring it twice per score, which the Progress view would otherwise repeat whenever it
     * asks for the scales (several times per patient opened). Weak keys: an instrument the
     * registry dropped (its bundle uninstalled) is not kept alive.
     */
    private static final Map<Instrument, List<InstrumentScale>> SCALES = Collections.synchronizedMap(new WeakHashMap<>());

    private ClinicalScales() {
    }

    /** @return a provider of the scales of every instrument installed in the running platform */
    public static InstrumentScaleProvider installed() {
        return () -> of(Instruments.registry());
    }

    /** @return the scales of the instruments in {@code registry}, in display order */
    public static List<InstrumentScale> of(InstrumentRegistry registry) {
        List<InstrumentScale> scales = new ArrayList<>();
        registry.instruments().stream().sorted(displayOrder()).forEach(instrument -> {
            try {
                scales.addAll(SCALES.computeIfAbsent(instrument, ClinicalScales::scalesOf));
            } catch (RuntimeException e) {
                // a contributed instrument with an impossible range must not take the view down
                ILog.of(ClinicalScales.class).warn("Instrument " + instrument.id() + " of " + instrument.contributor()
                        + " is not charted: " + e.getMessage(), e);
            }
        });
        return List.copyOf(scales);
    }

    /** @return the scale of {@code instrumentId}'s {@code scoreId} in {@code scales}, if there is one */
    public static Optional<InstrumentScale> find(List<InstrumentScale> scales, String instrumentId, String scoreId) {
        return scales.stream().filter(s -> s.instrumentId().equals(instrumentId) && s.scoreId().equals(scoreId)).findFirst();
    }

    private static List<InstrumentScale> scalesOf(Instrument instrument) {
        List<InstrumentScale> scales = new ArrayList<>();
        String primary = instrument.scoring().primary().orElse(null);
        String totalName = primary == null ? instrument.name() : instrument.name() + " - " + subscaleName(instrument, primary);
        double[] total = range(instrument, ScoreResult::score);
        scales.add(new InstrumentScale(instrument, InstrumentScale.TOTAL, totalName, unit(instrument), total[0], total[1]));
        for (Subscale subscale : instrument.subscales()) {
            if (subscale.id().equals(primary)) {
                continue; // already charted as the instrument's score
            }
            double[] range = range(instrument, result -> result.subscores().get(subscale.id()));
            scales.add(new InstrumentScale(instrument, subscale.id(), instrument.name() + " - " + subscale.name(), "points",
                    range[0], range[1]));
        }
        return List.copyOf(scales);
    }

    private static String subscaleName(Instrument instrument, String id) {
        return instrument.subscales().stream().filter(s -> s.id().equals(id)).map(Subscale::name).findFirst().orElse(id);
    }

    private static String unit(Instrument instrument) {
        return instrument.scoring().method() == ScoringMethod.PERCENT_OF_ANSWERED_MAXIMUM ? "%" : "points";
    }

    /**
     * The range of a score: the instrument's own scorer applied to every item at its lowest and
     * at its highest answer, so a scorer with its own rules (STarT Back counts item 9 as 0 or 1)
     * gives its true range. Scores rise with every item's answer in all instruments shipped.
     */
    private static double[] range(Instrument instrument, Function<ScoreResult, BigDecimal> score) {
        List<Integer> lowest = instrument.items().stream().map(InstrumentItem::min).toList();
        List<Integer> highest = instrument.items().stream().map(InstrumentItem::max).toList();
        BigDecimal low = score.apply(instrument.score(lowest));
        BigDecimal high = score.apply(instrument.score(highest));
        if (low == null || high == null) {
            throw new IllegalStateException("its scorer gives no value for every item at its lowest or highest answer");
        }
        return new double[] { Math.min(low.doubleValue(), high.doubleValue()), Math.max(low.doubleValue(), high.doubleValue()) };
    }

    private static Comparator<Instrument> displayOrder() {
        return Comparator.comparing((Instrument instrument) -> {
            int index = DISPLAY_ORDER.indexOf(instrument.id());
            return index < 0 ? DISPLAY_ORDER.size() : index;
        }).thenComparing(Instrument::id);
    }
}
