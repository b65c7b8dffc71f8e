package org.physiobench.plan.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ContraindicationOverride;
import org.physiobench.model.api.OverrideKind;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;

/**
 * Blocks block; overrides are explicit. A planned intervention whose contraindication check
 * ({@link PlanContraindications#verdict}) is {@code BLOCKED} needs an override of the block with
 * a reason ({@link OverrideKind#BLOCK_OVERRIDDEN}), one that is {@code WARNED} needs at least an
 * acknowledgement ({@link OverrideKind#WARNING_ACKNOWLEDGED}), both recorded in the plan
 * revision ({@link PlanRevision#getOverrides()}). A plan with an intervention that still needs
 * one is not saved ({@link #problems(Patient, ModalityRegistry)}).
 *
 * <p>An override covers the contraindications it was given for and no others: when the check
 * later finds another one (a new red flag, a new condition), the therapist decides again. An
 * override of a block also covers a warning among the same contraindications (a block that
 * became a precaution after a medical review). Revisions copy the overrides of the revision
 * they revise, so a decision stays with the intervention it was made for.
 */
public final class PlanOverrides {

    private PlanOverrides() {
    }

    /**
     * A planned intervention that cannot be saved as it is.
     *
     * @param revision the revision it is planned in
     * @param intervention the intervention
     * @param verdict the contraindication check for this patient (blocked or warned)
     */
    public record Needed(PlanRevision revision, PlannedIntervention intervention, ContraindicationVerdict verdict) {

        public Needed {
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(intervention, "intervention");
            Objects.requireNonNull(verdict, "verdict");
            if (verdict.status() == ContraindicationVerdict.Status.ALLOWED) {
                throw new IllegalArgumentException("An allowed modality needs no override");
            }
        }

        /** @return the kind of decision the intervention needs */
        public OverrideKind kind() {
            return kindFor(verdict);
        }

        /** @return why the plan cannot be saved, and what to do, in one sentence */
        public String describe() {
            String what = PlanContraindications.describe(verdict).orElseThrow();
            return what + (kind() == OverrideKind.BLOCK_OVERRIDDEN
                    ? ". Remove it from the plan, or override the block with a reason."
                    : ". Acknowledge the precaution, or remove it from the plan.");
        }
    }

    /** @return the decision a verdict calls for: an override of a block or the acknowledgement of a warning */
    public static OverrideKind kindFor(ContraindicationVerdict verdict) {
        return switch (verdict.status()) {
            case BLOCKED -> OverrideKind.BLOCK_OVERRIDDEN;
            case WARNED -> OverrideKind.WARNING_ACKNOWLEDGED;
            case ALLOWED -> throw new IllegalArgumentException(verdict.modality().id() + " is allowed: nothing to override");
        };
    }

    /**
     * @return the override of {@code revision} that covers {@code verdict}: for its modality, of a
     *         kind that answers the verdict (a block needs {@link OverrideKind#BLOCK_OVERRIDDEN}
     *         with a reason), naming every contraindication the verdict found; empty when the
     *         verdict is allowed or nothing covers it
     */
    public static Optional<ContraindicationOverride> covering(PlanRevision revision, ContraindicationVerdict verdict) {
        if (verdict.status() == ContraindicationVerdict.Status.ALLOWED) {
            return Optional.empty();
        }
        List<String> reasons = verdict.reasons();
        for (ContraindicationOverride override : revision.getOverrides()) {
            if (verdict.modality().id().equals(override.getModalityId()) && answers(override, verdict.status())
                    && override.getContraindications().containsAll(reasons)) {
                return Optional.of(override);
            }
        }
        return Optional.empty();
    }

    private static boolean answers(ContraindicationOverride override, ContraindicationVerdict.Status status) {
        if (override.getKind() == OverrideKind.BLOCK_OVERRIDDEN) {
            return override.getReason() != null && !override.getReason().isBlank();
        }
        return status == ContraindicationVerdict.Status.WARNED;
    }

    /**
     * @return the interventions of {@code revision} that are blocked without an override of the
     *         block, or warned without an acknowledgement, in plan order; an intervention whose
     *         modality is not installed cannot be checked and is not listed (the plan's warnings
     *         name it)
     */
    public static List<Needed> missing(PlanRevision revision, Patient patient, ModalityRegistry registry) {
        List<Needed> needed = new ArrayList<>();
        for (PlannedIntervention intervention : revision.getInterventions()) {
            Optional<ModalityDescriptor> modality = registry.find(intervention.getModalityId());
            if (modality.isEmpty()) {
                continue;
            }
            ContraindicationVerdict verdict = PlanContraindications.verdict(modality.get(), patient);
            if (verdict.status() != ContraindicationVerdict.Status.ALLOWED && covering(revision, verdict).isEmpty()) {
                needed.add(new Needed(revision, intervention, verdict));
            }
        }
        return needed;
    }

    /** @return {@link #missing(PlanRevision, Patient, ModalityRegistry)} of the current revision of every plan in force */
    public static List<Needed> missing(Patient patient, ModalityRegistry registry) {
        List<Needed> needed = new ArrayList<>();
        PlanInForce.currentRevisions(patient).forEach(current -> needed.addAll(missing(current, patient, registry)));
        return needed;
    }

    /**
     * @return why the patient's record cannot be saved: one sentence per intervention that still
     *         needs an override or an acknowledgement; empty when it may be saved
     */
    public static List<String> problems(Patient patient, ModalityRegistry registry) {
        return missing(patient, registry).stream().map(Needed::describe).toList();
    }

    /**
     * Records the therapist's decision in {@code revision}: an override of a blocked verdict or
     * the acknowledgement of a warned one, with the verdict's contraindications as they were
     * shown. Call it inside the command that changes the revision.
     *
     * @param reason why the therapist goes ahead; required (non-blank) for a block, an optional
     *        note for a warning
     * @param by the user who decides (the revision's author)
     * @param at when
     * @return the override added
     * @throws IllegalArgumentException when the verdict is allowed, or a block has no reason
     */
    public static ContraindicationOverride record(PlanRevision revision, ContraindicationVerdict verdict, String reason,
            String by, Instant at) {
        OverrideKind kind = kindFor(verdict);
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (kind == OverrideKind.BLOCK_OVERRIDDEN && given == null) {
            throw new IllegalArgumentException("Overriding the block of " + verdict.modality().name() + " needs a reason");
        }
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        ContraindicationOverride override = ClinicalFactory.eINSTANCE.createContraindicationOverride();
        override.setModalityId(verdict.modality().id());
        override.setKind(kind);
        override.getContraindications().addAll(verdict.reasons());
        override.setReason(given);
        override.setBy(by);
        override.setAt(at);
        revision.getOverrides().add(override);
        return override;
    }

    /** Removes the overrides of {@code modalityId} from {@code revision} when it no longer plans that modality. */
    public static void forgetUnplanned(PlanRevision revision, String modalityId) {
        boolean planned = revision.getInterventions().stream().anyMatch(i -> modalityId.equals(i.getModalityId()));
        if (!planned) {
            revision.getOverrides().removeIf(override -> modalityId.equals(override.getModalityId()));
        }
    }

    /** @return the override in one line: kind, modality, who, when and the reason (e.g. for the plan's history) */
    public static String describe(ContraindicationOverride override) {
        String kind = override.getKind() == OverrideKind.BLOCK_OVERRIDDEN ? "Block overridden" : "Precaution acknowledged";
        return kind + ": " + override.getModalityId() + " by " + override.getBy() + " at " + override.getAt()
                + (override.getReason() == null ? "" : " - " + override.getReason());
    }
}
