package org.physiobench.ui.assessment.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.physiobench.clinical.api.RedFlag;
import org.physiobench.clinical.api.RedFlagAction;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.clinical.api.RedFlagScreening;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;

/**
 * The red flags an assessment's screening raises, as the clinical rules decide them
 * ({@link RedFlagScreening}, AHCPR 1994): each "yes" and the age flags from the patient's age at
 * the assessment. A "yes" recorded under a question id the checklist does not know (older or
 * imported records) is shown as a flag too: a positive answer is never hidden.
 *
 * @param flags the flags the clinical rules raise
 * @param otherPositive "yes" answers to questions the rules do not know
 * @param ageYears the patient's age at the assessment, if known
 * @param referred whether the screening records that the patient was referred for medical review
 */
public record RedFlagStatus(List<RedFlag> flags, List<RedFlagAnswer> otherPositive, OptionalInt ageYears,
        boolean referred) {

    public static RedFlagStatus of(Assessment assessment) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        List<RedFlagAnswer> other = new ArrayList<>();
        if (assessment.getRedFlagScreening() != null) {
            for (RedFlagAnswer answer : assessment.getRedFlagScreening().getAnswers()) {
                if (answer.getAnswer() == null || answer.getAnswer() == ScreeningAnswer.NOT_ASKED) {
                    continue;
                }
                boolean yes = answer.getAnswer() == ScreeningAnswer.YES;
                if (RedFlagQuestion.fromId(answer.getQuestionId()).isPresent()) {
                    answers.merge(answer.getQuestionId(), yes, Boolean::logicalOr);
                } else if (yes) {
                    other.add(answer);
                }
            }
        }
        OptionalInt age = age(assessment);
        boolean referred = assessment.getRedFlagScreening() != null
                && assessment.getRedFlagScreening().isReferredForMedicalReview();
        return new RedFlagStatus(RedFlagScreening.screen(answers, age).flags(), other, age, referred);
    }

    private static OptionalInt age(Assessment assessment) {
        LocalDate birth = ClinicalRecords.patientOf(assessment).map(Patient::getBirthDate).orElse(null);
        LocalDate on = assessment.getDate() != null ? assessment.getDate() : LocalDate.now();
        if (birth == null || birth.isAfter(on)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(birth, on).getYears());
    }

    /** @return what the therapist must do, in words */
    public static String describe(RedFlagAction action) {
        return switch (action) {
            case REFER_BEFORE_TREATMENT -> "refer for medical assessment before treatment";
        };
    }

    /** @return whether any flag is raised */
    public boolean raised() {
        return !flags.isEmpty() || !otherPositive.isEmpty();
    }

    /** @return whether the flag of {@code question} was raised by the age, not by an answer */
    public boolean fromAge(RedFlagQuestion question) {
        return (question == RedFlagQuestion.AGE_OVER_50 || question == RedFlagQuestion.AGE_UNDER_20)
                && flags.stream().anyMatch(flag -> flag.question() == question);
    }

    /**
     * @return the banner text: empty when nothing is raised, else the action and each flag by
     *         category, e.g. {@code RED FLAGS - refer for medical assessment before treatment:
     *         Cauda equina syndrome: Saddle anaesthesia}
     */
    public String bannerText() {
        if (!raised()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        flags.stream().collect(Collectors.groupingBy(RedFlag::category, LinkedHashMap::new, Collectors.toList()))
                .forEach((category, raised) -> lines.add(category.label() + ": " + raised.stream()
                        .map(flag -> flag.question().label() + (fromAge(flag.question()) && ageYears.isPresent()
                                ? " (age " + ageYears.getAsInt() + ")" : ""))
                        .collect(Collectors.joining("; "))));
        otherPositive.forEach(answer -> lines.add((answer.getCategory() == null ? "Red flag" : answer.getCategory().label())
                + ": " + answer.getQuestionId() + " (recorded answer)"));
        if (referred) {
            lines.add("Referred for medical review.");
        }
        // a recorded "yes" the rules do not know is treated like every AHCPR red flag: referral
        String actions = flags.stream().map(RedFlag::action).distinct().map(RedFlagStatus::describe)
                .collect(Collectors.joining("; "));
        return "RED FLAGS - " + (actions.isEmpty() ? describe(RedFlagAction.REFER_BEFORE_TREATMENT) : actions) + "\n"
                + String.join("\n", lines);
    }
}
