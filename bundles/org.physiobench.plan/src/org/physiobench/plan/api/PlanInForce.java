package org.physiobench.plan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlanStatus;
import org.physiobench.model.api.TreatmentPlan;

/** Which plan of an episode is being followed: the last one that is a draft or active. */
public final class PlanInForce {

    private PlanInForce() {
    }

    /** @return whether the plan is a draft or active (not completed or cancelled) */
    public static boolean isInForce(TreatmentPlan plan) {
        return plan.getStatus() == PlanStatus.DRAFT || plan.getStatus() == PlanStatus.ACTIVE;
    }

    /** @return the last draft or active plan of the episode, if any */
    public static Optional<TreatmentPlan> plan(EpisodeOfCare episode) {
        for (int i = episode.getPlans().size() - 1; i >= 0; i--) {
            if (isInForce(episode.getPlans().get(i))) {
                return Optional.of(episode.getPlans().get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * @return the current revision of every draft or active plan of every episode of the patient,
     *         in episode and plan order: what contraindication checks and save checks look at
     */
    public static List<PlanRevision> currentRevisions(Patient patient) {
        List<PlanRevision> revisions = new ArrayList<>();
        for (EpisodeOfCare episode : patient.getEpisodes()) {
            for (TreatmentPlan plan : episode.getPlans()) {
                if (isInForce(plan) && plan.getCurrentRevision() != null) {
                    revisions.add(plan.getCurrentRevision());
                }
            }
        }
        return revisions;
    }

    /** @return the current revision of that plan, if there is one */
    public static Optional<PlanRevision> revision(EpisodeOfCare episode) {
        return plan(episode).map(TreatmentPlan::getCurrentRevision);
    }
}
