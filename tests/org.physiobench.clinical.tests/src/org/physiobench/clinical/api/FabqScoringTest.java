package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.api.BuiltInInstruments.number;
import static org.physiobench.clinical.api.BuiltInInstruments.score;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** FABQ (Waddell 1993): PA = 2+3+4+5, W = 6+7+9+10+11+12+15; 1, 8, 13, 14, 16 unscored. */
class FabqScoringTest {

    @Test
    void subscalesSumTheirItems() {
        // item:      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16
        int[] answers = { 6, 1, 2, 3, 4, 1, 2, 6, 3, 4, 5, 6, 6, 6, 0, 6 };
        ScoreResult result = score("fabq", csv(answers));
        assertEquals(number("10"), result.subscores().get("physicalActivity"));
        assertEquals(number("21"), result.subscores().get("work"));
        assertEquals(number("21"), result.score(), "the FABQ score is its work subscale");
        assertNull(result.band(), "the FABQ score itself has no band");
    }

    @Test
    void unscoredItemsDoNotCount() {
        int[] answers = { 6, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 6, 6, 0, 6 };
        ScoreResult result = score("fabq", csv(answers));
        assertEquals(number("0"), result.subscores().get("physicalActivity"));
        assertEquals(number("0"), result.subscores().get("work"));
    }

    @Test
    void maximaAreTwentyFourAndFortyTwo() {
        ScoreResult result = score("fabq", BuiltInInstruments.repeat("6", 16));
        assertEquals(number("24"), result.subscores().get("physicalActivity"));
        assertEquals(number("42"), result.subscores().get("work"));
        assertEquals("elevated", result.subscoreBands().get("physicalActivity"));
        assertEquals("elevated", result.subscoreBands().get("work"));
    }

    @Test
    void elevatedAbovePhysicalActivityFourteenAndWorkTwentyNine() {
        // PA 14, W 29: not elevated
        int[] limit = { 0, 4, 4, 3, 3, 5, 5, 0, 5, 4, 4, 4, 0, 0, 2, 0 };
        ScoreResult atLimit = score("fabq", csv(limit));
        assertEquals(number("14"), atLimit.subscores().get("physicalActivity"));
        assertEquals(number("29"), atLimit.subscores().get("work"));
        assertEquals("not-elevated", atLimit.subscoreBands().get("physicalActivity"));
        assertEquals("not-elevated", atLimit.subscoreBands().get("work"));
        // PA 15, W 30: elevated
        int[] above = { 0, 4, 4, 4, 3, 5, 5, 0, 5, 4, 4, 4, 0, 0, 3, 0 };
        ScoreResult aboveLimit = score("fabq", csv(above));
        assertEquals(number("15"), aboveLimit.subscores().get("physicalActivity"));
        assertEquals(number("30"), aboveLimit.subscores().get("work"));
        assertEquals("elevated", aboveLimit.subscoreBands().get("physicalActivity"));
        assertEquals("elevated", aboveLimit.subscoreBands().get("work"));
    }

    private static String csv(int[] answers) {
        return Arrays.stream(answers).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    // item:                  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16
    private static final int[] FULL = { 6, 1, 2, 3, 4, 1, 2, 6, 3, 4, 5, 6, 6, 6, 0, 6 }; // PA 10, W 21

    private static String without(int... itemNumbers) {
        String[] answers = csv(FULL).split(",");
        for (int number : itemNumbers) {
            answers[number - 1] = "-";
        }
        return String.join(",", answers);
    }

    @Test
    void aMissingPhysicalActivityItemLeavesWorkScored() {
        ScoreResult result = score("fabq", without(3));
        assertTrue(result.isValid());
        assertEquals(number("21"), result.score());
        assertEquals(Set.of("work"), result.subscores().keySet());
        assertEquals("not-elevated", result.subscoreBands().get("work"));
    }

    @Test
    void aMissingWorkItemVoidsOnlyWork() {
        ScoreResult result = score("fabq", without(9));
        assertFalse(result.isValid(), "the FABQ score is FABQ-W");
        assertNull(result.score());
        assertEquals("an item of subscale work is unanswered", result.reason());
        assertEquals(number("10"), result.subscores().get("physicalActivity"), "FABQ-PA is still scored");
        assertEquals(Set.of("physicalActivity"), result.subscores().keySet());
        assertEquals("not-elevated", result.subscoreBands().get("physicalActivity"));
    }

    @Test
    void missingUnscoredItemsVoidNothing() {
        ScoreResult result = score("fabq", without(1, 8, 13, 14, 16));
        assertTrue(result.isValid());
        assertEquals(number("10"), result.subscores().get("physicalActivity"));
        assertEquals(number("21"), result.subscores().get("work"));
    }

    @Test
    void theFabqWithNoItemAnsweredHasNoScore() {
        assertEquals("no item answered", score("fabq", BuiltInInstruments.repeat("-", 16)).reason());
    }

    @Test
    void aVoidWorkSubscaleStillLetsPhysicalActivityChangeBeJudged() {
        Instrument fabq = BuiltInInstruments.get("fabq");
        ChangeEvaluation evaluation = ChangeEvaluator.evaluate(fabq, Answers.parse(without(9)),
                Answers.parse(BuiltInInstruments.repeat("0", 16)));
        assertFalse(evaluation.isValid());
        assertEquals("baseline: an item of subscale work is unanswered", evaluation.reason());
        assertEquals(number("-10"), evaluation.subscales().get("physicalActivity").change());
        assertFalse(evaluation.subscales().containsKey("work"));
    }

    @Test
    void theCutOffsAreLabelledNarrowly() {
        Instrument fabq = BuiltInInstruments.get("fabq");
        assertEquals("Elevated fear-avoidance about physical activity (PA above 14)",
                RecordedAnswers.bandLabel(fabq, "physicalActivity", "elevated"));
        assertTrue(RecordedAnswers.bandLabel(fabq, "work", "elevated").contains("return-to-work prognosis"));
        assertTrue(RecordedAnswers.bandLabel(fabq, "work", "elevated").contains("acute occupational"));
        assertTrue(fabq.source().contains("Fritz JM, George SZ 2002"), fabq.source());
        assertTrue(fabq.source().contains("Fritz JM et al. 2001"), fabq.source());
    }
}
