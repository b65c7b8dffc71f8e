package org.physiobench.ui.plan.api;

import java.util.ArrayList;
import java.util.List;

import org.physiobench.modality.api.Modalities;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.Patient;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.plan.api.PlanOverrides;

/**
 * What the patient editor checks before it saves the plans of a patient. Blocks block:
 * {@link #problemsBeforeSave(Patient)} names every planned intervention (current revision of
 * each draft or active plan) that is contraindicated without an override with a reason, or needs
 * a precaution that was not acknowledged; the record must not be saved while there is one.
 * {@link #warningsBeforeSave(Patient)} is what the therapist confirms.
 */
public final class PlanSaveCheck {

    private PlanSaveCheck() {
    }

    /**
     * @return why the record cannot be saved: one sentence per intervention that still needs an
     *         override of its block (with a reason) or the acknowledgement of its precaution;
     *         empty when the plans may be saved
     */
    public static List<String> problemsBeforeSave(Patient patient) {
        return PlanOverrides.problems(patient, Modalities.registry());
    }

    /**
     * @return what the therapist must see before saving: the {@link #problemsBeforeSave
     *         problems} (the patient editor refuses to save while there are any; a caller that reads only
     *         the warnings still sees them) and one sentence per
     *         intervention whose modality is not installed, so it cannot be checked; empty when
     *         saving needs no confirmation. Overridden and acknowledged contraindications are on
     *         record and not asked again.
     */
    public static List<String> warningsBeforeSave(Patient patient) {
        return undecided(patient, Modalities.registry());
    }

    /** @return the problems and the interventions that cannot be checked, for {@code registry} */
    static List<String> undecided(Patient patient, ModalityRegistry registry) {
        List<String> found = new ArrayList<>(PlanOverrides.problems(patient, registry));
        found.addAll(PlanContraindications.uncheckable(patient, registry));
        return found;
    }
}
