package org.physiobench.ui.plan.api;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.ui.plan.internal.OverrideDialog;

/**
 * Asks the therapist to decide on a contraindication before the {@link PlanForm} plans a
 * modality the check blocks or warns about: an override of a block needs a reason, a precaution
 * needs an acknowledgement (a note is optional). The decision is recorded in the plan revision
 * ({@code PlanRevision.overrides}). The default is {@link #dialog()}; tests and embedding editors
 * may answer it themselves ({@link PlanForm#setOverridePrompt(OverridePrompt)}).
 */
@FunctionalInterface
public interface OverridePrompt {

    /**
     * @param parent the shell to open a dialog on
     * @param verdict the check for the modality and this patient, blocked or warned
     * @return the reason (for a warning: the note, possibly blank), or empty when the therapist
     *         cancels; then nothing is planned. A blank answer to a block counts as cancelled.
     */
    Optional<String> ask(Shell parent, ContraindicationVerdict verdict);

    /** @return the prompt that opens the override dialog */
    static OverridePrompt dialog() {
        return OverrideDialog::ask;
    }
}
