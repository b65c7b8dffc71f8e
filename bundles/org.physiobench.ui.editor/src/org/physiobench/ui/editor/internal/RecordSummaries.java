package org.physiobench.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Lifestyle;
import org.physiobench.model.api.MedicalHistory;
import org.physiobench.model.api.Score;

/** One-paragraph summaries of assessment sections for the overview page. */
final class RecordSummaries {

    private RecordSummaries() {
    }

    static String history(Assessment assessment) {
        MedicalHistory history = assessment.getMedicalHistory();
        if (history == null) {
            return "Not recorded.";
        }
        List<String> parts = new ArrayList<>();
        parts.add(listOrNone("Conditions", history.getConditions().stream()
                .map(condition -> condition.getName() + (condition.isCurrent() ? "" : " (past)")).toList()));
        parts.add(listOrNone("Medications", history.getMedications().stream()
                .map(medication -> medication.getName() + (medication.getDose() == null ? "" : " " + medication.getDose())).toList()));
        parts.add(listOrNone("Surgery", history.getSurgeries().stream()
                .map(surgery -> surgery.getProcedure() + (surgery.getDate() == null ? "" : " (" + surgery.getDate() + ")")).toList()));
        if (history.getPreviousEpisodes() != null) {
            parts.add("Previous episodes of low back pain: " + history.getPreviousEpisodes());
        }
        return String.join("\n", parts) + "\n(from the assessment of " + assessment.getDate() + ")";
    }

    static String lifestyle(Assessment assessment) {
        Lifestyle lifestyle = assessment.getLifestyle();
        if (lifestyle == null) {
            return "Not recorded.";
        }
        List<String> parts = new ArrayList<>();
        if (lifestyle.getOccupation() != null) {
            parts.add("Occupation: " + lifestyle.getOccupation() + " (" + lifestyle.getWorkDemand().getLiteral() + " work)");
        }
        if (lifestyle.getSittingHoursPerDay() != null) {
            parts.add("Sitting " + lifestyle.getSittingHoursPerDay() + " h a day");
        }
        parts.add("Activity: " + lifestyle.getActivityLevel().getLiteral()
                + (lifestyle.getSports().isEmpty() ? "" : " - " + String.join(", ", lifestyle.getSports()))
                + (lifestyle.isCompetitiveAthlete() ? " (competitive)" : ""));
        if (lifestyle.getSleepHoursPerNight() != null) {
            parts.add("Sleep " + lifestyle.getSleepHoursPerNight() + " h" + (lifestyle.isSleepDisturbedByPain() ? ", disturbed by pain" : ""));
        }
        parts.add("Smoking: " + lifestyle.getSmoking().getLiteral());
        return String.join("\n", parts);
    }

    /** @return e.g. "odi 36, nprs 7" - the stored scores, as the clinical rules computed them */
    static String scores(Assessment assessment) {
        return assessment.getAdministrations().stream().map(RecordSummaries::score).collect(Collectors.joining(", "));
    }

    private static String score(InstrumentAdministration administration) {
        String values = administration.getScores().stream().filter(score -> score.getValue() != null)
                .map(RecordSummaries::value).collect(Collectors.joining("/"));
        return administration.getInstrumentId() + (values.isEmpty() ? " (incomplete)" : " " + values);
    }

    private static String value(Score score) {
        double value = score.getValue();
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value);
    }

    private static String listOrNone(String title, List<String> items) {
        return title + ": " + (items.isEmpty() ? "none recorded" : String.join(", ", items));
    }
}
