package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.api.BuiltInInstruments.get;
import static org.physiobench.clinical.api.BuiltInInstruments.number;

import org.junit.jupiter.api.Test;

/**
 * A change smaller than the instrument's minimal detectable change (MDC95) is "no reliable
 * change" whatever its percentage: never improved, never an MCID met, never a responder.
 */
class ReliableChangeTest {

    private static Change change(String instrument, String baseline, String followUp) {
        ChangeEvaluation evaluation = ChangeEvaluator.evaluate(get(instrument), Answers.parse(baseline),
                Answers.parse(followUp));
        assertTrue(evaluation.isValid(), () -> evaluation.reason());
        return evaluation.score();
    }

    @Test
    void theBuiltInMdcsAreDeclaredWithTheirSources() {
        assertEquals(number("2"), get("nprs").mdc(null).orElseThrow().points());
        assertTrue(get("nprs").mdc(null).orElseThrow().source().contains("Childs"));
        assertEquals(number("10"), get("odi").mdc(null).orElseThrow().points());
        assertEquals(number("5"), get("rmdq").mdc(null).orElseThrow().points(), "about 4-5: the upper end");
        Mdc psfs = get("psfs").mdc(null).orElseThrow();
        assertEquals(number("2"), psfs.points());
        assertEquals(number("3"), psfs.singleItemPoints());
        assertTrue(psfs.source().contains("Stratford"));
        assertTrue(get("fabq").mdcs().isEmpty(), "the reference defines no FABQ MDC");
        assertTrue(get("startback").mdcs().isEmpty());
    }

    @Test
    void nprsSevenToThreeIsAReliableImprovement() {
        Change change = change("nprs", "7", "3");
        assertEquals(number("-4"), change.change());
        assertEquals(number("-57.1"), change.percentChange());
        assertEquals(number("2"), change.mdc());
        assertEquals(Boolean.TRUE, change.reliableChange());
        assertTrue(change.improved());
        assertTrue(change.responder());
        assertFalse(change.withinMeasurementError());
    }

    @Test
    void nprsTwoToOneIsNoReliableChangeThoughItIsFiftyPercent() {
        Change change = change("nprs", "2", "1");
        assertEquals(number("-1"), change.change());
        assertEquals(number("-50.0"), change.percentChange());
        assertEquals(Boolean.FALSE, change.reliableChange());
        assertTrue(change.withinMeasurementError());
        assertFalse(change.improved());
        assertEquals(Boolean.FALSE, change.mcidPointsMet());
        assertEquals(Boolean.FALSE, change.mcidPercentMet(), "50 % >= 30 %, but within measurement error");
        assertFalse(change.responder());
    }

    @Test
    void exactlyTheMdcIsReliable() {
        Change change = change("nprs", "7", "5");
        assertEquals(Boolean.TRUE, change.reliableChange());
        assertTrue(change.improved());
    }

    @Test
    void odiChangeOfEightIsNoReliableChangeEvenAtThirtyPercent() {
        // 13/50 = 26.0 % -> 9/50 = 18.0 %: -8 points, -30.8 %
        Change change = change("odi", "2,2,2,2,1,1,1,1,1,0", "1,1,1,1,1,1,1,1,1,0");
        assertEquals(number("-8.0"), change.change());
        assertEquals(number("-30.8"), change.percentChange());
        assertEquals(number("10"), change.mdc());
        assertEquals(Boolean.FALSE, change.reliableChange());
        assertFalse(change.improved());
        assertEquals(Boolean.FALSE, change.mcidPercentMet());
        assertFalse(change.responder());
    }

    @Test
    void odiChangeOfTenIsReliable() {
        Change change = change("odi", "2,2,2,2,2,1,1,1,1,1", "1,1,1,1,1,0,0,0,0,0"); // 30.0 -> 10.0 %
        assertEquals(number("-20.0"), change.change());
        assertEquals(Boolean.TRUE, change.reliableChange());
        assertTrue(change.responder());
    }

    @Test
    void rmdqFourPointsIsWithinItsMdcOfFive() {
        String ten = BuiltInInstruments.repeat("1", 10) + "," + BuiltInInstruments.repeat("0", 14);
        String six = BuiltInInstruments.repeat("1", 6) + "," + BuiltInInstruments.repeat("0", 18);
        String five = BuiltInInstruments.repeat("1", 5) + "," + BuiltInInstruments.repeat("0", 19);
        assertEquals(Boolean.FALSE, change("rmdq", ten, six).reliableChange());
        assertFalse(change("rmdq", ten, six).responder(), "-40 %, but 4 < 5");
        assertEquals(Boolean.TRUE, change("rmdq", ten, five).reliableChange());
        assertTrue(change("rmdq", ten, five).responder());
    }

    @Test
    void aReliableWorseningIsReliableButNotImproved() {
        Change change = change("nprs", "3", "6");
        assertEquals(Boolean.TRUE, change.reliableChange());
        assertFalse(change.improved());
        assertFalse(change.responder());
    }

    @Test
    void anInstrumentWithoutMdcJudgesNoReliability() {
        Change change = change("startback", "1,1,1,1,1,1,1,1,4", "1,1,1,1,1,1,1,0,4");
        assertNull(change.mdc());
        assertNull(change.reliableChange());
        assertTrue(change.improved(), "the direction alone, as before: no MDC to judge it against");
        assertFalse(change.withinMeasurementError());
        ChangeEvaluation fabq = ChangeEvaluator.evaluate(get("fabq"), Answers.parse(BuiltInInstruments.repeat("6", 16)),
                Answers.parse(BuiltInInstruments.repeat("5", 16)));
        assertNull(fabq.subscales().get("physicalActivity").mdc());
        assertNull(fabq.subscales().get("physicalActivity").reliableChange());
        assertNull(fabq.score().reliableChange());
    }

    @Test
    void aChangeWithinTheMdcCannotBeBuiltAsAnImprovement() {
        assertThrows(IllegalArgumentException.class, () -> new Change(number("2"), number("1"), number("-1"),
                number("-50.0"), true, false, true, number("2"), false));
        assertThrows(IllegalArgumentException.class, () -> new Change(number("2"), number("1"), number("-1"),
                number("-50.0"), false, false, false, number("2"), null));
    }

    @Test
    void theOldConstructorJudgesNoReliability() {
        Change change = new Change(number("2"), number("1"), number("-1"), number("-50.0"), true, false, true);
        assertNull(change.mdc());
        assertNull(change.reliableChange());
        assertTrue(change.responder());
    }
}
