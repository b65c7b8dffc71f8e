package org.physiobench.clinical.api;

import java.util.List;

/**
 * The suggestions for one assessment. With a red flag it holds a referral and nothing else: no
 * treatment is suggested before medical assessment.
 *
 * @param acuity the acuity the suggestions are based on
 * @param suggestions goals, modalities or the referral, in the order to show them
 */
public record PlanSuggestion(Acuity acuity, List<Suggestion> suggestions) {

    public PlanSuggestion {
        suggestions = List.copyOf(suggestions);
    }

    /** @return whether a medical referral is suggested (before treatment, or beside it at a non-urgent level) */
    public boolean referralRequired() {
        return suggestions.stream().anyMatch(suggestion -> suggestion.kind() == Suggestion.Kind.REFERRAL);
    }

    /** @return the suggested goals */
    public List<Suggestion> goals() {
        return of(Suggestion.Kind.GOAL);
    }

    /** @return the suggested modalities; each id is a canonical modality id */
    public List<Suggestion> modalities() {
        return of(Suggestion.Kind.MODALITY);
    }

    private List<Suggestion> of(Suggestion.Kind kind) {
        return suggestions.stream().filter(suggestion -> suggestion.kind() == kind).toList();
    }
}
