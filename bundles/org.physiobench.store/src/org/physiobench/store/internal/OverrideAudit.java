package org.physiobench.store.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.physiobench.model.api.ContraindicationOverride;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.OverrideKind;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.TreatmentPlan;

/**
 * The contraindication overrides a save adds to a record, for the detail of its audit entry: a
 * therapist who plans a blocked modality (or acknowledges a precaution) is on the audit trail
 * with the save that put the decision on record. The entry names the decision, the modality, the
 * plan revision, who and when; the reason is clinical content and stays in the record (saved
 * plan revisions are never changed, so the entry's reference to it stays true).
 */
final class OverrideAudit {

    private OverrideAudit() {
    }

    /** @return whether {@code patient} has any override (only then is the previous version read) */
    static boolean hasOverrides(Patient patient) {
        return !overrides(patient).isEmpty();
    }

    /**
     * @param previous the version the save replaces, {@code null} for a new record
     * @return "" when the save adds no override, else "; " and one clause per new override, e.g.
     *         {@code ; block-overridden core.bird-dog in plan revision 2 by t-robin at 2026-11-26T10:00:00Z}
     */
    static String detail(Patient saved, Patient previous) {
        Map<String, String> before = previous == null ? Map.of() : overrides(previous);
        StringBuilder detail = new StringBuilder();
        overrides(saved).forEach((key, clause) -> {
            if (!before.containsKey(key)) {
                detail.append("; ").append(clause);
            }
        });
        return detail.toString();
    }

    /** Overrides by identity (revisions copy the overrides of the one they revise: one decision, listed once). */
    private static Map<String, String> overrides(Patient patient) {
        Map<String, String> found = new LinkedHashMap<>();
        for (EpisodeOfCare episode : patient.getEpisodes()) {
            for (TreatmentPlan plan : episode.getPlans()) {
                for (PlanRevision revision : plan.getRevisions()) {
                    for (ContraindicationOverride override : revision.getOverrides()) {
                        String key = String.join("|", Objects.toString(override.getModalityId()),
                                Objects.toString(override.getKind()), Objects.toString(override.getBy()),
                                Objects.toString(override.getAt()), String.join("|", override.getContraindications()));
                        found.putIfAbsent(key, (override.getKind() == null ? OverrideKind.BLOCK_OVERRIDDEN : override.getKind())
                                .getLiteral() + " " + override.getModalityId() + " in plan revision "
                                + revision.getRevisionNumber() + " by " + override.getBy() + " at " + override.getAt());
                    }
                }
            }
        }
        return found;
    }
}
