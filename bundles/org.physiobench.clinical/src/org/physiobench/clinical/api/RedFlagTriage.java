package org.physiobench.clinical.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.physiobench.core.api.TriageLevel;

/**
 * Grades positive red-flag findings by the triage table ({@link TriageRules}; PhysioBench
 * clinical reference, "Red flags: graded triage": IFOMPT 2020, GIRFT 2023, Downie 2013, NICE
 * NG59). The patient's level is the highest level any rule gives; each finding gets the level of
 * the highest rule it took part in.
 *
 * <p>A single-finding rule does not count a finding again that a rule above it already used at
 * non-urgent or higher (a history of cancer with weight loss is an urgent malignancy finding,
 * not also a non-urgent one). Combination rules may share findings.
 */
public final class RedFlagTriage {

    /** Older than this (age &gt; 50) is a risk factor, and with a history of cancer urgent (IFOMPT 2020). */
    public static final int AGE_OVER = 50;

    /** Younger than this (age &lt; 20) is a risk factor (IFOMPT 2020). */
    public static final int AGE_UNDER = 20;

    /** The oldest age accepted; anything above is a data error, not a patient. */
    public static final int AGE_MAX = 130;

    private RedFlagTriage() {
    }

    /**
     * @param positive the findings answered "yes" (derived age findings are ignored: the age decides them)
     * @param ageYears the patient's age in whole years at the screening, if known
     * @return the triage by the built-in rules
     */
    public static Triage triage(Set<RedFlagQuestion> positive, OptionalInt ageYears) {
        return triage(TriageRules.builtIn(), positive, ageYears, List.of());
    }

    /**
     * @param rules the triage table, highest level first
     * @param positive the findings answered "yes" (derived age findings are replaced by what the age says
     *            when the age is known)
     * @param ageYears the patient's age in whole years at the screening, if known
     * @param unknown positive findings the rules do not know (older or imported records), added as they
     *            are: a positive answer is never hidden
     * @return the triage
     * @throws InvalidAnswersException if the age is negative or over {@value #AGE_MAX}
     */
    public static Triage triage(List<TriageRule> rules, Set<RedFlagQuestion> positive, OptionalInt ageYears,
            List<TriageFinding> unknown) {
        Set<RedFlagQuestion> yes = EnumSet.noneOf(RedFlagQuestion.class);
        yes.addAll(positive);
        if (ageYears.isPresent()) {
            yes.removeIf(RedFlagQuestion::derived);
            yes.addAll(ageFindings(ageYears.getAsInt()));
        }
        Map<RedFlagQuestion, TriageFinding> judged = new EnumMap<>(RedFlagQuestion.class);
        for (TriageRule rule : rules) {
            if (rule.combination()) {
                fireCombination(rule, yes, judged);
            } else {
                fireSingle(rule, yes, judged);
            }
        }
        List<TriageFinding> findings = new ArrayList<>(judged.values());
        findings.addAll(unknown);
        TriageLevel level = findings.stream().map(TriageFinding::level).reduce(TriageLevel.NONE, TriageLevel::max);
        return new Triage(level, findings);
    }

    /**
     * Reads answers as a screening records them: each key a {@link RedFlagQuestion} id that is
     * asked (not a derived age finding), each value {@code yes}, {@code no} or {@code unknown}.
     *
     * @return the findings answered "yes"
     * @throws InvalidAnswersException naming the first unknown key or value: a misspelt key would
     *             hide a positive answer
     */
    public static Set<RedFlagQuestion> positive(Map<String, String> answers) {
        Set<RedFlagQuestion> yes = EnumSet.noneOf(RedFlagQuestion.class);
        answers.forEach((key, value) -> {
            RedFlagQuestion question = RedFlagQuestion.fromId(key)
                    .orElseThrow(() -> new InvalidAnswersException("unknown red-flag finding '" + key + "'"));
            if (question.derived()) {
                throw new InvalidAnswersException("'" + key + "' is not asked: the age decides it");
            }
            switch (value == null ? "" : value) {
                case "yes" -> yes.add(question);
                case "no", "unknown" -> {
                    // not positive
                }
                default -> throw new InvalidAnswersException(
                        "the answer to '" + key + "' must be yes, no or unknown, not '" + value + "'");
            }
        });
        return yes;
    }

    /**
     * @return the derived age findings for this age: over 50 (age &gt; 50) or under 20 (age &lt; 20)
     * @throws InvalidAnswersException if the age is negative or over {@value #AGE_MAX}
     */
    public static Set<RedFlagQuestion> ageFindings(int ageYears) {
        if (ageYears < 0 || ageYears > AGE_MAX) {
            throw new InvalidAnswersException("age " + ageYears + " is not a whole number from 0 to " + AGE_MAX);
        }
        if (ageYears > AGE_OVER) {
            return Set.of(RedFlagQuestion.AGE_OVER_50);
        }
        return ageYears < AGE_UNDER ? Set.of(RedFlagQuestion.AGE_UNDER_20) : Set.of();
    }

    private static void fireCombination(TriageRule rule, Set<RedFlagQuestion> yes,
            Map<RedFlagQuestion, TriageFinding> judged) {
        List<RedFlagQuestion> main = rule.findings().stream().filter(yes::contains).toList();
        List<RedFlagQuestion> partners = rule.together().stream().filter(yes::contains).toList();
        if (main.isEmpty() || partners.isEmpty()) {
            return;
        }
        main.forEach(finding -> judge(rule, finding, judged));
        partners.forEach(finding -> judge(rule, finding, judged));
    }

    private static void fireSingle(TriageRule rule, Set<RedFlagQuestion> yes, Map<RedFlagQuestion, TriageFinding> judged) {
        for (RedFlagQuestion finding : rule.findings()) {
            if (yes.contains(finding) && !judged.containsKey(finding)) {
                judge(rule, finding, judged);
            }
        }
    }

    /** Gives the finding this rule's level unless a rule of a higher level already gave it one. */
    private static void judge(TriageRule rule, RedFlagQuestion finding, Map<RedFlagQuestion, TriageFinding> judged) {
        TriageFinding earlier = judged.get(finding);
        if (earlier != null && earlier.level().compareTo(rule.level()) >= 0) {
            return;
        }
        judged.put(finding, new TriageFinding(finding.id(), finding.label(), rule.level(),
                rule.suspected(finding).orElse(null), rule.id()));
    }
}
