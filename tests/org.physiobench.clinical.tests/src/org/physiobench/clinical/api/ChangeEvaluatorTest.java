package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.api.BuiltInInstruments.number;

import org.junit.jupiter.api.Test;

/** Change, percent change, direction-aware improvement and MCID by points and by percent. */
class ChangeEvaluatorTest {

    private static Change change(String instrument, String baseline, String followUp) {
        Instrument definition = BuiltInInstruments.get(instrument);
        ChangeEvaluation evaluation = ChangeEvaluator.evaluate(definition, Answers.parse(baseline),
                Answers.parse(followUp));
        assertTrue(evaluation.isValid(), () -> evaluation.reason());
        return evaluation.score();
    }

    @Test
    void nprsSevenToFourMeetsBothMcids() {
        Change change = change("nprs", "7", "4");
        assertEquals(number("7"), change.baseline());
        assertEquals(number("4"), change.followUp());
        assertEquals(number("-3"), change.change());
        assertEquals(number("-42.9"), change.percentChange());
        assertTrue(change.improved());
        assertEquals(Boolean.TRUE, change.mcidPointsMet());
        assertEquals(Boolean.TRUE, change.mcidPercentMet());
        assertTrue(change.responder());
    }

    @Test
    void exactlyTheMcidMeetsIt() {
        Change byPoints = change("nprs", "7", "5"); // -2 points = MCID; -28.6 % < 30 %
        assertEquals(Boolean.TRUE, byPoints.mcidPointsMet());
        assertEquals(Boolean.FALSE, byPoints.mcidPercentMet());
        assertTrue(byPoints.responder(), "absolute OR percentage rule");
        Change byPercent = change("nprs", "10", "7"); // -30.0 % exactly
        assertEquals(number("-30.0"), byPercent.percentChange());
        assertEquals(Boolean.TRUE, byPercent.mcidPercentMet());
    }

    @Test
    void oneLessThanTheMcidDoesNotMeetIt() {
        Change change = change("nprs", "3", "2");
        assertEquals(number("-33.3"), change.percentChange());
        assertFalse(change.improved(), "1 point is within the NPRS MDC of 2");
        assertEquals(Boolean.FALSE, change.mcidPointsMet());
        assertEquals(Boolean.FALSE, change.mcidPercentMet(), "-33.3 % from a low baseline, but not reliable");
        assertFalse(change.responder());
    }

    @Test
    void worseningIsNotImprovement() {
        Change change = change("nprs", "4", "7");
        assertEquals(number("3"), change.change());
        assertEquals(number("75.0"), change.percentChange());
        assertFalse(change.improved());
        assertEquals(Boolean.FALSE, change.mcidPointsMet());
        assertEquals(Boolean.FALSE, change.mcidPercentMet());
    }

    @Test
    void percentIsUndefinedFromAZeroBaseline() {
        Change change = change("nprs", "0", "2");
        assertNull(change.percentChange());
        assertNull(change.mcidPercentMet());
        assertEquals(Boolean.FALSE, change.mcidPointsMet());
    }

    @Test
    void noChangeIsNotImprovement() {
        assertFalse(change("nprs", "5", "5").improved());
    }

    @Test
    void odiChangeUsesTheReportedScores() {
        Change change = change("odi", "3,2,2,1,2,1,2,1,2,-", "1,1,1,1,1,1,1,1,1,1"); // 35.6 -> 20.0
        assertEquals(number("-15.6"), change.change());
        assertEquals(number("-43.8"), change.percentChange());
        assertEquals(Boolean.TRUE, change.mcidPointsMet());
        assertEquals(Boolean.TRUE, change.mcidPercentMet());
    }

    @Test
    void psfsImprovementIsAnIncrease() {
        Change better = change("psfs", "3,4,4", "6,7,7"); // 3.7 -> 6.7
        assertEquals(number("3.0"), better.change());
        assertTrue(better.improved());
        assertEquals(Boolean.TRUE, better.mcidPointsMet());
        assertNull(better.mcidPercentMet(), "the PSFS defines no MCID in percent");
        Change worse = change("psfs", "6,7,7", "3,4,4");
        assertFalse(worse.improved());
        assertEquals(Boolean.FALSE, worse.mcidPointsMet());
    }

    @Test
    void psfsJustBelowTheMcid() {
        Change change = change("psfs", "4,4", "5,5"); // +1.0 < MCID 1.4 and < MDC 2
        assertEquals(number("1.0"), change.change());
        assertFalse(change.improved(), "within the MDC");
        assertEquals(Boolean.FALSE, change.reliableChange());
        assertEquals(Boolean.FALSE, change.mcidPointsMet());
    }

    @Test
    void startBackHasNoMcid() {
        Change change = change("startback", "1,1,1,1,1,1,1,1,4", "0,0,0,0,0,0,0,0,0");
        assertTrue(change.improved());
        assertNull(change.mcidPointsMet());
        assertNull(change.mcidPercentMet());
    }

    @Test
    void fabqSubscalesAreJudgedAgainstTheirOwnMcid() {
        Instrument fabq = BuiltInInstruments.get("fabq");
        // PA 24 -> 20 (-4 = MCID 4), W 42 -> 36 (-6 < MCID 7)
        ChangeEvaluation evaluation = ChangeEvaluator.evaluate(fabq,
                Answers.parse("6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6"), Answers.parse("6,5,5,5,5,5,5,6,5,5,5,6,6,6,5,6"));
        Change physicalActivity = evaluation.subscales().get("physicalActivity");
        assertEquals(number("-4"), physicalActivity.change());
        assertEquals(Boolean.TRUE, physicalActivity.mcidPointsMet());
        Change work = evaluation.subscales().get("work");
        assertEquals(number("-6"), work.change());
        assertEquals(Boolean.FALSE, work.mcidPointsMet());
        assertEquals(work, evaluation.score(), "the FABQ score is the work subscale, with its MCID");
        assertNull(work.mcidPercentMet());
    }

    @Test
    void anUnscorableAdministrationGivesNoChangeAndSaysWhich() {
        Instrument odi = BuiltInInstruments.get("odi");
        ChangeEvaluation evaluation = ChangeEvaluator.evaluate(odi, Answers.parse("3,2,2,1,2,1,2,1,-,-"),
                Answers.parse("1,1,1,1,1,1,1,1,1,1"));
        assertFalse(evaluation.isValid());
        assertNull(evaluation.score());
        assertEquals("baseline: 2 items unanswered, at most 1 may be", evaluation.reason());
    }

    @Test
    void malformedAnswersNameTheAdministration() {
        Instrument odi = BuiltInInstruments.get("odi");
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class, () -> ChangeEvaluator
                .evaluate(odi, Answers.parse("1,1,1,1,1,1,1,1,1,1"), Answers.parse("1,1,1,1,1,1,1,1,1,9")));
        assertEquals("follow-up: odi: item 10 is 9, but must be 0-5", error.getMessage());
    }
}
