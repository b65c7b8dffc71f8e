package org.physiobench.clinical.api;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;

/**
 * The outcome of a red-flag triage ({@link RedFlagTriage}): the patient's level, what is
 * suspected, and each positive finding with its own level.
 *
 * @param level the highest level any rule gave; {@link TriageLevel#NONE} when nothing fired
 * @param findings the positive findings, in {@link RedFlagQuestion} order, recorded unknown keys last
 */
public record Triage(TriageLevel level, List<TriageFinding> findings) {

    /** No positive finding. */
    public static final Triage NONE = new Triage(TriageLevel.NONE, List.of());

    public Triage {
        Objects.requireNonNull(level, "level");
        findings = List.copyOf(findings);
    }

    /** @return what the therapist must do, in words; empty for {@link TriageLevel#NONE} */
    public String action() {
        return level.action();
    }

    /**
     * @return each suspected category with the highest level that suspects it: the rules that
     *         fired at non-urgent or above (risk factors suspect nothing)
     */
    public Map<RedFlagCategory, TriageLevel> suspectedLevels() {
        Map<RedFlagCategory, TriageLevel> suspected = new EnumMap<>(RedFlagCategory.class);
        for (TriageFinding finding : findings) {
            if (finding.category() != null && finding.level().suspectsPathology()) {
                suspected.merge(finding.category(), finding.level(), TriageLevel::max);
            }
        }
        return suspected;
    }

    /** @return the suspected categories */
    public Set<RedFlagCategory> suspected() {
        return suspectedLevels().keySet();
    }

    /** @return the suspected categories' ids, sorted (as {@code physiobench screen} prints them) */
    public Set<String> suspectedIds() {
        return suspected().stream().map(RedFlagCategory::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return the findings at {@code level} */
    public List<TriageFinding> findingsAt(TriageLevel at) {
        return findings.stream().filter(finding -> finding.level() == at).toList();
    }

    /** @return the findings ordered from the most to the least urgent (stable within a level) */
    public List<TriageFinding> byUrgency() {
        return findings.stream().sorted(Comparator.comparing(TriageFinding::level).reversed()).toList();
    }
}
