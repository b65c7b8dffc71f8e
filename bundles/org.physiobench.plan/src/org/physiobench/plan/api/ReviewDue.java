package org.physiobench.plan.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.TreatmentPlan;

/**
 * When a re-assessment is due: the earliest review date ({@code PlanRevision.reviewDate}) of the
 * current revisions of the plans in force ({@link PlanInForce#isInForce}: draft or active).
 * Outcome measures are repeated every 2-4 weeks (clinical reference, "Guidance for plan
 * suggestions"; JOSPT 2021); the therapist sets the date in the plan. Reads the model only.
 *
 * @param date the review date
 * @param revision the plan revision that set it
 */
public record ReviewDue(LocalDate date, PlanRevision revision) {

    public ReviewDue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(revision, "revision");
    }

    /** @return whether the review is due on {@code today}: the date is today or past */
    public boolean isDue(LocalDate today) {
        return !today.isBefore(date);
    }

    /** @return the earliest review date of the episode's plans in force, if any sets one */
    public static Optional<ReviewDue> of(EpisodeOfCare episode) {
        return earliest(episode.getPlans().stream());
    }

    /** @return the earliest review date of the plans in force in any of the patient's episodes */
    public static Optional<ReviewDue> of(Patient patient) {
        return earliest(patient.getEpisodes().stream().flatMap(episode -> episode.getPlans().stream()));
    }

    private static Optional<ReviewDue> earliest(Stream<TreatmentPlan> plans) {
        return plans.filter(PlanInForce::isInForce).map(TreatmentPlan::getCurrentRevision)
                .filter(revision -> revision != null && revision.getReviewDate() != null)
                .map(revision -> new ReviewDue(revision.getReviewDate(), revision))
                .min(Comparator.comparing(ReviewDue::date));
    }
}
