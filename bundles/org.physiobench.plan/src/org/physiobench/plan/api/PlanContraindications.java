package org.physiobench.plan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.modality.api.ContraindicationCheck;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;

/**
 * The contraindication check ({@link ContraindicationCheck}) of planned interventions against the
 * patient's red-flag triage ({@link RedFlagStatus}: urgent and emergency levels block active treatment)
 * and active conditions ({@link PatientFindings}), as sentences a therapist
 * reads before a plan is saved.
 */
public final class PlanContraindications {

    private PlanContraindications() {
    }

    /** @return the verdict for one modality and this patient */
    public static ContraindicationVerdict verdict(ModalityDescriptor modality, Patient patient) {
        return ContraindicationCheck.check(modality, RedFlagStatus.of(patient).suspectedLevels(),
                PatientFindings.activeConditions(patient));
    }

    /**
     * The warnings for the current revision of every draft or active plan of the patient's
     * episodes: one sentence per blocked or warned intervention, and one per intervention whose
     * modality is not installed (it cannot be checked, so the therapist must know).
     */
    public static List<String> warnings(Patient patient, ModalityRegistry registry) {
        Map<RedFlagCategory, TriageLevel> flags = RedFlagStatus.of(patient).suspectedLevels();
        Set<String> conditions = PatientFindings.activeConditions(patient);
        List<String> warnings = new ArrayList<>();
        for (PlanRevision current : PlanInForce.currentRevisions(patient)) {
            for (PlannedIntervention intervention : current.getInterventions()) {
                warning(intervention, registry, flags, conditions).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    /**
     * @return one sentence per intervention of the plans in force whose modality is not
     *         installed: its contraindications cannot be checked, so the therapist must know
     */
    public static List<String> uncheckable(Patient patient, ModalityRegistry registry) {
        List<String> found = new ArrayList<>();
        for (PlanRevision current : PlanInForce.currentRevisions(patient)) {
            for (PlannedIntervention intervention : current.getInterventions()) {
                if (registry.find(intervention.getModalityId()).isEmpty()) {
                    found.add(notInstalled(intervention));
                }
            }
        }
        return found;
    }

    private static String notInstalled(PlannedIntervention intervention) {
        return intervention.getModalityId() + ": the modality is not installed, so its contraindications cannot be checked";
    }

    /** @return the warning for one planned intervention, if it needs one */
    public static Optional<String> warning(PlannedIntervention intervention, ModalityRegistry registry,
            Map<RedFlagCategory, TriageLevel> flags, Set<String> conditions) {
        Optional<ModalityDescriptor> modality = registry.find(intervention.getModalityId());
        if (modality.isEmpty()) {
            return Optional.of(notInstalled(intervention));
        }
        ContraindicationVerdict verdict = ContraindicationCheck.check(modality.get(), flags, conditions);
        return describe(verdict);
    }

    /** @return the verdict as a sentence, empty when the modality is allowed */
    public static Optional<String> describe(ContraindicationVerdict verdict) {
        String what = switch (verdict.status()) {
            case ALLOWED -> null;
            case WARNED -> "precaution";
            case BLOCKED -> "contraindicated";
        };
        return what == null ? Optional.empty()
                : Optional.of(verdict.modality().name() + " (" + verdict.modality().id() + ") " + what + ": "
                        + verdict.reasons().stream().map(PlanContraindications::withoutFinalStop)
                                .collect(Collectors.joining("; ")) + ".");
    }

    /** A reason is a sentence of its own; joined with others, its full stop would read ".;". */
    private static String withoutFinalStop(String reason) {
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
