package org.physiobench.plan.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.physiobench.clinical.api.RedFlag;
import org.physiobench.clinical.api.RedFlagAction;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.clinical.api.RedFlagScreening;
import org.physiobench.core.api.RedFlagCategory;
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
 * <p>The one reading of a recorded screening: the assessment form's banner, the patient editor's
 * banner and the plan's red-flag findings ({@link PatientFindings#activeRedFlags}) all use it.
 *
 * @param flags the flags the clinical rules raise
 * @param answeredYes the checklist's questions answered "yes" (the other flags come from the age)
 * @param otherPositive "yes" answers to questions the rules do not know
 * @param ageYears the patient's age at the assessment, if known
 * @param referred whether the screening records that the patient was referred for medical review
 */
public record RedFlagStatus(List<RedFlag> flags, Set<RedFlagQuestion> answeredYes, List<RedFlagAnswer> otherPositive,
        OptionalInt ageYears, boolean referred) {

    /**
     * @return whether {@code assessment} records a red-flag screening: at least one question was
     *         asked. A screening whose questions were all "not asked" does not replace an earlier
     *         one - it would otherwise hide that screening's positive answers.
     */
    public static boolean screened(Assessment assessment) {
        return assessment.getRedFlagScreening() != null && assessment.getRedFlagScreening().getAnswers().stream()
                .anyMatch(answer -> answer.getAnswer() != null && answer.getAnswer() != ScreeningAnswer.NOT_ASKED);
    }

    /** @return the flags {@code assessment}'s screening raises (only the age flags when it has none) */
    public static RedFlagStatus of(Assessment assessment) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        Set<RedFlagQuestion> answeredYes = EnumSet.noneOf(RedFlagQuestion.class);
        List<RedFlagAnswer> other = new ArrayList<>();
        if (assessment.getRedFlagScreening() != null) {
            for (RedFlagAnswer answer : assessment.getRedFlagScreening().getAnswers()) {
                if (answer.getAnswer() == null || answer.getAnswer() == ScreeningAnswer.NOT_ASKED) {
                    continue;
                }
                boolean yes = answer.getAnswer() == ScreeningAnswer.YES;
                Optional<RedFlagQuestion> question = RedFlagQuestion.fromId(answer.getQuestionId());
                if (question.isPresent()) {
                    answers.merge(answer.getQuestionId(), yes, Boolean::logicalOr);
                    if (yes) {
                        answeredYes.add(question.get());
                    }
                } else if (yes) {
                    other.add(answer);
                }
            }
        }
        OptionalInt age = age(assessment);
        boolean referred = assessment.getRedFlagScreening() != null
                && assessment.getRedFlagScreening().isReferredForMedicalReview();
        return new RedFlagStatus(RedFlagScreening.screen(answers, age).flags(), Set.copyOf(answeredYes), other, age,
                referred);
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

    /**
     * @return the categories of the flags raised by a "yes" answer, known question or not, without
     *         the flags raised by the patient's age alone (see the open age-only decision in
     *         docs/STATUS.md: plan suggestions are made from answers)
     */
    public Set<RedFlagCategory> answeredCategories() {
        Set<RedFlagCategory> categories = EnumSet.noneOf(RedFlagCategory.class);
        flags.stream().filter(flag -> answeredYes.contains(flag.question()))
                .forEach(flag -> categories.add(flag.category()));
        otherPositive.stream().map(RedFlagAnswer::getCategory).filter(category -> category != null)
                .forEach(categories::add);
        return categories;
    }

    /**
     * @return each finding a "yes" answer raised, as the banner names it ({@code Cauda equina
     *         syndrome: Saddle anaesthesia}, or a recorded answer the rules do not know), without
     *         the flags raised by the patient's age alone: what a correction of the answers would
     *         have to remove
     */
    public List<String> answeredFindings() {
        List<String> findings = new ArrayList<>();
        flags.stream().filter(flag -> answeredYes.contains(flag.question()))
                .forEach(flag -> findings.add(flag.category().label() + ": " + flag.question().label()));
        otherPositive.forEach(answer -> findings.add(recordedAnswer(answer)));
        return findings;
    }

    private static String recordedAnswer(RedFlagAnswer answer) {
        return (answer.getCategory() == null ? "Red flag" : answer.getCategory().label()) + ": " + answer.getQuestionId()
                + " (recorded answer)";
    }

    /** @return whether the flag of {@code question} was raised by the age alone, not by an answer */
    public boolean fromAge(RedFlagQuestion question) {
        return (question == RedFlagQuestion.AGE_OVER_50 || question == RedFlagQuestion.AGE_UNDER_20)
                && !answeredYes.contains(question) && flags.stream().anyMatch(flag -> flag.question() == question);
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
        otherPositive.forEach(answer -> lines.add(recordedAnswer(answer)));
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
