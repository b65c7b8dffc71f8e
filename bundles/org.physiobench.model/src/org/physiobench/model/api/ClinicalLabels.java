package org.physiobench.model.api;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names of clinical objects and fields as a therapist reads them, for diagnostics and UIs:
 * "Session on 2026-03-04", "Goal 'Walk 30 minutes'", "pain before".
 */
public final class ClinicalLabels {

    private ClinicalLabels() {
    }

    /** @return a short name of {@code object} that identifies it within its patient */
    public static String describe(EObject object) {
        if (object == null) {
            return "(nothing)";
        }
        String specific = specificLabel(object);
        if (specific != null) {
            return specific;
        }
        String kind = capitalize(humanize(object.eClass().getName()));
        return object.eContainer() == null ? kind : kind + " of " + describe(object.eContainer());
    }

    /** @return the field's name in words, e.g. "home programme adherence percent" */
    public static String describe(EStructuralFeature feature) {
        return humanize(feature.getName());
    }

    /** @return camelCase split into lower-case words */
    public static String humanize(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String specificLabel(EObject object) {
        if (object instanceof Patient patient) {
            String name = join(patient.getGivenName(), patient.getFamilyName());
            return "Patient" + (name.isEmpty() ? (patient.getId() == null ? "" : " " + patient.getId()) : " " + name);
        }
        if (object instanceof EpisodeOfCare episode) {
            return "Episode of care" + quoted(episode.getCondition()) + on("from", episode.getStartDate());
        }
        if (object instanceof Assessment assessment) {
            // "Reassessment" names itself; "Initial" and "Discharge" need the noun
            String kind = assessment.getKind() == null ? "Assessment"
                    : assessment.getKind() == AssessmentKind.REASSESSMENT ? "Reassessment"
                            : capitalize(assessment.getKind().getLiteral()) + " assessment";
            return kind + on("on", assessment.getDate());
        }
        if (object instanceof Session session) {
            return "Session" + on("on", session.getDate());
        }
        if (object instanceof TreatmentPlan plan) {
            return "Treatment plan" + on("from", plan.getStartDate());
        }
        if (object instanceof PlanRevision revision) {
            return "Plan revision " + revision.getRevisionNumber() + containerSuffix(revision);
        }
        if (object instanceof Goal goal) {
            return "Goal" + quoted(goal.getDescription());
        }
        if (object instanceof PlannedIntervention intervention) {
            return "Planned intervention" + quoted(intervention.getModalityId());
        }
        if (object instanceof DeliveredIntervention intervention) {
            return "Delivered intervention" + quoted(intervention.getModalityId()) + containerSuffix(intervention);
        }
        if (object instanceof InstrumentAdministration administration) {
            return "Administration of" + quoted(administration.getInstrumentId()) + on("on", administration.getDate());
        }
        if (object instanceof ItemAnswer answer) {
            return "Answer to item" + quoted(answer.getItemId()) + containerSuffix(answer);
        }
        if (object instanceof Discharge discharge) {
            return "Discharge" + on("on", discharge.getDate());
        }
        if (object instanceof HomeProgramme programme) {
            return "Home programme" + on("issued", programme.getIssuedDate());
        }
        if (object instanceof Therapist therapist) {
            return "Therapist" + quoted(therapist.getDisplayName() != null ? therapist.getDisplayName() : therapist.getUsername());
        }
        return null;
    }

    private static String containerSuffix(EObject object) {
        return object.eContainer() == null ? "" : " of " + describe(object.eContainer());
    }

    private static String on(String preposition, LocalDate date) {
        return date == null ? "" : " " + preposition + " " + date;
    }

    private static String quoted(String text) {
        return text == null || text.isBlank() ? "" : " '" + text + "'";
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).trim();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
