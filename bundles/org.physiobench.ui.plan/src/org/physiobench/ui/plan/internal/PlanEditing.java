package org.physiobench.ui.plan.internal;

import java.time.Clock;
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
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.plan.api.PlanInForce;
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
