package org.physiobench.clinical.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The suggestions for one assessment. At an urgent or emergency red-flag level it holds the
 * referrals and nothing else: no treatment is suggested before medical assessment.
 *
 * @param symptomDuration the symptom duration the suggestions are based on
 * @param suggestions goals, modalities or the referral, in the order to show them
 */
public record PlanSuggestion(SymptomDuration symptomDuration, List<Suggestion> suggestions) {

    public PlanSuggestion {
        Objects.requireNonNull(symptomDuration, "symptomDuration");
        suggestions = List.copyOf(suggestions);
    }

    /** @return the acuity the suggestions are based on; empty when the duration was not recorded */
    public Optional<Acuity> acuity() {
        return symptomDuration.acuity();
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

    /** @return the suggestion with this id, if made */
    public Optional<Suggestion> find(String id) {
        return suggestions.stream().filter(suggestion -> suggestion.id().equals(id)).findFirst();
    }

    private List<Suggestion> of(Suggestion.Kind kind) {
        return suggestions.stream().filter(suggestion -> suggestion.kind() == kind).toList();
    }
}
