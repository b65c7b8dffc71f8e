package org.physiobench.plan.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.physiobench.clinical.api.AssessmentSummary;
import org.physiobench.clinical.api.DirectionalPreference;
import org.physiobench.clinical.api.StartBackGroup;
import org.physiobench.clinical.api.Triage;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.MedicalCondition;
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

    private PatientFindings() {
    }

    /**
     * The patient's red-flag status ({@link RedFlagStatus#of(Patient)}): every finding answered
     * "yes" in any assessment that no later screening answered "no" and no medical review cleared,
     * graded by the triage rules.
     */
    public static RedFlagStatus redFlags(Patient patient) {
        return RedFlagStatus.of(patient);
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
     * The findings of {@code episode} as plan suggestions need them: symptom duration from the
     * pain onset (else the episode's onset or start) to {@code today}, the STarT Back group of
     * the latest STarT Back administration with both scores, the directional preference of the
     * latest examination that tested it, and the patient's active red flags.
     *
     * @return empty when the episode has no assessment yet (nothing to suggest from)
     */
    public static Optional<AssessmentSummary> summary(EpisodeOfCare episode, LocalDate today) {
        Objects.requireNonNull(today);
        List<Assessment> assessments = byDate(episode.getAssessments());
        if (assessments.isEmpty()) {
            return Optional.empty();
        }
        LocalDate onset = onset(episode, assessments);
        int days = onset == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(onset, today));
        Triage triage = ClinicalRecords.patientOf(episode).map(patient -> RedFlagStatus.of(patient, today).triage())
                .orElse(Triage.NONE);
        return Optional.of(new AssessmentSummary(days, startBackGroup(episode), directionalPreference(assessments), triage));
    }

    private static LocalDate onset(EpisodeOfCare episode, List<Assessment> assessments) {
        for (int i = assessments.size() - 1; i >= 0; i--) {
            Assessment assessment = assessments.get(i);
            if (assessment.getPain() != null && assessment.getPain().getOnsetDate() != null) {
                return assessment.getPain().getOnsetDate();
            }
        }
        return episode.getOnsetDate() != null ? episode.getOnsetDate() : episode.getStartDate();
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
