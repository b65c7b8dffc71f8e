package org.physiobench.clinical.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.physiobench.core.api.RedFlagCategory;

/**
 * Turns red-flag screening answers into flags (AHCPR guideline no. 14, Bigos et al. 1994). Each
 * "yes" raises a flag of its question's category with the action "refer before treatment".
 *
 * <p>Answers are keyed by {@link RedFlagQuestion#id()}; an unknown key is an error rather than
 * silently ignored, because a misspelt key would hide a positive answer. The age flags (over 50,
 * under 20) are also derived from the patient's age when it is given.
 */
public final class RedFlagScreening {

    /** Older than this is a tumour/infection flag (AHCPR 1994: age &gt; 50). */
    public static final int AGE_OVER = 50;

    /** Younger than this is a tumour/infection flag (AHCPR 1994: age &lt; 20). */
    public static final int AGE_UNDER = 20;

    private RedFlagScreening() {
    }

    /** The flags raised by one screening. */
    public record Result(List<RedFlag> flags) {

        public Result {
            flags = List.copyOf(flags);
        }

        /** @return the categories flagged, in {@link RedFlagCategory} order */
        public Set<RedFlagCategory> categories() {
            Set<RedFlagCategory> categories = EnumSet.noneOf(RedFlagCategory.class);
            flags.forEach(flag -> categories.add(flag.category()));
            return categories;
        }

        /** @return whether the patient must be referred before any treatment */
        public boolean referralRequired() {
            return flags.stream().anyMatch(flag -> flag.action() == RedFlagAction.REFER_BEFORE_TREATMENT);
        }
    }

    /**
     * @param answers question id to the answer ({@code true} = yes); questions not asked may be left out
     * @param ageYears the patient's age in whole years, if known
     * @return the flags raised, in {@link RedFlagQuestion} order
     * @throws InvalidAnswersException if a key is not a {@link RedFlagQuestion} id or an answer is null
     */
    public static Result screen(Map<String, Boolean> answers, OptionalInt ageYears) {
        Set<RedFlagQuestion> positive = new LinkedHashSet<>();
        answers.forEach((id, answer) -> {
            RedFlagQuestion question = RedFlagQuestion.fromId(id)
                    .orElseThrow(() -> new InvalidAnswersException("unknown red-flag question '" + id + "'"));
            if (answer == null) {
                throw new InvalidAnswersException("red-flag question '" + id + "' has no answer");
            }
            if (answer) {
                positive.add(question);
            }
        });
        ageYears.ifPresent(age -> {
            if (age < 0) {
                throw new InvalidAnswersException("age " + age + " is negative");
            }
            if (age > AGE_OVER) {
                positive.add(RedFlagQuestion.AGE_OVER_50);
            }
            if (age < AGE_UNDER) {
                positive.add(RedFlagQuestion.AGE_UNDER_20);
            }
        });
        List<RedFlag> flags = new ArrayList<>();
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            if (positive.contains(question)) {
                flags.add(RedFlag.raisedBy(question));
            }
        }
        return new Result(flags);
    }
}
