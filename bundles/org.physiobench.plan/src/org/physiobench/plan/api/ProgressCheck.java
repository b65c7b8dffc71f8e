package org.physiobench.plan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.physiobench.clinical.api.Change;
import org.physiobench.clinical.api.ChangeEvaluator;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;

/**
 * Whether an episode is improving on its main measure: an episode that has not reached the MCID
 * on its main measure by 4-6 weeks is flagged for the therapist to reconsider the plan or refer
 * (clinical reference, "Guidance for plan suggestions"; JOSPT 2021 guideline, George et al., doi
 * 10.2519/jospt.2021.0304; NICE NG59). Reads the model only.
 *
 * <p>The rule, exactly:
 * <ul>
 * <li>Baseline: the earliest date on which the episode has a recorded score ({@code total}) of an
 * outcome instrument with an MCID of its score.</li>
 * <li>Main measure: the first of {@link #MAIN_MEASURE_PREFERENCE} (disability before pain: ODI,
 * RMDQ, NPRS, PSFS), then any other instrument with an MCID of its score by id (the FABQ, a
 * fear-avoidance questionnaire, is never the main measure), that was scored on the baseline
 * date. Its baseline value is its first score on that date.</li>
 * <li>Latest: its last recorded score. While the latest is fewer than
 * {@value #NOT_IMPROVING_FROM_DAYS} days after the baseline it is too early to judge.</li>
 * <li>From day {@value #NOT_IMPROVING_FROM_DAYS}: the change from baseline to latest is judged by
 * the clinical {@link ChangeEvaluator}; a reliable improvement of at least the MCID, by points or
 * by percent, has reached it; anything else is "not improving". The prompt stays until a later
 * score reaches the MCID: after 6 weeks the episode is no less in need of a decision.</li>
 * </ul>
 */
public final class ProgressCheck {

    /** The day after baseline from which a change below the MCID is "not improving" (4 weeks). */
    public static final int NOT_IMPROVING_FROM_DAYS = 28;

    /** The instruments tried first, in this order, as the episode's main measure. */
    public static final List<String> MAIN_MEASURE_PREFERENCE = List.of("odi", "rmdq", "nprs", "psfs");

    /** The recorded score id of an instrument's reported score. */
    static final String TOTAL = "total";
    private static final String FABQ = "fabq";

    /** Where an episode stands on its main measure. */
    public enum Status {
        /** No outcome instrument with an MCID was scored: nothing to judge. */
        NO_MAIN_MEASURE,
        /** The latest score is fewer than 28 days after the baseline. */
        TOO_EARLY,
        /** The change from baseline to the latest score reaches the MCID. */
        REACHED_MCID,
        /** 28 days or more after the baseline, the change does not reach the MCID. */
        NOT_IMPROVING
    }

    /**
     * The judgement of one episode.
     *
     * @param status where the episode stands
     * @param instrumentId the main measure, or {@code null} with {@link Status#NO_MAIN_MEASURE}
     * @param baselineDate the baseline administration's date, or {@code null} without a main measure
     * @param latestDate the latest administration's date, or {@code null} without a main measure
     * @param change the change from baseline to latest, or {@code null} without a main measure
     */
    public record Progress(Status status, String instrumentId, LocalDate baselineDate, LocalDate latestDate,
            Change change) {

        public Progress {
            Objects.requireNonNull(status, "status");
        }

        /** @return whether the therapist should be prompted to reconsider the plan or refer */
        public boolean notImproving() {
            return status == Status.NOT_IMPROVING;
        }

        /** @return the days from baseline to the latest score, when there is a main measure */
        public Optional<Long> days() {
            return baselineDate == null ? Optional.empty()
                    : Optional.of(ChronoUnit.DAYS.between(baselineDate, latestDate));
        }

        /** @return what a therapist reads, e.g. "Not improving: odi 44 to 40 after 35 days, below its MCID" */
        public String describe() {
            return switch (status) {
                case NO_MAIN_MEASURE -> "No outcome measure with an MCID recorded: progress cannot be judged.";
                case TOO_EARLY -> instrumentId + " " + plain(change.baseline()) + " to " + plain(change.followUp())
                        + " after " + days().orElseThrow() + " days: too early to judge (from day "
                        + NOT_IMPROVING_FROM_DAYS + ").";
                case REACHED_MCID -> instrumentId + " " + plain(change.baseline()) + " to " + plain(change.followUp())
                        + " after " + days().orElseThrow() + " days: the MCID is reached.";
                case NOT_IMPROVING -> "Not improving: " + instrumentId + " " + plain(change.baseline()) + " to "
                        + plain(change.followUp()) + " after " + days().orElseThrow()
                        + " days, below its MCID. Reconsider the plan with the patient, or refer "
                        + "(JOSPT 2021; NICE NG59).";
            };
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    private ProgressCheck() {
    }

    /** {@link #progress(EpisodeOfCare, InstrumentRegistry)} with the installed instruments. */
    public static Progress progress(EpisodeOfCare episode) {
        return progress(episode, Instruments.registry());
    }

    /**
     * @param registry the instruments: their MCIDs, MDCs and improving direction
     * @return where the episode stands on its main measure (the rule in the class comment)
     */
    public static Progress progress(EpisodeOfCare episode, InstrumentRegistry registry) {
        Objects.requireNonNull(episode, "episode");
        List<Instrument> candidates = candidates(registry);
        Map<String, List<InstrumentAdministration>> all = ClinicalRecords.administrations(episode,
                candidates.stream().map(Instrument::id).collect(java.util.stream.Collectors.toSet()));
        LocalDate baseline = null;
        for (Instrument instrument : candidates) {
            for (InstrumentAdministration administration : scored(all.get(instrument.id()))) {
                if (baseline == null || administration.getDate().isBefore(baseline)) {
                    baseline = administration.getDate();
                }
            }
        }
        if (baseline == null) {
            return new Progress(Status.NO_MAIN_MEASURE, null, null, null, null);
        }
        for (Instrument instrument : candidates) {
            List<InstrumentAdministration> scored = scored(all.get(instrument.id()));
            if (scored.isEmpty() || !scored.get(0).getDate().equals(baseline)) {
                continue;
            }
            InstrumentAdministration first = scored.get(0);
            InstrumentAdministration latest = scored.get(scored.size() - 1);
            Change change = change(instrument, total(first), total(latest));
            long days = ChronoUnit.DAYS.between(first.getDate(), latest.getDate());
            Status status = days < NOT_IMPROVING_FROM_DAYS ? Status.TOO_EARLY
                    : change.responder() ? Status.REACHED_MCID : Status.NOT_IMPROVING;
            return new Progress(status, instrument.id(), first.getDate(), latest.getDate(), change);
        }
        throw new IllegalStateException("a baseline without a main measure"); // cannot happen: the baseline came from one
    }

    /** The instruments that can be the main measure, in the order they are tried. */
    private static List<Instrument> candidates(InstrumentRegistry registry) {
        List<Instrument> ordered = new ArrayList<>();
        for (String id : MAIN_MEASURE_PREFERENCE) {
            registry.find(id).filter(ProgressCheck::hasMcid).ifPresent(ordered::add);
        }
        registry.instruments().stream()
                .filter(instrument -> !MAIN_MEASURE_PREFERENCE.contains(instrument.id()) && !FABQ.equals(instrument.id()))
                .filter(ProgressCheck::hasMcid).sorted(Comparator.comparing(Instrument::id)).forEach(ordered::add);
        return ordered;
    }

    private static boolean hasMcid(Instrument instrument) {
        return instrument.mcid(null).isPresent();
    }

    /** The administrations with a date and a recorded score, by date. */
    private static List<InstrumentAdministration> scored(List<InstrumentAdministration> administrations) {
        return administrations.stream().filter(a -> a.getDate() != null && ClinicalRecords.score(a, TOTAL).isPresent())
                .toList();
    }

    private static double total(InstrumentAdministration administration) {
        return ClinicalRecords.score(administration, TOTAL).orElseThrow();
    }

    private static Change change(Instrument instrument, double baseline, double latest) {
        return ChangeEvaluator.evaluate(instrument, scoreOf(instrument, baseline), scoreOf(instrument, latest)).score();
    }

    /** A recorded score as the clinical evaluator takes it (recorded scores are already rounded). */
    private static ScoreResult scoreOf(Instrument instrument, double value) {
        return ScoreResult.valid(instrument.id(), BigDecimal.valueOf(value), null, Map.of(), Map.of());
    }
}
