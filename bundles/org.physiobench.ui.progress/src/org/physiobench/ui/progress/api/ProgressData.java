package org.physiobench.ui.progress.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.physiobench.clinical.api.Change;
import org.physiobench.clinical.api.ChangeEvaluation;
import org.physiobench.clinical.api.ChangeEvaluator;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.InvalidAnswersException;
import org.physiobench.clinical.api.RecordedAnswers;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.TreatmentPlan;

/**
 * What the progress chart shows for one episode of care, read from the clinical model
 * without any SWT: the score series per instrument with baseline, MCID threshold, goal and
 * responder status, pain before and after each session, and the plan revisions.
 *
 * @param episode the episode shown: the patient's active one, else the one that started last
 * @param trends one per charted instrument score that has at least one score, in scale order
 * @param sessionPain sessions with pain recorded before or after, by date
 * @param revisions every plan revision of the episode, by date
 * @param unchartedInstruments instruments administered in the episode that are not installed
 *            (no scale), so the therapist sees they exist even though they cannot be judged
 */
public record ProgressData(EpisodeOfCare episode, List<InstrumentTrend> trends, List<SessionPain> sessionPain,
        List<RevisionMark> revisions, List<String> unchartedInstruments) {

    /** One score on a date. */
    public record ScorePoint(LocalDate date, double value) {
    }

    /** A plan goal measured on an instrument: reach {@code value} by {@code targetDate}. */
    public record GoalTarget(double value, LocalDate targetDate, String description) {
    }

    /** NPRS before and after one session; either may be {@code null} when not asked. */
    public record SessionPain(LocalDate date, Integer before, Integer after) {
    }

    /** A plan revision on the time line, with the reason the therapist gave for it. */
    public record RevisionMark(LocalDate date, int number, String reason, boolean agreedWithPatient) {

        /** @return a one-line description for a marker's label or tooltip */
        public String describe() {
            return "Plan revision " + number + " (" + date + "): " + (reason == null ? "no reason given" : reason)
                    + (agreedWithPatient ? " - agreed with the patient" : "");
        }
    }

    /**
     * The scores of one instrument over the episode.
     *
     * @param goal the current plan's goal for this instrument, or {@code null}
     * @param pairedChange for an instrument that compares only the items answered both times
     *        (PSFS), the change from the baseline to the latest administration over the activities
     *        rated at both, matched by the names the patient gave; {@code null} otherwise (then
     *        the recorded scores are compared)
     */
    public record InstrumentTrend(InstrumentScale scale, List<ScorePoint> points, GoalTarget goal, Change pairedChange) {

        public InstrumentTrend {
            if (points.isEmpty()) {
                throw new IllegalArgumentException(scale.name() + ": a trend needs at least one score");
            }
            points = List.copyOf(points);
        }

        /** A trend whose change compares the recorded scores. */
        public InstrumentTrend(InstrumentScale scale, List<ScorePoint> points, GoalTarget goal) {
            this(scale, points, goal, null);
        }

        /** @return the first score of the episode, the reference for change */
        public ScorePoint baseline() {
            return points.get(0);
        }

        /** @return the most recent score */
        public ScorePoint latest() {
            return points.get(points.size() - 1);
        }

        /** @return the score that marks an MCID-sized improvement from baseline, if the score has an MCID in points */
        public OptionalDouble mcidThreshold() {
            return scale.mcidThreshold(baseline().value());
        }

        /**
         * @return how far the latest score still is from the goal in the improving direction
         *         (0 or less: reached), or empty without a goal
         */
        public Optional<Double> distanceToGoal() {
            return goal == null ? Optional.empty() : Optional.of(scale.improvement(latest().value(), goal.value()));
        }

        /**
         * @return the change from baseline to the latest score as the clinical change evaluator
         *         judges it (change = latest - baseline), or empty with only a baseline
         */
        public Optional<Change> evaluation() {
            if (points.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(pairedChange != null ? pairedChange : scale.change(baseline().value(), latest().value()));
        }
    }

    public ProgressData {
        trends = List.copyOf(trends);
        sessionPain = List.copyOf(sessionPain);
        revisions = List.copyOf(revisions);
        unchartedInstruments = List.copyOf(unchartedInstruments);
    }

    /**
     * Reads the progress of {@code patient}'s current episode.
     *
     * @param scales the scales to chart, in display order
     * @param zone the time zone in which a revision's instant becomes a date on the time line
     */
    public static ProgressData of(Patient patient, List<InstrumentScale> scales, ZoneId zone) {
        Objects.requireNonNull(patient, "patient");
        Optional<EpisodeOfCare> episode = ClinicalRecords.activeEpisode(patient).or(() -> patient.getEpisodes().stream()
                .max(Comparator.comparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder()))));
        return episode.map(e -> of(e, scales, zone)).orElseGet(() -> new ProgressData(null, List.of(), List.of(), List.of(), List.of()));
    }

    /** Reads the progress of one episode; see {@link #of(Patient, List, ZoneId)}. */
    public static ProgressData of(EpisodeOfCare episode, List<InstrumentScale> scales, ZoneId zone) {
        // one walk over the episode (hundreds of sessions) for every instrument, not one per scale
        Map<String, List<InstrumentAdministration>> administered = administrationsByInstrument(episode);
        List<Goal> goals = currentGoals(episode);
        List<InstrumentTrend> trends = new ArrayList<>();
        for (InstrumentScale scale : scales) {
            List<ScorePoint> points = new ArrayList<>();
            List<InstrumentAdministration> scored = new ArrayList<>();
            for (InstrumentAdministration administration : administered.getOrDefault(scale.instrumentId(), List.of())) {
                if (administration.getDate() != null) {
                    ClinicalRecords.score(administration, scale.scoreId()).ifPresent(value -> {
                        points.add(new ScorePoint(administration.getDate(), value));
                        scored.add(administration);
                    });
                }
            }
            if (!points.isEmpty()) {
                trends.add(new InstrumentTrend(scale, points, goalFor(scale, goals), pairedChange(scale, scored)));
            }
        }
        Set<String> charted = scales.stream().map(InstrumentScale::instrumentId).collect(Collectors.toSet());
        List<String> uncharted = administered.keySet().stream().filter(id -> !charted.contains(id)).toList();
        return new ProgressData(episode, trends, sessionPain(episode), revisions(episode, zone), uncharted);
    }

    /**
     * @return for a paired instrument (PSFS), the change from the first to the last of
     *         {@code administrations} over the items answered both times, matched by the name the
     *         patient gave (an unnamed item by its position); {@code null} when the instrument is
     *         not paired, there is only one administration, or nothing could be compared (then the
     *         recorded scores are)
     */
    private static Change pairedChange(InstrumentScale scale, List<InstrumentAdministration> administrations) {
        Instrument instrument = scale.instrument();
        if (!scale.isTotal() || !instrument.scoring().pairedItems() || administrations.size() < 2) {
            return null;
        }
        try {
            ChangeEvaluation evaluation = ChangeEvaluator.evaluateByItemName(instrument,
                    named(instrument, administrations.get(0)), named(instrument, administrations.get(administrations.size() - 1)));
            return evaluation.isValid() ? evaluation.score() : null;
        } catch (InvalidAnswersException e) {
            return null;
        }
    }

    /** @return the answered items of one administration by the name the patient gave, in item order */
    private static Map<String, Integer> named(Instrument instrument, InstrumentAdministration administration) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (InstrumentItem item : instrument.items()) {
            String itemId = RecordedAnswers.itemId(instrument.id(), item.number());
            for (ItemAnswer answer : administration.getAnswers()) {
                if (itemId.equals(answer.getItemId()) && answer.getValue() != null) {
                    String text = answer.getText();
                    named.put(text == null || text.isBlank() ? "item " + item.number() : text, answer.getValue());
                }
            }
        }
        return named;
    }

    /**
     * @return the episode's administrations by instrument id (ids in order), each list by date
     *         as {@link ClinicalRecords#administrations} orders them (undated first)
     */
    private static Map<String, List<InstrumentAdministration>> administrationsByInstrument(EpisodeOfCare episode) {
        Map<String, List<InstrumentAdministration>> byInstrument = new TreeMap<>();
        episode.eAllContents().forEachRemaining(object -> {
            if (object instanceof InstrumentAdministration administration && administration.getInstrumentId() != null) {
                byInstrument.computeIfAbsent(administration.getInstrumentId(), id -> new ArrayList<>()).add(administration);
            }
        });
        byInstrument.values().forEach(list -> list.sort(
                Comparator.comparing(InstrumentAdministration::getDate, Comparator.nullsFirst(Comparator.naturalOrder()))));
        return byInstrument;
    }

    /** @return whether there is nothing to chart */
    public boolean isEmpty() {
        return trends.isEmpty() && sessionPain.isEmpty();
    }

    /** @return the trend of {@code instrumentId}'s {@code scoreId}, if it was charted */
    public Optional<InstrumentTrend> trend(String instrumentId, String scoreId) {
        return trends.stream().filter(t -> t.scale().instrumentId().equals(instrumentId) && t.scale().scoreId().equals(scoreId))
                .findFirst();
    }

    /** @return the first and last date anything on the time line happens, or empty when nothing does */
    public Optional<LocalDate[]> dateRange() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        trends.forEach(trend -> trend.points().forEach(point -> dates.add(point.date())));
        trends.stream().map(InstrumentTrend::goal).filter(Objects::nonNull).map(GoalTarget::targetDate)
                .filter(Objects::nonNull).forEach(dates::add);
        sessionPain.forEach(pain -> dates.add(pain.date()));
        revisions.forEach(revision -> dates.add(revision.date()));
        return dates.isEmpty() ? Optional.empty() : Optional.of(new LocalDate[] { dates.first(), dates.last() });
    }

    /** Goals in force: those of each plan's current revision. */
    private static List<Goal> currentGoals(EpisodeOfCare episode) {
        return episode.getPlans().stream().map(TreatmentPlan::getCurrentRevision).filter(Objects::nonNull)
                .flatMap(revision -> revision.getGoals().stream()).toList();
    }

    private static GoalTarget goalFor(InstrumentScale scale, List<Goal> goals) {
        return goals.stream().filter(goal -> scale.measuresGoalOf(goal.getInstrumentId()) && goal.getTargetValue() != null)
                .reduce((first, second) -> second) // the latest plan's goal wins
                .map(goal -> new GoalTarget(goal.getTargetValue(), goal.getTargetDate(), goal.getDescription())).orElse(null);
    }

    private static List<SessionPain> sessionPain(EpisodeOfCare episode) {
        return episode.getSessions().stream()
                .filter(session -> session.getDate() != null && (session.getPainBefore() != null || session.getPainAfter() != null))
                .sorted(Comparator.comparing(Session::getDate))
                .map(session -> new SessionPain(session.getDate(), session.getPainBefore(), session.getPainAfter())).toList();
    }

    private static List<RevisionMark> revisions(EpisodeOfCare episode, ZoneId zone) {
        Stream<PlanRevision> all = episode.getPlans().stream().flatMap(plan -> plan.getRevisions().stream());
        return all.filter(revision -> revision.getCreatedAt() != null)
                .map(revision -> new RevisionMark(revision.getCreatedAt().atZone(zone).toLocalDate(), revision.getRevisionNumber(),
                        revision.getReason(), revision.isAgreedWithPatient()))
                .sorted(Comparator.comparing(RevisionMark::date)).toList();
    }
}
