package org.physiobench.ui.plan.internal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.Parameter;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;

/** Makes the home programmes the plan page issues; they are added to the record by the caller's command. */
final class HomeProgrammeIssue {

    /** Days a week when the plan does not say how often: most home programmes are daily or nearly so. */
    static final int DEFAULT_DAYS_PER_WEEK = 5;

    private HomeProgrammeIssue() {
    }

    /**
     * A programme of the revision's exercises with their planned dosage, once a day, as many days
     * a week as the plan says (at most 7). Manual therapy is left out: it is done to the patient,
     * in the clinic. Exercises keep no instructions of their own, so the patient reads the
     * modality's standard ones until the therapist writes theirs.
     */
    static HomeProgramme fromPlan(PlanRevision revision, ModalityRegistry registry, LocalDate issued, String therapistId) {
        HomeProgramme programme = newProgramme(issued, therapistId);
        for (PlannedIntervention planned : revision.getInterventions()) {
            TreatmentComponent component = planned.getComponent() != null ? planned.getComponent()
                    : registry.find(planned.getModalityId()).map(modality -> modality.component()).orElse(null);
            if (component == TreatmentComponent.MANUAL_THERAPY || planned.getModalityId() == null) {
                continue;
            }
            HomeExercise exercise = ClinicalFactory.eINSTANCE.createHomeExercise();
            exercise.setId(ClinicalIds.newId());
            exercise.setModalityId(planned.getModalityId());
            for (Parameter parameter : planned.getParameters()) {
                exercise.getParameters().add(EcoreUtil.copy(parameter));
            }
            exercise.setTimesPerDay(1);
            exercise.setDaysPerWeek(planned.getTimesPerWeek() == null ? DEFAULT_DAYS_PER_WEEK
                    : Math.max(1, Math.min(HomeProgrammePanel.DAYS_PER_WEEK, planned.getTimesPerWeek())));
            programme.getExercises().add(exercise);
        }
        return programme;
    }

    /** A new programme, given today, that starts as a copy of {@code current} (new ids: it is another record). */
    static HomeProgramme revisionOf(HomeProgramme current, LocalDate issued, String therapistId) {
        HomeProgramme programme = newProgramme(issued, therapistId);
        programme.setNotes(current.getNotes());
        for (HomeExercise given : current.getExercises()) {
            HomeExercise exercise = EcoreUtil.copy(given);
            exercise.setId(ClinicalIds.newId());
            programme.getExercises().add(exercise);
        }
        return programme;
    }

    private static HomeProgramme newProgramme(LocalDate issued, String therapistId) {
        HomeProgramme programme = ClinicalFactory.eINSTANCE.createHomeProgramme();
        programme.setId(ClinicalIds.newId());
        programme.setIssuedDate(issued);
        programme.setTherapistId(therapistId);
        return programme;
    }
}
