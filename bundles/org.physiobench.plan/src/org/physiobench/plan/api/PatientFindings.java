package org.physiobench.plan.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.physiobench.clinical.api.Acuity;
import org.physiobench.clinical.api.AssessmentSummary;
import org.physiobench.clinical.api.DirectionalPreference;
import org.physiobench.clinical.api.StartBackGroup;
import org.physiobench.clinical.api.SymptomDuration;
import org.physiobench.clinical.api.Triage;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.MedicalCondition;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.Patient;

/**
 * What a patient's record says that treatment planning needs: the active red flags, the active
 * conditions named by modality contraindications, and the findings plan suggestions are made
 * from. Reads the model only; never changes it.
 */
public final class PatientFindings {

    /** The instrument and score ids of the STarT Back Screening Tool in the instrument registry. */
    static final String STARTBACK = "startback";
    static final String TOTAL = "total";
    static final String PSYCHOSOCIAL = "psychosocial";
    /** The instrument and subscale ids of the FABQ and its work subscale (FABQ-W). */
    static final String FABQ = "fabq";
    static final String FABQ_WORK = "work";
    /** The body chart's regions below the knee. */
    private static final Set<BodyRegion> BELOW_KNEE = EnumSet.of(BodyRegion.LOWER_LEG, BodyRegion.FOOT);

    private PatientFindings() {
    }

    /**
     * The condition ids (modality contraindication vocabulary, e.g. osteoporosis) recorded as
     * current in the patient's medical history; a later assessment that records the condition as
     * no longer current overrides an earlier one.
     */
    public static Set<String> activeConditions(Patient patient) {
        Map<String, Boolean> current = new HashMap<>();
        for (Assessment assessment : assessments(patient)) {
            if (assessment.getMedicalHistory() == null) {
                continue;
            }
            for (MedicalCondition condition : assessment.getMedicalHistory().getConditions()) {
                if (condition.getConditionId() != null) {
                    current.put(condition.getConditionId(), condition.isCurrent());
                }
            }
        }
        Set<String> active = new TreeSet<>();
        current.forEach((id, isCurrent) -> {
            if (isCurrent) {
                active.add(id);
            }
        });
        return active;
    }

    /**
     * The findings of {@code episode} as plan suggestions need them:
     * <ul>
     * <li>the symptom duration ({@link #symptomDuration(EpisodeOfCare, LocalDate)}): from the
     * onset date, else the recorded duration class, never the start of the episode;</li>
     * <li>the STarT Back group of the latest STarT Back administration with both scores;</li>
     * <li>the directional preference of the latest examination that tested it;</li>
     * <li>the patient's active red flags;</li>
     * <li>whether symptoms reach below the knee ({@link #symptomsBelowKnee(EpisodeOfCare)});</li>
     * <li>the FABQ work subscale of the latest FABQ administration that scored it.</li>
     * </ul>
     *
     * @return empty when the episode has no assessment yet (nothing to suggest from)
     */
    public static Optional<AssessmentSummary> summary(EpisodeOfCare episode, LocalDate today) {
        Objects.requireNonNull(today);
        List<Assessment> assessments = byDate(episode.getAssessments());
        if (assessments.isEmpty()) {
            return Optional.empty();
        }
        Triage triage = ClinicalRecords.patientOf(episode).map(patient -> RedFlagStatus.of(patient, today).triage())
                .orElse(Triage.NONE);
        return Optional.of(new AssessmentSummary(symptomDuration(episode, today), startBackGroup(episode),
                directionalPreference(assessments), triage, symptomsBelowKnee(episode), fabqWork(episode)));
    }

    /**
     * How long the episode's symptoms have lasted on {@code today} (clinical reference, "Guidance
     * for plan suggestions": from the onset date, else from the duration class the therapist
     * recorded, never from the start of the episode of care):
     * <ol>
     * <li>the pain onset date of the latest assessment that recorded one;</li>
     * <li>else the episode's onset date;</li>
     * <li>else the duration classes recorded in the episode's assessments, each aged by the days
     * since its assessment ({@link SymptomDuration#fromDurationClass}); each gives the fewest days
     * the symptoms can have lasted today, and the longest of those counts. So a later assessment
     * whose class was left at the model's default (acute) cannot turn a recorded chronic class
     * back into acute;</li>
     * <li>else not recorded.</li>
     * </ol>
     * An onset date after {@code today} is an error the record's validation reports; it is passed
     * over here.
     */
    public static SymptomDuration symptomDuration(EpisodeOfCare episode, LocalDate today) {
        Objects.requireNonNull(today);
        List<Assessment> assessments = byDate(episode.getAssessments());
        for (int i = assessments.size() - 1; i >= 0; i--) {
            PainDescription pain = assessments.get(i).getPain();
            if (pain != null && isOnset(pain.getOnsetDate(), today)) {
                return SymptomDuration.sinceOnset(pain.getOnsetDate(), today);
            }
        }
        if (isOnset(episode.getOnsetDate(), today)) {
            return SymptomDuration.sinceOnset(episode.getOnsetDate(), today);
        }
        SymptomDuration longest = SymptomDuration.notRecorded();
        for (Assessment assessment : assessments) {
            PainDescription pain = assessment.getPain();
            if (pain == null || pain.getDurationClass() == null || assessment.getDate() == null) {
                continue;
            }
            Optional<Acuity> recorded = Acuity.fromId(pain.getDurationClass().getLiteral());
            if (recorded.isPresent()) {
                SymptomDuration atLeast = SymptomDuration.fromDurationClass(recorded.get(), assessment.getDate(), today);
                if (longest.basis() == SymptomDuration.Basis.NOT_RECORDED || atLeast.days() > longest.days()) {
                    longest = atLeast;
                }
            }
        }
        return longest;
    }

    private static boolean isOnset(LocalDate date, LocalDate today) {
        return date != null && !date.isAfter(today);
    }

    /**
     * Whether any assessment of the episode records symptoms below the knee: pain radiating below
     * the knee, or the lower leg or foot marked on the body chart. Any assessment counts, so a
     * later assessment that leaves the body chart empty does not clear it (the manipulation rule
     * it guards asks for no symptoms below the knee).
     */
    public static boolean symptomsBelowKnee(EpisodeOfCare episode) {
        for (Assessment assessment : episode.getAssessments()) {
            PainDescription pain = assessment.getPain();
            if (pain == null) {
                continue;
            }
            if (pain.isRadiatesBelowKnee() || pain.getRegions().stream()
                    .anyMatch(region -> BELOW_KNEE.contains(region.getRegion()))) {
                return true;
            }
        }
        return false;
    }

    private static Integer fabqWork(EpisodeOfCare episode) {
        List<InstrumentAdministration> all = ClinicalRecords.administrations(episode, FABQ);
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<Double> work = ClinicalRecords.score(all.get(i), FABQ_WORK);
            if (work.isPresent() && work.get() >= 0 && work.get() <= 42) {
                return (int) Math.round(work.get());
            }
        }
        return null;
    }

    private static StartBackGroup startBackGroup(EpisodeOfCare episode) {
        List<InstrumentAdministration> all = ClinicalRecords.administrations(episode, STARTBACK);
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<Double> total = ClinicalRecords.score(all.get(i), TOTAL);
            Optional<Double> psychosocial = ClinicalRecords.score(all.get(i), PSYCHOSOCIAL);
            if (total.isPresent() && psychosocial.isPresent()) {
                return StartBackGroup.of(total.get().intValue(), psychosocial.get().intValue());
            }
        }
        return null;
    }

    private static DirectionalPreference directionalPreference(List<Assessment> assessments) {
        for (int i = assessments.size() - 1; i >= 0; i--) {
            Assessment assessment = assessments.get(i);
            if (assessment.getExamination() == null) {
                continue;
            }
            switch (assessment.getExamination().getDirectionalPreference()) {
                case EXTENSION:
                    return DirectionalPreference.EXTENSION;
                case FLEXION:
                    return DirectionalPreference.FLEXION;
                case NOT_TESTED:
                    continue;
                default:
                    // none or lateral: no sagittal preference for the suggestion rules
                    return DirectionalPreference.NONE;
            }
        }
        return DirectionalPreference.NONE;
    }

    private static List<Assessment> assessments(Patient patient) {
        return byDate(patient.getEpisodes().stream().flatMap(episode -> episode.getAssessments().stream()).toList());
    }

    private static List<Assessment> byDate(List<Assessment> assessments) {
        return assessments.stream()
                .sorted(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
