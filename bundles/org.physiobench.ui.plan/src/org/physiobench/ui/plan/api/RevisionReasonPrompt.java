package org.physiobench.ui.plan.api;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.internal.ReasonDialog;

/**
 * Asks the therapist why the plan changes, before the {@link PlanForm} starts a new revision.
 * The default is a small dialog; tests and embedding editors may answer it themselves
 * ({@link PlanForm#setReasonPrompt(RevisionReasonPrompt)}).
 */
@FunctionalInterface
public interface RevisionReasonPrompt {

    /**
     * @param parent the shell to open a dialog on
     * @param current the revision in force that is about to be revised, or {@code null} when the
     *        episode has no plan yet and the first revision is started
     * @return the reason, or empty when the therapist cancels (then nothing changes)
     */
    Optional<RevisionReason> ask(Shell parent, PlanRevision current);

    /** @return the prompt that opens the reason dialog */
    static RevisionReasonPrompt dialog() {
        return ReasonDialog::ask;
    }
}
