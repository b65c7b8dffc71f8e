package org.physiobench.ui.progress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.physiobench.ui.progress.api.ChangeEvaluation;
import org.physiobench.ui.progress.api.InstrumentScale;
import org.physiobench.ui.progress.api.ReferenceScales;

/** Responder status against the MCIDs of the clinical reference (Ostelo 2008; Maughan and Lewis 2010). */
class ChangeEvaluationTest {

    @Test
    void odiImprovedByExactlyTheMcidIsAResponderByPoints() {
        ChangeEvaluation change = ChangeEvaluation.evaluate(ReferenceScales.ODI, 36, 26);
        assertEquals(10, change.improvementPoints(), 1e-12);
        assertEquals(27.78, change.improvementPercent(), 0.01);
        assertTrue(change.responderByPoints());
        assertFalse(change.responderByPercent(), "27.8 % is below the 30 % rule");
        assertTrue(change.responder());
    }

    @Test
    void odiImprovedByLessThanTheMcidIsNotAResponder() {
        ChangeEvaluation change = ChangeEvaluation.evaluate(ReferenceScales.ODI, 36, 27);
        assertFalse(change.responderByPoints());
        assertFalse(change.responderByPercent());
        assertFalse(change.responder());
    }

    @Test
    void theMcidIsReachedDespiteRoundingInTheScores() {
        // 16/45 = 35.6 %: 35.6 - 25.6 is 9.999999999999996 in doubles
        assertTrue(ChangeEvaluation.evaluate(ReferenceScales.ODI, 35.6, 25.6).responderByPoints());
    }

    @Test
    void aWorseScoreIsANegativeImprovement() {
        ChangeEvaluation change = ChangeEvaluation.evaluate(ReferenceScales.ODI, 30, 40);
        assertEquals(-10, change.improvementPoints(), 1e-12);
        assertFalse(change.responder());
    }

    @Test
    void nprsSmallChangeFromALowBaselineIsAResponderByPercentOnly() {
        ChangeEvaluation change = ChangeEvaluation.evaluate(ReferenceScales.NPRS, 3, 2);
        assertFalse(change.responderByPoints(), "1 point is below the 2-point MCID");
        assertTrue(change.responderByPercent(), "33 % is above the 30 % rule");
        assertTrue(change.responder());
    }

    @Test
    void psfsImprovesUpwards() {
        InstrumentScale psfs = ReferenceScales.PSFS;
        assertTrue(ChangeEvaluation.evaluate(psfs, 3, 4.4).responderByPoints());
        assertFalse(ChangeEvaluation.evaluate(psfs, 3, 4.3).responderByPoints());
        assertFalse(ChangeEvaluation.evaluate(psfs, 4.4, 3).responder(), "a decrease on the PSFS is worse");
        assertNull(ChangeEvaluation.evaluate(psfs, 3, 4.4).responderByPercent(), "the PSFS has no percentage rule");
    }

    @Test
    void aZeroBaselineHasNoPercentage() {
        ChangeEvaluation change = ChangeEvaluation.evaluate(ReferenceScales.PSFS, 0, 2);
        assertNull(change.improvementPercent());
        assertNull(change.responderByPercent());
        assertTrue(change.responderByPoints());
    }

    @Test
    void mcidThresholdLiesInTheImprovingDirection() {
        assertEquals(26, ReferenceScales.ODI.mcidThreshold(36), 1e-12);
        assertEquals(5, ReferenceScales.NPRS.mcidThreshold(7), 1e-12);
        assertEquals(4.4, ReferenceScales.PSFS.mcidThreshold(3), 1e-12);
    }

    @Test
    void aScaleWithoutRangeOrMcidIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InstrumentScale("x", "total", "X", "points", 10, 0, true, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentScale("x", "total", "X", "points", 0, 10, true, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentScale("x", "total", "X", "points", 0, 10, true, 1, -5.0));
    }
}
