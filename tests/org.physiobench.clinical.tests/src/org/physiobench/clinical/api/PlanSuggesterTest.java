package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanSuggesterTest {

    /** The canonical built-in modality ids (PhysioBench briefing); suggestions may name no others. */
    private static final Set<String> CANONICAL_MODALITIES = Set.of("pain-relief.pelvic-tilt",
            "pain-relief.leg-raise", "pain-relief.knee-to-chest", "pain-relief.lumbar-rotation-stretch",
            "manual-therapy.soft-tissue-massage", "manual-therapy.joint-mobilisation",
            "manual-therapy.spinal-manipulation", "education.lifting-technique", "education.sitting-ergonomics",
            "education.pain-neuroscience", "education.activity-pacing", "core.abdominal-bracing", "core.bird-dog",
            "core.dead-bug", "core.side-plank", "core.bridging", "flexibility.hamstring-stretch",
            "flexibility.hip-flexor-stretch", "flexibility.cat-camel", "flexibility.prone-press-up",
            "functional.sit-to-stand", "functional.lift-and-carry", "functional.task-specific-drill",
            "prevention.walking-programme", "prevention.self-management", "prevention.flare-up-plan",
            "sport.return-to-sport-drills");

    private static PlanSuggestion suggest(int days, StartBackGroup group, DirectionalPreference preference,
            String... positive) {
        Set<RedFlagQuestion> findings = java.util.Arrays.stream(positive)
                .map(key -> RedFlagQuestion.fromId(key).orElseThrow()).collect(java.util.stream.Collectors.toSet());
        return PlanSuggester.suggest(new AssessmentSummary(days, group, preference,
                RedFlagTriage.triage(findings, java.util.OptionalInt.of(40))));
    }

    private static List<String> modalityIds(PlanSuggestion suggestion) {
        return suggestion.modalities().stream().map(Suggestion::id).toList();
    }

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource({ "0, ACUTE", "41, ACUTE", "42, SUBACUTE", "84, SUBACUTE", "85, CHRONIC", "400, CHRONIC" })
    void acuityFromSymptomDuration(int days, Acuity acuity) {
        assertEquals(acuity, Acuity.ofSymptomDurationDays(days));
    }

    @Test
    void aNegativeDurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Acuity.ofSymptomDurationDays(-1));
    }

    @Test
    void anEmergencyOrUrgentTriageSuggestsOnlyTheReferralsMostUrgentFirst() {
        PlanSuggestion suggestion = suggest(100, StartBackGroup.HIGH, DirectionalPreference.EXTENSION,
                "major-trauma", "bilateral-leg-symptoms", "fever-chills");
        assertTrue(suggestion.referralRequired());
        assertTrue(suggestion.modalities().isEmpty());
        assertTrue(suggestion.goals().isEmpty());
        assertEquals(List.of("referral.cauda-equina", "referral.fracture", "referral.infection"),
                suggestion.suggestions().stream().map(Suggestion::id).toList());
        assertEquals(GuidelineReference.GIRFT_2023, suggestion.suggestions().get(0).reference());
        assertTrue(suggestion.suggestions().get(0).text().contains("emergency department"));
        assertTrue(suggestion.suggestions().get(1).text().contains("within 24 hours"));
        assertTrue(suggestion.suggestions().get(2).text().contains("within days"));
    }

    @Test
    void aNonUrgentFindingSuggestsTheGpReviewBesideTheTreatment() {
        PlanSuggestion suggestion = suggest(120, null, DirectionalPreference.NONE, "prolonged-corticosteroids");
        assertEquals("referral.fracture", suggestion.suggestions().get(0).id());
        assertEquals(GuidelineReference.IFOMPT_2020, suggestion.suggestions().get(0).reference());
        assertFalse(suggestion.modalities().isEmpty(), "treatment may start with caution");
    }

    @Test
    void aRiskFactorAloneChangesNothing() {
        assertEquals(suggest(120, null, DirectionalPreference.NONE).suggestions(),
                suggest(120, null, DirectionalPreference.NONE, "severe-night-pain").suggestions());
    }

    @Test
    void acutePainSuggestsMobilisationAndManipulation() {
        List<String> ids = modalityIds(suggest(14, null, DirectionalPreference.NONE));
        assertTrue(ids.contains("manual-therapy.joint-mobilisation"), ids.toString());
        assertTrue(ids.contains("manual-therapy.spinal-manipulation"), ids.toString());
        assertTrue(ids.contains("education.pain-neuroscience"), "education throughout");
        assertFalse(ids.contains("core.bird-dog"), ids.toString());
    }

    @Test
    void chronicPainSuggestsTrunkAndGeneralExercise() {
        PlanSuggestion suggestion = suggest(120, null, DirectionalPreference.NONE);
        assertEquals(Acuity.CHRONIC, suggestion.acuity());
        List<String> ids = modalityIds(suggestion);
        assertTrue(ids.containsAll(List.of("core.abdominal-bracing", "core.bird-dog", "core.side-plank",
                "prevention.walking-programme", "education.pain-neuroscience")), ids.toString());
        assertFalse(ids.contains("manual-therapy.spinal-manipulation"), ids.toString());
        assertTrue(suggestion.modalities().stream().filter(s -> s.id().startsWith("core."))
                .allMatch(s -> s.reference() == GuidelineReference.JOSPT_2021));
    }

    @Test
    void startBackGroupsFollowStratifiedCare() {
        assertTrue(modalityIds(suggest(120, StartBackGroup.LOW, DirectionalPreference.NONE))
                .contains("prevention.self-management"));
        assertTrue(modalityIds(suggest(14, StartBackGroup.MEDIUM, DirectionalPreference.NONE))
                .contains("core.bird-dog"));
        PlanSuggestion high = suggest(120, StartBackGroup.HIGH, DirectionalPreference.NONE);
        assertTrue(modalityIds(high).contains("education.activity-pacing"));
        assertTrue(high.goals().stream().anyMatch(goal -> goal.id().equals("goal.reduce-fear-avoidance")
                && goal.reference() == GuidelineReference.STARTBACK_HILL_2011));
    }

    @Test
    void directionalPreferenceSuggestsRepeatedMovementsThatWay() {
        assertTrue(modalityIds(suggest(20, null, DirectionalPreference.EXTENSION)).contains("flexibility.prone-press-up"));
        assertTrue(modalityIds(suggest(20, null, DirectionalPreference.FLEXION)).contains("pain-relief.knee-to-chest"));
        assertFalse(modalityIds(suggest(20, null, DirectionalPreference.NONE)).contains("flexibility.prone-press-up"));
    }

    @Test
    void everySuggestionNamesACanonicalModalityOnceWithRationaleAndReference() {
        for (int days : new int[] { 10, 60, 200 }) {
            for (StartBackGroup group : StartBackGroup.values()) {
                for (DirectionalPreference preference : DirectionalPreference.values()) {
                    PlanSuggestion suggestion = suggest(days, group, preference);
                    List<String> ids = modalityIds(suggestion);
                    assertEquals(ids.size(), Set.copyOf(ids).size(), "no duplicates: " + ids);
                    assertTrue(CANONICAL_MODALITIES.containsAll(ids), ids.toString());
                    assertFalse(suggestion.goals().isEmpty());
                    suggestion.suggestions().forEach(s -> assertFalse(s.rationale().isBlank(), s.id()));
                }
            }
        }
    }
}
