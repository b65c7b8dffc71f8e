package org.physiobench.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.cli.api.UsageException;
import org.physiobench.clinical.api.InvalidAnswersException;
import org.physiobench.clinical.api.RedFlagTriage;
import org.physiobench.clinical.api.Triage;
import org.physiobench.clinical.api.TriageFinding;
import org.physiobench.clinical.api.TriageRule;
import org.physiobench.clinical.api.TriageRules;

/**
 * {@code physiobench screen [--age N] [key=yes|no|unknown,...]}: the red-flag triage of one
 * screening ({@link RedFlagTriage}), for audits and research; {@code --batch} triages one
 * {@code <age or -> <answers or ->} per line; {@code --rules} prints the triage table.
 */
final class ScreenCommand extends RequestCommand {

    private static final String NONE = "-";
    private static final String AGE = "--age";
    private static final String RULES = "--rules";

    @Override
    public String name() {
        return "screen";
    }

    @Override
    List<String> requestWords() {
        return List.of("age", "answers");
    }

    @Override
    public int run(List<String> arguments, Io io) {
        if (arguments.contains(BATCH)) {
            return super.run(arguments, io);
        }
        if (arguments.contains(RULES)) {
            if (arguments.size() > 1) {
                throw new UsageException("--rules takes no other arguments");
            }
            TriageRules.builtIn().forEach(rule -> io.out().println(rule(rule)));
            return ExitCodes.OK;
        }
        List<String> answers = new ArrayList<>(arguments);
        String age = NONE;
        int at = answers.indexOf(AGE);
        if (at >= 0) {
            if (at + 1 >= answers.size()) {
                throw new UsageException("--age needs a whole number from 0 to " + RedFlagTriage.AGE_MAX);
            }
            age = answers.get(at + 1);
            answers.subList(at, at + 2).clear();
        }
        answers.forEach(word -> {
            if (word.startsWith("--")) {
                throw new UsageException("unknown option " + word);
            }
        });
        return super.run(List.of(age, answers.isEmpty() ? NONE : String.join(",", answers)), io);
    }

    @Override
    Json answer(List<String> words) {
        Triage triage = RedFlagTriage.triage(RedFlagTriage.positive(answers(words.get(1))), age(words.get(0)));
        List<Json> findings = new ArrayList<>();
        for (TriageFinding finding : triage.findings()) {
            findings.add(Json.object().put("key", finding.key()).put("level", finding.level().id()).put("category",
                    finding.category() == null ? null : finding.category().id()));
        }
        return Json.object().put("level", triage.level().id()).put("suspected", List.copyOf(triage.suspectedIds()))
                .put("findings", findings).put("action", triage.action());
    }

    private static OptionalInt age(String word) {
        if (word.equals(NONE)) {
            return OptionalInt.empty();
        }
        int age;
        try {
            age = Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw new InvalidAnswersException(
                    "age '" + word + "' is not a whole number from 0 to " + RedFlagTriage.AGE_MAX);
        }
        RedFlagTriage.ageFindings(age); // refuses an age out of range with the same message
        return OptionalInt.of(age);
    }

    private static Map<String, String> answers(String word) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (word.equals(NONE)) {
            return answers;
        }
        for (String answer : word.split(",")) {
            String[] keyAndValue = answer.strip().split("=", -1);
            if (keyAndValue.length != 2 || keyAndValue[0].isEmpty()) {
                throw new InvalidAnswersException("'" + answer.strip() + "' is not key=yes|no|unknown");
            }
            if (answers.put(keyAndValue[0], keyAndValue[1]) != null) {
                throw new InvalidAnswersException("'" + keyAndValue[0] + "' is answered twice");
            }
        }
        return answers;
    }

    private static Json rule(TriageRule rule) {
        return Json.object().put("rule", rule.id()).put("level", rule.level().id())
                .put("suspects", rule.perFinding() ? "finding" : rule.suspects() == null ? null : rule.suspects().id())
                .put("findings", rule.findings().stream().map(f -> f.id()).sorted().toList())
                .put("with", rule.together().stream().map(f -> f.id()).sorted().toList())
                .put("action", rule.level().action()).put("source", rule.source().citation());
    }

    @Override
    public String help() {
        return """
                screen [--age N] [key=yes|no|unknown,...]
                    The red-flag triage of one screening (PhysioBench's graded triage table: IFOMPT
                    2020, GIRFT 2023, NICE NG59). Prints {"level" (emergency, urgent, non-urgent,
                    screen or none), "suspected" (sorted category ids of the rules that fired at
                    non-urgent or above), "findings" (each {"key", "level", "category"}), "action"}.
                    Keys: saddle-anaesthesia, bladder-bowel-dysfunction, sexual-dysfunction,
                    bilateral-leg-symptoms, progressive-neurological-deficit, foot-drop, major-trauma,
                    minor-trauma-older-or-osteoporotic, prolonged-corticosteroids, history-of-cancer,
                    unexplained-weight-loss, fever-chills, recent-bacterial-infection, iv-drug-use,
                    immunosuppression, pain-worse-lying-down, severe-night-pain. The age (0-130)
                    decides age-over-50 and age-under-20; they are not answers.
                screen --batch
                    Reads '<age or -> <answers or ->' per line from standard input (answers
                    comma-separated key=value), one JSON object per line out; a bad line gives
                    {"error": "..."} and the rest go on.
                screen --rules
                    Prints the triage table, one rule per line as JSON.""";
    }
}
