package org.physiobench.store.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.Session;
import org.physiobench.plan.api.PlanInForce;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.store.api.PatientIndex;

/**
 * The clinical model as the store sees it: a {@link Patient} is one aggregate, and the patient
 * list's columns are derived from it here on every save.
 *
 * <p>The columns describe the patient's current episode: the active episode that started
 * last, or else the episode that started last.
 * <ul>
 * <li>latest ODI: the "total" score of the newest administration of instrument
 * {@value #ODI}, rounded to a whole percent;</li>
 * <li>latest NPRS (0-10): the newest dated pain rating among NPRS administrations (score
 * "total", else item answer), the current intensity of an assessment's pain description, and
 * a session's pain before treatment (the rating the patient arrives with);</li>
 * <li>risk group: the newest STarT Back administration's group, taken from the interpretation
 * of its "total" score when that is low/medium/high, else derived from its "total" and
 * "psychosocial" scores by the rule of Hill et al. 2008 (Arthritis Rheum 59:632-641): total
 * &lt;= 3 low; psychosocial &gt;= 4 high; otherwise medium;</li>
 * </ul>
 * Two columns describe the whole patient, as the patient editor does:
 * <ul>
 * <li>triage level: {@link RedFlagStatus#of(Patient, LocalDate)}, the one reading of the red
 * flags the banner, plan suggestions and contraindication checks use too (every episode's
 * screenings; a "yes" stays until a later "no" or a medical review). The date passed is today,
 * as the banner passes it. It only matters for a patient without any assessment: RedFlagStatus
 * ages a patient at the latest assessment date, so for everyone assessed the level is a function
 * of the document alone and reindexing reproduces it on any day; without an assessment the only
 * finding there can be is the age risk factor (level screen, below the red-flag filter), and it
 * follows the birth date from the day the record is next saved or reindexed, as the banner does
 * the day it is opened;</li>
 * <li>review due: the earliest {@link PlanRevision#getReviewDate() review date} of the current
 * revision of the plan in force ({@link PlanInForce}) of each episode, or none.</li>
 * </ul>
 */
final class ClinicalPatientModel implements PatientModel {

    static final ClinicalPatientModel INSTANCE = new ClinicalPatientModel();

    static final String ODI = "odi";
    static final String NPRS = "nprs";
    static final String STARTBACK = "startback";
    static final String TOTAL = "total";
    static final String PSYCHOSOCIAL = "psychosocial";

    @Override
    public List<EPackage> packages() {
        return List.of(ClinicalPackage.eINSTANCE);
    }

    @Override
    public EClass rootClass() {
        return ClinicalPackage.Literals.PATIENT;
    }

    @Override
    public String idOf(EObject patient) {
        return ((Patient) patient).getId();
    }

    @Override
    public PatientIndex indexOf(EObject aggregate) {
        Patient patient = (Patient) aggregate;
        Optional<EpisodeOfCare> current = currentEpisode(patient);
        TriageLevel level = RedFlagStatus.of(patient, LocalDate.now()).level();
        LocalDate reviewDue = reviewDue(patient);
        if (current.isEmpty()) {
            return new PatientIndex(patient.getFamilyName(), patient.getGivenName(), patient.getBirthDate(), null,
                    lastVisit(patient), null, null, null, level, reviewDue);
        }
        EpisodeOfCare episode = current.get();
        Administrations administrations = Administrations.of(episode);
        return new PatientIndex(patient.getFamilyName(), patient.getGivenName(), patient.getBirthDate(),
                episode.getStatus() == null ? null : episode.getStatus().getLiteral(), lastVisit(patient),
                latestOdi(administrations.odi()).orElse(null),
                latestNprs(episode, administrations.nprs()).orElse(null),
                riskGroup(administrations.startBack()).orElse(null), level, reviewDue);
    }

    /** The instruments the columns read, found in one walk of the episode. */
    private static final Set<String> COLUMN_INSTRUMENTS = Set.of(ODI, NPRS, STARTBACK);

    /**
     * The episode's administrations of the three instruments the columns read, each in date
     * order, from one walk of the episode ({@link ClinicalRecords#administrations(EObject, Set)},
     * which skips the containments that cannot hold an administration: with a long record,
     * walking all contents three times was most of the time a save spent on its columns).
     */
    private record Administrations(List<InstrumentAdministration> odi, List<InstrumentAdministration> nprs,
            List<InstrumentAdministration> startBack) {

        static Administrations of(EpisodeOfCare episode) {
            Map<String, List<InstrumentAdministration>> found = ClinicalRecords.administrations(episode,
                    COLUMN_INSTRUMENTS);
            return new Administrations(found.get(ODI), found.get(NPRS), found.get(STARTBACK));
        }
    }

    private static Optional<InstrumentAdministration> latest(List<InstrumentAdministration> inDateOrder) {
        return inDateOrder.isEmpty() ? Optional.empty() : Optional.of(inDateOrder.get(inDateOrder.size() - 1));
    }

    static Optional<EpisodeOfCare> currentEpisode(Patient patient) {
        Optional<EpisodeOfCare> active = ClinicalRecords.activeEpisode(patient);
        if (active.isPresent()) {
            return active;
        }
        return patient.getEpisodes().stream()
                .max(Comparator.comparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** @return the newest session or assessment date of any episode */
    private static LocalDate lastVisit(Patient patient) {
        return patient.getEpisodes().stream()
                .flatMap(e -> Stream.concat(e.getSessions().stream().map(Session::getDate),
                        e.getAssessments().stream().map(Assessment::getDate)))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Optional<Integer> latestOdi(List<InstrumentAdministration> odi) {
        return latest(odi).flatMap(a -> ClinicalRecords.score(a, TOTAL))
                .map(value -> (int) Math.round(value));
    }

    /** A pain rating with its date, to pick the newest of several sources. */
    private record Rating(LocalDate date, int value) {
    }

    private static Optional<Integer> latestNprs(EpisodeOfCare episode, List<InstrumentAdministration> nprs) {
        Stream<Rating> administrations = nprs.stream()
                .map(a -> nprsValue(a).map(v -> new Rating(a.getDate(), v)).orElse(null));
        Stream<Rating> assessments = episode.getAssessments().stream()
                .filter(a -> a.getPain() != null && a.getPain().getCurrentIntensity() != null)
                .map(a -> new Rating(a.getDate(), a.getPain().getCurrentIntensity()));
        Stream<Rating> sessions = episode.getSessions().stream().filter(s -> s.getPainBefore() != null)
                .map(s -> new Rating(s.getDate(), s.getPainBefore()));
        return Stream.of(administrations, assessments, sessions).flatMap(s -> s)
                .filter(r -> r != null && r.date() != null).max(Comparator.comparing(Rating::date))
                .map(Rating::value);
    }

    private static Optional<Integer> nprsValue(InstrumentAdministration administration) {
        Optional<Double> total = ClinicalRecords.score(administration, TOTAL);
        if (total.isPresent()) {
            return Optional.of((int) Math.round(total.get()));
        }
        return administration.getAnswers().stream().map(a -> a.getValue()).filter(Objects::nonNull).findFirst();
    }

    private static Optional<String> riskGroup(List<InstrumentAdministration> startBacks) {
        Optional<InstrumentAdministration> latest = latest(startBacks);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        InstrumentAdministration startBack = latest.get();
        Optional<String> interpreted = startBack.getScores().stream().filter(s -> TOTAL.equals(s.getScoreId()))
                .map(s -> s.getInterpretation()).filter(Objects::nonNull)
                .map(text -> text.trim().toLowerCase(Locale.ROOT))
                .filter(text -> text.equals("low") || text.equals("medium") || text.equals("high")).findFirst();
        if (interpreted.isPresent()) {
            return interpreted;
        }
        Optional<Double> total = ClinicalRecords.score(startBack, TOTAL);
        Optional<Double> psychosocial = ClinicalRecords.score(startBack, PSYCHOSOCIAL);
        if (total.isEmpty() || psychosocial.isEmpty()) {
            return Optional.empty();
        }
        if (total.get() <= 3) {
            return Optional.of("low");
        }
        return Optional.of(psychosocial.get() >= 4 ? "high" : "medium");
    }

    /** @return the earliest review date of the current revisions of the plans in force, or {@code null} */
    private static LocalDate reviewDue(Patient patient) {
        return patient.getEpisodes().stream().map(PlanInForce::revision).flatMap(Optional::stream)
                .map(PlanRevision::getReviewDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
