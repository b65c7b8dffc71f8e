package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of the plan suggestions (clinical reference, "Guidance for plan suggestions"):
 * stratified care by STarT Back group, by acuity without one, manipulation only under the
 * prediction rule's key criteria, pain neuroscience education only for chronic or high-risk
 * patients with a text fitted to the acuity, and the graded red-flag referrals.
 */
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

    private static final String MANIPULATION = "manual-therapy.spinal-manipulation";
    private static final String MOBILISATION = "manual-therapy.joint-mobilisation";
    private static final String PNE = "education.pain-neuroscience";
    private static final String SELF_MANAGEMENT = "prevention.self-management";

    private static Triage triage(String... positive) {
        Set<RedFlagQuestion> findings = Arrays.stream(positive).map(key -> RedFlagQuestion.fromId(key).orElseThrow())
                .collect(Collectors.toSet());
        return RedFlagTriage.triage(findings, OptionalInt.of(40));
    }

    private static PlanSuggestion suggest(SymptomDuration duration, StartBackGroup group, boolean belowKnee,
            Integer fabqWork) {
        return PlanSuggester.suggest(new AssessmentSummary(duration, group, DirectionalPreference.NONE, triage(),
                belowKnee, fabqWork));
    }

    private static PlanSuggestion suggest(int days, StartBackGroup group, DirectionalPreference preference,
            String... positive) {
        return PlanSuggester.suggest(new AssessmentSummary(SymptomDuration.ofDays(days), group, preference,
                triage(positive), false));
    }

    private static PlanSuggestion suggest(int days, StartBackGroup group) {
        return suggest(days, group, DirectionalPreference.NONE);
    }

    private static List<String> modalityIds(PlanSuggestion suggestion) {
        return suggestion.modalities().stream().map(Suggestion::id).toList();
    }

    // --- acuity and duration ---

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource({ "0, ACUTE", "41, ACUTE", "42, SUBACUTE", "84, SUBACUTE", "85, CHRONIC", "400, CHRONIC" })
    void acuityFromSymptomDuration(int days, Acuity acuity) {
        assertEquals(acuity, Acuity.ofSymptomDurationDays(days));
        assertEquals(Optional.of(acuity), suggest(days, null).acuity());
    }

    // --- without STarT Back: by acuity (JOSPT 2021) ---

    @Test
    void acuteUnder16DaysWithoutSymptomsBelowTheKneeSuggestsMobilisationAndManipulation() {
        PlanSuggestion suggestion = suggest(SymptomDuration.ofDays(15), null, false, null);
        List<String> ids = modalityIds(suggestion);
        assertEquals(List.of(SELF_MANAGEMENT, MOBILISATION, MANIPULATION), ids);
        Suggestion manipulation = suggestion.find(MANIPULATION).orElseThrow();
        assertEquals(GuidelineReference.CHILDS_2004, manipulation.reference());
        assertTrue(manipulation.rationale().contains("15 days (under 16) and none below the knee"),
                manipulation.rationale());
        assertTrue(manipulation.rationale().contains("Flynn 2002"), manipulation.rationale());
        assertEquals(GuidelineReference.JOSPT_2021, suggestion.find(MOBILISATION).orElseThrow().reference());
        assertTrue(suggestion.find("goal.stay-active").isPresent());
        assertFalse(ids.contains(PNE), "no pain neuroscience education for acute pain without high risk");
        assertFalse(ids.contains("core.bird-dog"), ids.toString());
    }

    @Test
    void sixteenDaysIsTooLongForManipulation() {
        List<String> ids = modalityIds(suggest(SymptomDuration.ofDays(16), null, false, null));
        assertTrue(ids.contains(MOBILISATION), ids.toString());
        assertFalse(ids.contains(MANIPULATION), ids.toString());
    }

    @Test
    void symptomsBelowTheKneeRuleOutManipulation() {
        List<String> ids = modalityIds(suggest(SymptomDuration.ofDays(5), null, true, null));
        assertTrue(ids.contains(MOBILISATION), ids.toString());
        assertFalse(ids.contains(MANIPULATION), ids.toString());
    }

    @Test
    void anAcuteDurationClassWithoutOnsetDateDoesNotEstablishUnder16Days() {
        SymptomDuration recordedToday = SymptomDuration.fromDurationClass(Acuity.ACUTE,
                java.time.LocalDate.of(2026, 11, 26), java.time.LocalDate.of(2026, 11, 26));
        PlanSuggestion suggestion = suggest(recordedToday, null, false, 10);
        assertEquals(Optional.of(Acuity.ACUTE), suggestion.acuity());
        assertTrue(modalityIds(suggestion).contains(MOBILISATION));
        assertFalse(modalityIds(suggestion).contains(MANIPULATION), "the exact duration is unknown");
    }

    @Test
    void fabqWorkIsNamedInTheManipulationRationale() {
        assertTrue(suggest(SymptomDuration.ofDays(10), null, false, 12).find(MANIPULATION).orElseThrow().rationale()
                .contains("FABQ-W 12 (under 19) supports it"));
        assertTrue(suggest(SymptomDuration.ofDays(10), null, false, 19).find(MANIPULATION).orElseThrow().rationale()
                .contains("FABQ-W 19 (19 or more) does not support it"));
    }

    @Test
    void subacutePainSuggestsMobilisationAndTrunkActivationButNoManipulationOrPne() {
        for (int days : new int[] { 42, 84 }) {
            PlanSuggestion suggestion = suggest(days, null);
            assertEquals(Optional.of(Acuity.SUBACUTE), suggestion.acuity());
            assertEquals(List.of(SELF_MANAGEMENT, MOBILISATION, "core.abdominal-bracing"), modalityIds(suggestion));
        }
    }

    @Test
    void chronicPainSuggestsTrunkAndGeneralExerciseWithPainNeuroscienceEducation() {
        PlanSuggestion suggestion = suggest(85, null);
        assertEquals(Optional.of(Acuity.CHRONIC), suggestion.acuity());
        List<String> ids = modalityIds(suggestion);
        assertEquals(List.of("core.abdominal-bracing", "core.bird-dog", "core.side-plank", "prevention.walking-programme",
                PNE), ids);
        assertTrue(suggestion.modalities().stream().allMatch(s -> s.reference() == GuidelineReference.JOSPT_2021));
        assertTrue(suggestion.find(PNE).orElseThrow().patientText().contains("long-lasting"));
    }

    @Test
    void aChronicDurationClassWithoutOnsetDateIsChronicNotAcute() {
        // the reported bug: a 3-year chronic patient with a blank onset date became acute and was offered thrust
        SymptomDuration chronic = SymptomDuration.fromDurationClass(Acuity.CHRONIC, java.time.LocalDate.of(2026, 11, 20),
                java.time.LocalDate.of(2026, 11, 26));
        PlanSuggestion suggestion = suggest(chronic, null, false, null);
        assertEquals(Optional.of(Acuity.CHRONIC), suggestion.acuity());
        assertFalse(modalityIds(suggestion).contains(MANIPULATION));
        assertFalse(modalityIds(suggestion).contains(MOBILISATION));
        assertTrue(modalityIds(suggestion).contains(PNE));
    }

    @Test
    void withoutOnsetOrDurationClassNothingAcuitySpecificIsSuggested() {
        PlanSuggestion suggestion = suggest(SymptomDuration.notRecorded(), null, false, null);
        assertEquals(Optional.empty(), suggestion.acuity());
        assertEquals(List.of(SELF_MANAGEMENT), modalityIds(suggestion));
        assertEquals(List.of("goal.reduce-pain"), suggestion.goals().stream().map(Suggestion::id).toList());
    }

    // --- with STarT Back: stratified care (Hill 2011) ---

    @Test
    void lowRiskGetsAdviceReassuranceAndSelfManagementOnly() {
        // the reported bug: an acute low-risk patient was offered mobilisation, manipulation, PNE and a programme
        for (int days : new int[] { 5, 60, 200 }) {
            PlanSuggestion suggestion = suggest(days, StartBackGroup.LOW, DirectionalPreference.EXTENSION);
            assertEquals(List.of(SELF_MANAGEMENT), modalityIds(suggestion), days + " days");
            assertEquals(List.of("goal.self-management", "goal.stay-active"),
                    suggestion.goals().stream().map(Suggestion::id).toList());
            assertTrue(suggestion.suggestions().stream().allMatch(s -> s.reference() == GuidelineReference.STARTBACK_HILL_2011));
        }
        assertTrue(suggest(5, StartBackGroup.LOW).find(SELF_MANAGEMENT).orElseThrow().patientText()
                .contains("started recently"));
    }

    @Test
    void mediumRiskAcuteGetsExerciseMobilisationAndManipulationWhenTheRuleHolds() {
        PlanSuggestion suggestion = suggest(SymptomDuration.ofDays(10), StartBackGroup.MEDIUM, false, null);
        assertEquals(List.of("core.abdominal-bracing", "core.bird-dog", SELF_MANAGEMENT, MOBILISATION, MANIPULATION),
                modalityIds(suggestion));
        assertEquals(GuidelineReference.STARTBACK_HILL_2011, suggestion.find(MOBILISATION).orElseThrow().reference());
        assertFalse(modalityIds(suggest(SymptomDuration.ofDays(10), StartBackGroup.MEDIUM, true, null)).contains(MANIPULATION));
        assertFalse(modalityIds(suggest(SymptomDuration.ofDays(16), StartBackGroup.MEDIUM, false, null)).contains(MANIPULATION));
    }

    @Test
    void mediumRiskChronicGetsChronicExerciseWithPneAndMobilisation() {
        List<String> ids = modalityIds(suggest(120, StartBackGroup.MEDIUM));
        assertEquals(List.of("core.abdominal-bracing", "core.bird-dog", "core.side-plank", "prevention.walking-programme",
                PNE, MOBILISATION), ids);
    }

    @Test
    void highRiskGetsPsychologicallyInformedPhysiotherapyWithExerciseAndNoManualTherapy() {
        PlanSuggestion acute = suggest(SymptomDuration.ofDays(10), StartBackGroup.HIGH, false, null);
        assertEquals(List.of(PNE, "education.activity-pacing", "functional.task-specific-drill",
                "core.abdominal-bracing", "core.bird-dog"), modalityIds(acute));
        assertTrue(acute.goals().stream().anyMatch(goal -> goal.id().equals("goal.reduce-fear-avoidance")
                && goal.reference() == GuidelineReference.STARTBACK_HILL_2011));
        Suggestion pne = acute.find(PNE).orElseThrow();
        assertEquals(GuidelineReference.STARTBACK_HILL_2011, pne.reference());
        assertFalse(pne.patientText().contains("long-lasting"), pne.patientText());
        assertTrue(pne.patientText().contains("started recently"), pne.patientText());
        assertTrue(modalityIds(suggest(200, StartBackGroup.HIGH)).containsAll(List.of(PNE, "core.side-plank",
                "prevention.walking-programme")));
    }

    @Test
    void painNeuroscienceEducationOnlyForChronicOrHighRisk() {
        for (StartBackGroup group : new StartBackGroup[] { null, StartBackGroup.LOW, StartBackGroup.MEDIUM,
                StartBackGroup.HIGH }) {
            for (int days : new int[] { 0, 15, 41, 42, 84, 85, 400 }) {
                boolean expected = group == StartBackGroup.HIGH
                        || (days > 84 && group != StartBackGroup.LOW);
                PlanSuggestion suggestion = suggest(days, group);
                assertEquals(expected, modalityIds(suggestion).contains(PNE), group + ", " + days + " days");
                suggestion.find(PNE).ifPresent(pne -> assertEquals(days > 84, pne.patientText().contains("long-lasting"),
                        "the patient text fits the acuity: " + days + " days"));
            }
        }
    }

    @Test
    void manipulationOnlyUnder16DaysWithoutSymptomsBelowTheKneeAndWhereManualTherapyIsSuggested() {
        for (StartBackGroup group : new StartBackGroup[] { null, StartBackGroup.LOW, StartBackGroup.MEDIUM,
                StartBackGroup.HIGH }) {
            for (int days : new int[] { 0, 15, 16, 41, 85 }) {
                for (boolean belowKnee : new boolean[] { false, true }) {
                    boolean expected = days < 16 && !belowKnee
                            && (group == null || group == StartBackGroup.MEDIUM);
                    assertEquals(expected, modalityIds(suggest(SymptomDuration.ofDays(days), group, belowKnee, null))
                            .contains(MANIPULATION), group + ", " + days + " days, below knee " + belowKnee);
                }
            }
        }
    }

    // --- red flags (graded triage) ---

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

    // --- directional preference and the whole table ---

    @Test
    void directionalPreferenceSuggestsRepeatedMovementsThatWayExceptAtLowRisk() {
        assertTrue(modalityIds(suggest(20, null, DirectionalPreference.EXTENSION)).contains("flexibility.prone-press-up"));
        assertTrue(modalityIds(suggest(20, null, DirectionalPreference.FLEXION)).contains("pain-relief.knee-to-chest"));
        assertFalse(modalityIds(suggest(20, null, DirectionalPreference.NONE)).contains("flexibility.prone-press-up"));
        assertTrue(modalityIds(suggest(20, StartBackGroup.MEDIUM, DirectionalPreference.EXTENSION))
                .contains("flexibility.prone-press-up"));
        assertFalse(modalityIds(suggest(20, StartBackGroup.LOW, DirectionalPreference.EXTENSION))
                .contains("flexibility.prone-press-up"));
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
