package org.physiobench.clinical.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;

/**
 * One row of the red-flag triage table ({@link TriageRules}): which findings fire it, the level
 * it gives and what it suspects.
 *
 * @param id the stable id of the rule, e.g. {@code cauda-equina}
 * @param level the level the rule gives when it fires
 * @param suspects the category the rule suspects; {@code null} with {@code perFinding} for a rule
 *            whose findings suspect their own category, {@code null} alone for a risk factor
 * @param perFinding whether each finding suspects its own {@link RedFlagQuestion#category()}
 * @param findings the rule fires on any one of these answered "yes"
 * @param together empty for a single-finding rule; else at least one of these must be "yes" too
 * @param source the guideline the rule rests on
 */
public record TriageRule(String id, TriageLevel level, RedFlagCategory suspects, boolean perFinding,
        Set<RedFlagQuestion> findings, Set<RedFlagQuestion> together, GuidelineReference source) {

    public TriageRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        findings = Set.copyOf(findings);
        together = Set.copyOf(together);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("triage rule " + id + " names no finding");
        }
        if (level == TriageLevel.NONE) {
            throw new IllegalArgumentException("triage rule " + id + " gives no level");
        }
        if (level.suspectsPathology() != (suspects != null || perFinding)) {
            throw new IllegalArgumentException("triage rule " + id + ": a rule suspects a category exactly when its "
                    + "level is non-urgent or above");
        }
    }

    /** @return whether the rule needs a second finding (a combination rule) */
    public boolean combination() {
        return !together.isEmpty();
    }

    /** @return what a finding firing this rule suspects: the rule's category or the finding's own */
    public Optional<RedFlagCategory> suspected(RedFlagQuestion finding) {
        return perFinding ? finding.category() : Optional.ofNullable(suspects);
    }
}
