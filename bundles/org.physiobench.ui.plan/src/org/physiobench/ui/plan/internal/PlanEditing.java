package org.physiobench.ui.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.modality.api.ContraindicationCheck;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.plan.api.PlanInForce;
import org.physiobench.plan.api.PlanOverrides;
import org.physiobench.ui.plan.api.OverridePrompt;
import org.physiobench.ui.plan.api.RevisionReason;
import org.physiobench.ui.plan.api.RevisionReasonPrompt;

/**
 * Every change to a treatment plan goes through {@link #edit}: the change is applied to the
 * current revision if that revision was started in this editing session and is not saved yet;
 * otherwise a new revision is started first ({@link ClinicalRecords#revise}) with the reason
 * the therapist gives. Start and change are one command, so one undo reverts both.
 */
public final class PlanEditing {

    private final EditingDomain domain;
    private final EpisodeOfCare episode;
    /** Revisions started in this session and not saved since: changed in place. */
    private final Set<PlanRevision> openRevisions = Collections.newSetFromMap(new IdentityHashMap<>());
    private Supplier<String> actor = () -> System.getProperty("user.name", "therapist");
    private RevisionReasonPrompt prompt = RevisionReasonPrompt.dialog();
    private OverridePrompt overridePrompt = OverridePrompt.dialog();
    private Clock clock = Clock.systemDefaultZone();

    public PlanEditing(EditingDomain domain, EpisodeOfCare episode) {
        this.domain = domain;
        this.episode = episode;
    }

    public void setActor(Supplier<String> actor) {
        this.actor = actor;
    }

    public void setPrompt(RevisionReasonPrompt prompt) {
        this.prompt = prompt;
    }

    public void setOverridePrompt(OverridePrompt overridePrompt) {
        this.overridePrompt = overridePrompt;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public EditingDomain domain() {
        return domain;
    }

    public EpisodeOfCare episode() {
        return episode;
    }

    public String actor() {
        return actor.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The plan being worked on: the last draft or active plan of the episode, if any. */
    public Optional<TreatmentPlan> currentPlan() {
        return PlanInForce.plan(episode);
    }

    /** @return the revision in force, if there is a plan */
    public Optional<PlanRevision> currentRevision() {
        return currentPlan().map(TreatmentPlan::getCurrentRevision);
    }

    /** @return the contraindication check of {@code modality} for this episode's patient (allowed outside a patient) */
    public ContraindicationVerdict verdict(ModalityDescriptor modality) {
        return ClinicalRecords.patientOf(episode).map(patient -> PlanContraindications.verdict(modality, patient))
                .orElse(ContraindicationCheck.check(modality, Set.<RedFlagCategory>of(), Set.of()));
    }

    /**
     * Blocks block; overrides are explicit. When the check blocks or warns about {@code modality}
     * and the revision in force has no override covering it, asks the therapist to override the
     * block with a reason or acknowledge the precaution.
     *
     * @return the change that records the decision in the revision the modality is planned in
     *         (nothing to record when none is needed), or empty when the therapist cancelled:
     *         then the modality must not be planned
     */
    public Optional<Consumer<PlanRevision>> decideContraindications(Shell shell, ModalityDescriptor modality) {
        ContraindicationVerdict verdict = verdict(modality);
        if (verdict.status() == ContraindicationVerdict.Status.ALLOWED
                || currentRevision().flatMap(revision -> PlanOverrides.covering(revision, verdict)).isPresent()) {
            return Optional.of(revision -> {
            });
        }
        Optional<String> answer = overridePrompt.ask(shell, verdict);
        if (answer.isEmpty() || (verdict.status() == ContraindicationVerdict.Status.BLOCKED && answer.get().isBlank())) {
            return Optional.empty();
        }
        String reason = answer.get();
        String by = actor();
        Instant at = clock.instant();
        return Optional.of(revision -> {
            if (PlanOverrides.covering(revision, verdict).isEmpty()) {
                PlanOverrides.record(revision, verdict, reason, by, at);
            }
        });
    }

    /** @return whether the next change goes into the current revision without a new one */
    public boolean isCurrentRevisionOpen() {
        forgetSavedRevisions();
        return currentRevision().filter(openRevisions::contains).isPresent();
    }

    /** Tells that everything was saved: the next change starts a new revision. */
    public void markSaved() {
        openRevisions.clear();
    }

    private void forgetSavedRevisions() {
        CommandStack stack = domain.getCommandStack();
        if (stack instanceof BasicCommandStack basic && !basic.isSaveNeeded()) {
            openRevisions.clear();
        }
    }

    /**
     * Applies {@code change} to the revision the change belongs in, starting a new one after
     * asking the reason when needed.
     *
     * @param change edits the revision it is given (find items by position: in a new revision
     *        they are copies)
     * @return false when the therapist cancelled the reason (nothing changed)
     */
    public boolean edit(Shell shell, String label, Consumer<PlanRevision> change) {
        boolean inPlace = isCurrentRevisionOpen();
        Optional<TreatmentPlan> plan = currentPlan();
        RevisionReason reason = null;
        if (!inPlace) {
            Optional<RevisionReason> answer = prompt.ask(shell, plan.map(TreatmentPlan::getCurrentRevision).orElse(null));
            if (answer.isEmpty()) {
                return false;
            }
            reason = answer.get();
        }
        RevisionReason given = reason;
        PlanRevision[] changed = new PlanRevision[1];
        ChangeCommand command = new ChangeCommand(episode) {
            @Override
            protected void doExecute() {
                PlanRevision revision = inPlace ? plan.get().getCurrentRevision() : start(plan, given);
                change.accept(revision);
                changed[0] = revision;
            }
        };
        command.setLabel(label);
        domain.getCommandStack().execute(command);
        if (changed[0] != null) {
            openRevisions.add(changed[0]);
        }
        return true;
    }

    private PlanRevision start(Optional<TreatmentPlan> plan, RevisionReason reason) {
        PlanRevision revision;
        if (plan.isPresent() && plan.get().getCurrentRevision() != null) {
            revision = ClinicalRecords.revise(plan.get(), actor(), reason.reason(), clock.instant());
        } else {
            revision = ClinicalRecords.newPlan(episode, today(), actor(), reason.reason(), clock.instant())
                    .getCurrentRevision();
        }
        revision.setAgreedWithPatient(reason.agreedWithPatient());
        return revision;
    }
}
