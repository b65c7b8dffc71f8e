package org.physiobench.clinical.api;

import java.util.Objects;
import java.util.Optional;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;

/**
 * One positive red-flag finding as the triage judged it.
 *
 * @param key the answer key, e.g. {@code history-of-cancer} (also a recorded key the rules do not know)
 * @param label the finding as a therapist reads it
 * @param level the highest level of a rule the finding took part in
 * @param category what the finding suspects at that level; {@code null} for a risk factor
 * @param rule the id of the rule that gave the level; {@code null} for a recorded answer the rules do not know
 */
public record TriageFinding(String key, String label, TriageLevel level, RedFlagCategory category, String rule) {

    public TriageFinding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(level, "level");
    }

    /** @return what the finding suspects, if anything */
    public Optional<RedFlagCategory> suspected() {
        return Optional.ofNullable(category);
    }
}
