package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;

/**
 * Worked examples of the red-flag triage table (clinical reference, "Red flags: graded triage"):
 * every row, its boundaries and its combinations.
 */
class RedFlagTriageTest {

    private static final OptionalInt ADULT = OptionalInt.of(35);

    @ParameterizedTest(name = "{0} alone -> {1} {2}")
    @CsvSource({
        // emergency: cauda equina (GIRFT 2023), any one finding
        "saddle-anaesthesia, emergency, cauda-equina",
        "bladder-bowel-dysfunction, emergency, cauda-equina",
        "sexual-dysfunction, emergency, cauda-equina",
        "bilateral-leg-symptoms, emergency, cauda-equina",
        // urgent: progressive deficit; foot drop is a motor deficit, not cauda equina
        "progressive-neurological-deficit, urgent, neurological-deficit",
        "foot-drop, urgent, neurological-deficit",
        "major-trauma, urgent, fracture",
        "minor-trauma-older-or-osteoporotic, urgent, fracture",
        // non-urgent: a single finding, the category of that finding
        "history-of-cancer, non-urgent, malignancy",
        "unexplained-weight-loss, non-urgent, malignancy",
        "fever-chills, non-urgent, infection",
        "prolonged-corticosteroids, non-urgent, fracture",
        "iv-drug-use, non-urgent, infection",
        "immunosuppression, non-urgent, infection",
        "recent-bacterial-infection, non-urgent, infection",
        // screen: risk factors suspect nothing
        "severe-night-pain, screen, ''",
        "pain-worse-lying-down, screen, ''" })
    void eachFindingAloneGetsTheLevelOfItsRow(String key, String level, String suspected) {
        Triage triage = screen(ADULT, key + "=yes");
        assertEquals(level, triage.level().id());
        assertEquals(suspected.isEmpty() ? Set.of() : Set.of(suspected), triage.suspectedIds());
        assertEquals(1, triage.findings().size());
        assertEquals(key, triage.findings().get(0).key());
        assertEquals(triage.level(), triage.findings().get(0).level());
    }

    @Test
    void everyAskedQuestionIsCoveredAboveAndEveryFindingIsInTheTable() {
        assertEquals(17, RedFlagQuestion.asked().length, "add new questions to eachFindingAloneGetsTheLevelOfItsRow");
        Set<RedFlagQuestion> inTable = TriageRules.builtIn().stream()
                .flatMap(rule -> java.util.stream.Stream.concat(rule.findings().stream(), rule.together().stream()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(RedFlagQuestion.values()), inTable, "a finding no rule names would never be graded");
    }

    @Test
    void theTableReadsAsTheReferenceWritesIt() {
        assertEquals(List.of("cauda-equina", "neurological-deficit", "major-trauma", "fragility-fracture", "malignancy",
                "spinal-infection", "single-finding", "risk-factor"),
                TriageRules.builtIn().stream().map(TriageRule::id).toList());
        TriageRules.builtIn().forEach(rule -> assertTrue(
                TriageRules.builtIn().indexOf(rule) == 0 || rule.level().compareTo(
                        TriageRules.builtIn().get(TriageRules.builtIn().indexOf(rule) - 1).level()) <= 0,
                "rules are ordered from the highest level down: " + rule.id()));
    }

    @Test
    void nothingPositiveIsNone() {
        Map<String, String> answers = new LinkedHashMap<>();
        Arrays.stream(RedFlagQuestion.asked()).forEach(question -> answers.put(question.id(), "no"));
        Triage triage = RedFlagTriage.triage(RedFlagTriage.positive(answers), ADULT);
        assertEquals(TriageLevel.NONE, triage.level());
        assertEquals("", triage.action());
        assertTrue(triage.findings().isEmpty());
        assertEquals(TriageLevel.NONE, RedFlagTriage.triage(Set.of(), OptionalInt.empty()).level());
    }

    @Test
    void ageIsARiskFactorAtItsBoundaries() {
        assertEquals(TriageLevel.NONE, screen(OptionalInt.of(50)).level(), "age exactly 50 is not over 50");
        Triage at51 = screen(OptionalInt.of(51));
        assertEquals(TriageLevel.SCREEN, at51.level());
        assertEquals(List.of("age-over-50"), keys(at51));
        assertTrue(at51.suspected().isEmpty(), "age suspects nothing");
        assertEquals(TriageLevel.NONE, screen(OptionalInt.of(20)).level(), "age exactly 20 is not under 20");
        assertEquals(List.of("age-under-20"), keys(screen(OptionalInt.of(19))));
        assertEquals(TriageLevel.SCREEN, screen(OptionalInt.of(19)).level());
        assertEquals(TriageLevel.NONE, screen(OptionalInt.empty()).level(), "no birth date, no age finding");
    }

    @Test
    void aHistoryOfCancerWithAnAgeOver50IsUrgentMalignancyAt51NotAt50() {
        Triage at50 = screen(OptionalInt.of(50), "history-of-cancer=yes");
        assertEquals(TriageLevel.NON_URGENT, at50.level());
        Triage at51 = screen(OptionalInt.of(51), "history-of-cancer=yes");
        assertEquals(TriageLevel.URGENT, at51.level());
        assertEquals(Set.of("malignancy"), at51.suspectedIds());
        assertEquals(List.of("history-of-cancer", "age-over-50"), keys(at51));
        at51.findings().forEach(finding -> {
            assertEquals(TriageLevel.URGENT, finding.level(), finding.key());
            assertEquals(RedFlagCategory.MALIGNANCY, finding.category(), finding.key());
            assertEquals("malignancy", finding.rule());
        });
    }

    @ParameterizedTest(name = "history-of-cancer + {0} -> urgent malignancy")
    @CsvSource({ "unexplained-weight-loss", "severe-night-pain", "pain-worse-lying-down" })
    void aHistoryOfCancerWithAnotherMalignancyFindingIsUrgent(String partner) {
        Triage triage = screen(ADULT, "history-of-cancer=yes", partner + "=yes");
        assertEquals(TriageLevel.URGENT, triage.level());
        assertEquals(Set.of("malignancy"), triage.suspectedIds());
        assertEquals(2, triage.findingsAt(TriageLevel.URGENT).size(), "neither is counted again at a lower level");
    }

    @ParameterizedTest(name = "fever-chills + {0} -> urgent infection")
    @CsvSource({ "iv-drug-use", "immunosuppression", "recent-bacterial-infection" })
    void feverWithARiskOfInfectionIsUrgent(String partner) {
        Triage triage = screen(ADULT, "fever-chills=yes", partner + "=yes");
        assertEquals(TriageLevel.URGENT, triage.level());
        assertEquals(Set.of("infection"), triage.suspectedIds());
        assertEquals(TriageLevel.URGENT.action(), triage.action());
    }

    @Test
    void theRiskOfInfectionWithoutFeverStaysNonUrgent() {
        Triage triage = screen(ADULT, "iv-drug-use=yes", "immunosuppression=yes");
        assertEquals(TriageLevel.NON_URGENT, triage.level());
        assertEquals(Set.of("infection"), triage.suspectedIds());
    }

    @Test
    void weightLossWithNightPainButNoCancerIsNonUrgentMalignancyAndAScreenFinding() {
        Triage triage = screen(OptionalInt.of(60), "unexplained-weight-loss=yes", "severe-night-pain=yes");
        assertEquals(TriageLevel.NON_URGENT, triage.level());
        assertEquals(Set.of("malignancy"), triage.suspectedIds());
        assertEquals(List.of("unexplained-weight-loss"), keys(triage.findingsAt(TriageLevel.NON_URGENT)));
        assertEquals(List.of("severe-night-pain", "age-over-50"), keys(triage.findingsAt(TriageLevel.SCREEN)));
    }

    @Test
    void severalPathologiesAreAllSuspectedAndTheHighestLevelWins() {
        Triage triage = screen(OptionalInt.of(70), "bilateral-leg-symptoms=yes", "major-trauma=yes",
                "history-of-cancer=yes", "fever-chills=yes");
        assertEquals(TriageLevel.EMERGENCY, triage.level());
        assertEquals(new TreeSet<>(List.of("cauda-equina", "fracture", "infection", "malignancy")),
                triage.suspectedIds());
        Map<RedFlagCategory, TriageLevel> levels = triage.suspectedLevels();
        assertEquals(TriageLevel.EMERGENCY, levels.get(RedFlagCategory.CAUDA_EQUINA));
        assertEquals(TriageLevel.URGENT, levels.get(RedFlagCategory.FRACTURE));
        assertEquals(TriageLevel.URGENT, levels.get(RedFlagCategory.MALIGNANCY), "with age over 50");
        assertEquals(TriageLevel.NON_URGENT, levels.get(RedFlagCategory.INFECTION), "fever alone");
        assertTrue(triage.action().contains("emergency department"));
        assertEquals(TriageLevel.EMERGENCY, triage.byUrgency().get(0).level());
    }

    @Test
    void footDropIsNotCaudaEquina() {
        Triage triage = screen(ADULT, "foot-drop=yes");
        assertEquals(Set.of("neurological-deficit"), triage.suspectedIds());
        assertEquals(TriageLevel.URGENT, triage.level());
    }

    @Test
    void aRecordedAgeAnswerCountsOnlyWithoutABirthDate() {
        assertEquals(TriageLevel.SCREEN,
                RedFlagTriage.triage(Set.of(RedFlagQuestion.AGE_OVER_50), OptionalInt.empty()).level());
        assertEquals(TriageLevel.NONE, RedFlagTriage.triage(Set.of(RedFlagQuestion.AGE_OVER_50), ADULT).level(),
                "the birth date decides, not a 1.0 yes/no answer");
    }

    @Test
    void aRecordedFindingTheRulesDoNotKnowIsKept() {
        TriageFinding legacy = new TriageFinding("night-sweats", "night-sweats (recorded answer)", TriageLevel.NON_URGENT,
                RedFlagCategory.INFECTION, null);
        Triage triage = RedFlagTriage.triage(TriageRules.builtIn(), Set.of(), ADULT, List.of(legacy));
        assertEquals(TriageLevel.NON_URGENT, triage.level());
        assertEquals(Set.of(RedFlagCategory.INFECTION), triage.suspected());
    }

    @Test
    void badAnswersAreErrorsNotIgnored() {
        assertEquals("unknown red-flag finding 'saddle-anesthesia'", assertThrows(InvalidAnswersException.class,
                () -> RedFlagTriage.positive(Map.of("saddle-anesthesia", "yes"))).getMessage());
        assertEquals("the answer to 'foot-drop' must be yes, no or unknown, not 'maybe'",
                assertThrows(InvalidAnswersException.class, () -> RedFlagTriage.positive(Map.of("foot-drop", "maybe")))
                        .getMessage());
        assertEquals("'age-over-50' is not asked: the age decides it", assertThrows(InvalidAnswersException.class,
                () -> RedFlagTriage.positive(Map.of("age-over-50", "yes"))).getMessage());
        assertThrows(InvalidAnswersException.class, () -> screen(OptionalInt.of(-1)));
        assertThrows(InvalidAnswersException.class, () -> screen(OptionalInt.of(131)));
        assertEquals(TriageLevel.SCREEN, screen(OptionalInt.of(130)).level());
        assertEquals(TriageLevel.SCREEN, screen(OptionalInt.of(0)).level());
    }

    @Test
    void unknownIsNotPositive() {
        assertEquals(TriageLevel.NONE, screen(ADULT, "saddle-anaesthesia=unknown", "foot-drop=no").level());
    }

    @Test
    void aBrokenTableIsRefusedWithItsLine() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TriageRules.parse(List.of(
                "# comment", "x\turgent\tfracture\tmajor-truama\t-\tIFOMPT_2020")));
        assertEquals("triage table line 2: unknown finding 'major-truama'", error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TriageRules.parse(List.of("x\tscreen\tfracture\tfoot-drop\t-\tIFOMPT_2020")),
                "a screen-level rule suspects nothing");
        assertThrows(IllegalArgumentException.class,
                () -> TriageRules.parse(List.of("x\turgent\tfracture\tfoot-drop\t-\tAHCPR_1994")));
    }

    private static Triage screen(OptionalInt age, String... answers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String answer : answers) {
            String[] parts = answer.split("=");
            map.put(parts[0], parts[1]);
        }
        return RedFlagTriage.triage(RedFlagTriage.positive(map), age);
    }

    private static List<String> keys(Triage triage) {
        return keys(triage.findings());
    }

    private static List<String> keys(List<TriageFinding> findings) {
        return findings.stream().map(TriageFinding::key).toList();
    }
}
