package org.physiobench.modality.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.core.api.TriageLevel;

/**
 * Decides whether a modality may be used for a patient with the given suspected red-flag
 * categories and conditions: the modality's own contraindications say which red flags and
 * conditions block it and which only call for a precaution. With the triage level of each
 * suspected category ({@link #check(ModalityDescriptor, Map, Set)}), an emergency or urgent level
 * also blocks every modality of active treatment until the patient has been medically reviewed:
 * only advice and education ({@link TreatmentComponent#EDUCATION_AND_POSTURE}) stay allowed
 * (PhysioBench clinical reference, "Red flags: graded triage"; IFOMPT 2020, GIRFT 2023).
 */
public final class ContraindicationCheck {

    private ContraindicationCheck() {
    }

    /**
     * @param modality the modality to check
     * @param activeRedFlags the patient's active red-flag categories
     * @param activeConditions the patient's active condition ids ({@link ConditionIds}); unknown ids match nothing
     * @return blocked if any blocking contraindication applies, else warned if any applies, else allowed
     */
    public static ContraindicationVerdict check(ModalityDescriptor modality, Set<RedFlagCategory> activeRedFlags,
            Set<String> activeConditions) {
        return verdict(modality, modality.contraindications().stream()
                .filter(contraindication -> contraindication.appliesTo(activeRedFlags, activeConditions)).toList());
    }

    /**
     * @param modality the modality to check
     * @param suspected each suspected red-flag category with its triage level (the patient's
     *            triage; categories at non-urgent or above)
     * @param activeConditions the patient's active condition ids ({@link ConditionIds})
     * @return as {@link #check(ModalityDescriptor, Set, Set)}, and blocked for any modality but
     *         education while a category is suspected at an urgent or emergency level
     * @since 1.1
     */
    public static ContraindicationVerdict check(ModalityDescriptor modality, Map<RedFlagCategory, TriageLevel> suspected,
            Set<String> activeConditions) {
        List<Contraindication> matched = new ArrayList<>(modality.contraindications().stream()
                .filter(contraindication -> contraindication.appliesTo(suspected.keySet(), activeConditions)).toList());
        if (modality.component() != TreatmentComponent.EDUCATION_AND_POSTURE) {
            suspected.entrySet().stream().filter(entry -> entry.getValue().blocksActiveTreatment())
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> matched.add(Contraindication.of(entry.getKey(), ContraindicationSeverity.BLOCK,
                            entry.getValue().label() + " - " + entry.getValue().action())));
        }
        return verdict(modality, matched);
    }

    private static ContraindicationVerdict verdict(ModalityDescriptor modality, List<Contraindication> applying) {
        List<Contraindication> matched = applying.stream()
                .sorted(Comparator.comparing(Contraindication::severity)) // BLOCK sorts before WARN
                .toList();
        ContraindicationVerdict.Status status;
        if (matched.stream().anyMatch(c -> c.severity() == ContraindicationSeverity.BLOCK)) {
            status = ContraindicationVerdict.Status.BLOCKED;
        } else if (matched.isEmpty()) {
            status = ContraindicationVerdict.Status.ALLOWED;
        } else {
            status = ContraindicationVerdict.Status.WARNED;
        }
        return new ContraindicationVerdict(modality, status, matched);
    }
}
