package org.physiobench.modality.api;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.physiobench.core.api.RedFlagCategory;

/**
 * Decides whether a modality may be used for a patient with the given active red-flag
 * categories and conditions. A red flag needs medical referral before treatment (AHCPR 1994,
 * see {@link RedFlagCategory}); the modality's own contraindications say which red flags and
 * conditions block it and which only call for a precaution.
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
        List<Contraindication> matched = modality.contraindications().stream()
                .filter(contraindication -> contraindication.appliesTo(activeRedFlags, activeConditions))
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
