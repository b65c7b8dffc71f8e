package org.physiobench.clinical.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;

/**
 * PhysioBench's red-flag triage table, kept as data a clinic can read: {@code
 * triage/red-flag-triage.tsv} in this bundle (its header explains the columns), also printed by
 * {@code physiobench screen --rules} and in docs/clinical-rules.md. Rules are read top to bottom,
 * highest level first.
 */
public final class TriageRules {

    /** Where the built-in table is, in this bundle. */
    public static final String RESOURCE = "/triage/red-flag-triage.tsv";

    private static final String NOTHING = "-";
    private static final String PER_FINDING = "finding";

    private static final List<TriageRule> BUILT_IN = read(RESOURCE);

    private TriageRules() {
    }

    /** @return the built-in rules in table order */
    public static List<TriageRule> builtIn() {
        return BUILT_IN;
    }

    private static List<TriageRule> read(String resource) {
        try (InputStream in = TriageRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the triage table " + resource + " is missing from the bundle");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the triage table " + resource, e);
        }
    }

    /**
     * @param lines the table's lines (comments start with #)
     * @return the rules
     * @throws IllegalArgumentException naming the line of anything the table must not hold: a
     *             triage table with a typo would silently lose a safety rule
     */
    static List<TriageRule> parse(List<String> lines) {
        List<TriageRule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(rule(line.split("\t", -1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("triage table line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }

    private static TriageRule rule(String[] columns) {
        if (columns.length != 6) {
            throw new IllegalArgumentException("expected 6 tab-separated columns, found " + columns.length);
        }
        TriageLevel level = TriageLevel.fromId(columns[1].strip())
                .orElseThrow(() -> new IllegalArgumentException("unknown level '" + columns[1] + "'"));
        String suspects = columns[2].strip();
        RedFlagCategory category = suspects.equals(NOTHING) || suspects.equals(PER_FINDING) ? null
                : RedFlagCategory.fromId(suspects)
                        .orElseThrow(() -> new IllegalArgumentException("unknown category '" + suspects + "'"));
        GuidelineReference source;
        try {
            source = GuidelineReference.valueOf(columns[5].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown source '" + columns[5] + "'");
        }
        return new TriageRule(columns[0].strip(), level, category, suspects.equals(PER_FINDING),
                findings(columns[3]), columns[4].strip().equals(NOTHING) ? Set.of() : findings(columns[4]), source);
    }

    private static Set<RedFlagQuestion> findings(String column) {
        Set<RedFlagQuestion> findings = EnumSet.noneOf(RedFlagQuestion.class);
        for (String key : column.split(",")) {
            findings.add(RedFlagQuestion.fromId(key.strip())
                    .orElseThrow(() -> new IllegalArgumentException("unknown finding '" + key.strip() + "'")));
        }
        return findings;
    }
}
