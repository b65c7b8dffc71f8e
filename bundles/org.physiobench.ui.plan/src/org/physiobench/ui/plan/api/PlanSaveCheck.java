package org.physiobench.ui.plan.api;

import java.util.List;

import org.physiobench.modality.api.Modalities;
import org.physiobench.model.api.Patient;
import org.physiobench.plan.api.PlanContraindications;

/**
 * What the patient editor shows in a confirm dialog before it saves: the contraindications of
 * the planned interventions against the patient's red flags and conditions.
 */
public final class PlanSaveCheck {

    private PlanSaveCheck() {
    }

    /**
     * @return one sentence per planned intervention (current revision of each draft or active
     *         plan) that is contraindicated, needs a precaution, or cannot be checked because
     *         its modality is not installed; empty when saving needs no confirmation
     */
    public static List<String> warningsBeforeSave(Patient patient) {
        return PlanContraindications.warnings(patient, Modalities.registry());
    }
}
