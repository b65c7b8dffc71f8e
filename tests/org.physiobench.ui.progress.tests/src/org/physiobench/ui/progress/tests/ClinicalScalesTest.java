package org.physiobench.ui.progress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.Change;
import org.physiobench.clinical.api.ChangeEvaluator;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.progress.api.ClinicalScales;
import org.physiobench.ui.progress.api.InstrumentScale;
import org.physiobench.ui.progress.api.ProgressData;
import org.physiobench.ui.progress.api.ProgressData.InstrumentTrend;
import org.physiobench.ui.progress.api.ProgressData.ScorePoint;
import org.physiobench.ui.progress.internal.ResponderText;

/**
 * The progress view's scales come from the clinical instrument registry and its change from
 * the clinical change evaluator: the MCIDs of the clinical reference (Ostelo et al. 2008 for
 * ODI, NPRS and RMDQ; Maughan and Lewis 2010 for the PSFS), the sign of the command line.
 */
class ClinicalScalesTest {

    @Test
    void everyInstalledInstrumentIsChartedStartBackIncluded() {
        List<String> ids = ProgressFixtures.SCALES.stream().map(s -> s.instrumentId() + "/" + s.scoreId()).toList();
        assertEquals(List.of("odi/total", "nprs/total", "rmdq/total", "psfs/total", "fabq/total", "fabq/physicalActivity",
                "startback/total", "startback/psychosocial"), ids);
    }

    @Test
    void rangesComeFromTheInstrumentsOwnScoring() {
        assertRange(0, 100, "%", ProgressFixtures.scale("odi", "total"));
        assertRange(0, 10, "points", ProgressFixtures.scale("nprs", "total"));
        assertRange(0, 24, "points", ProgressFixtures.scale("rmdq", "total"));
        assertRange(0, 10, "points", ProgressFixtures.scale("psfs", "total"));
        // STarT Back: item 9 (0-4) counts 1 for "very much" or "extremely": total 0-9, psychosocial 0-5
        assertRange(0, 9, "points", ProgressFixtures.scale("startback", "total"));
        assertRange(0, 5, "points", ProgressFixtures.scale("startback", "psychosocial"));
        // the FABQ reports its work subscale (0-42) as the score; physical activity is 0-24
        assertRange(0, 42, "points", ProgressFixtures.scale("fabq", "total"));
        assertTrue(ProgressFixtures.scale("fabq", "total").name().contains("FABQ-W"));
        assertRange(0, 24, "points", ProgressFixtures.scale("fabq", "physicalActivity"));
    }

    @Test
    void anInstrumentIsScoredForItsRangesOnceHoweverOftenTheScalesAreAsked() {
        // the Progress view asks for the scales several times per patient it shows
        AtomicInteger scorings = new AtomicInteger();
        Instrument real = Instruments.registry().get("nprs");
        InvocationHandler counting = (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "score" -> scorings.incrementAndGet();
                default -> {
                    // passed on as it is
                }
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        Instrument nprs = (Instrument) Proxy.newProxyInstance(Instrument.class.getClassLoader(), new Class<?>[] { Instrument.class },
                counting);
        InstrumentRegistry registry = new InstrumentRegistry() {
            @Override
            public List<Instrument> instruments() {
                return List.of(nprs);
            }

            @Override
            public Optional<Instrument> find(String id) {
                return Optional.of(nprs).filter(instrument -> instrument.id().equals(id));
            }
        };

        List<InstrumentScale> first = ClinicalScales.of(registry);
        int scoredFirst = scorings.get();
        List<InstrumentScale> again = ClinicalScales.of(registry);

        assertTrue(scoredFirst > 0, "the range comes from the instrument's own scoring");
        assertEquals(scoredFirst, scorings.get(), "scored again for the same instrument");
        assertEquals(first, again);
        assertRange(0, 10, "points", again.get(0));
    }

    private static void assertRange(double min, double max, String unit, InstrumentScale scale) {
        assertEquals(min, scale.min(), 1e-12, scale.name());
        assertEquals(max, scale.max(), 1e-12, scale.name());
        assertEquals(unit, scale.unit(), scale.name());
    }

    @Test
    void theChangeReadsAsOnTheCommandLine() {
        Change odi = ProgressFixtures.scale("odi", "total").change(44, 22);
        assertEquals("-22 (improved)", ResponderText.changePoints(odi));
        assertEquals("-50 %", ResponderText.changePercent(odi));
        assertEquals("+10 (worsened)", ResponderText.changePoints(ProgressFixtures.scale("odi", "total").change(30, 40)));
        assertEquals("+2 (improved)", ResponderText.changePoints(ProgressFixtures.scale("psfs", "total").change(3, 5)),
                "a higher PSFS is better");
        assertEquals("0 (no change)", ResponderText.changePoints(ProgressFixtures.scale("nprs", "total").change(4, 4)));
    }

    @Test
    void theChangeIsTheClinicalEvaluatorsOwn() {
        // ODI answers 3,2,1,-,2,1,2,2,1,2 score 35.6 %; 2,1,1,-,1,1,1,1,1,1 score 22.2 %
        var odi = Instruments.registry().get("odi");
        Change expected = ChangeEvaluator.evaluate(odi, odi.score("3,2,1,-,2,1,2,2,1,2"), odi.score("2,1,1,-,1,1,1,1,1,1")).score();
        assertEquals(expected, ProgressFixtures.scale("odi", "total").change(expected.baseline().doubleValue(),
                expected.followUp().doubleValue()));
    }

    @Test
    void anImprovementOfExactlyTheMcidIsAResponder() {
        Change exact = ProgressFixtures.scale("odi", "total").change(35.6, 25.6);
        assertTrue(exact.mcidPointsMet(), "35.6 - 25.6 is exactly the ODI MCID of 10");
        assertFalse(ProgressFixtures.scale("odi", "total").change(36, 27).responder());
        Change nprs = ProgressFixtures.scale("nprs", "total").change(3, 2);
        assertFalse(nprs.mcidPointsMet(), "1 point is below the 2-point MCID");
        assertFalse(nprs.mcidPercentMet(), "33 % is above the 30 % rule, but 1 point is within the MDC of 2");
        assertTrue(ProgressFixtures.scale("psfs", "total").change(3, 5).mcidPointsMet());
        assertFalse(ProgressFixtures.scale("psfs", "total").change(3, 4.4).mcidPointsMet(),
                "the PSFS MCID of 1.4 lies within its MDC of 2");
        assertNull(ProgressFixtures.scale("psfs", "total").change(3, 5).mcidPercentMet(), "the PSFS has no percentage rule");
    }

    @Test
    void mcidThresholdLiesInTheImprovingDirection() {
        assertEquals(26, ProgressFixtures.scale("odi", "total").mcidThreshold(36).orElseThrow(), 1e-12);
        assertEquals(4.4, ProgressFixtures.scale("psfs", "total").mcidThreshold(3).orElseThrow(), 1e-12);
        assertTrue(ProgressFixtures.scale("startback", "total").mcidThreshold(5).isEmpty(), "STarT Back has no MCID");
    }

    @Test
    void startBackIsChartedButNotJudgedAgainstAnMcid() {
        Patient patient = ProgressFixtures.withStartBack(ProgressFixtures.patient());
        ProgressData data = ProgressData.of(patient, ProgressFixtures.SCALES, ZoneOffset.UTC);
        assertTrue(data.unchartedInstruments().isEmpty(), "uncharted: " + data.unchartedInstruments());
        InstrumentTrend total = data.trend("startback", "total").orElseThrow();
        assertEquals(List.of(new ScorePoint(ProgressFixtures.START, 6), new ScorePoint(ProgressFixtures.REVIEW_2, 2)), total.points());
        assertEquals(ResponderText.NO_MCID, ResponderText.status(total));
        assertEquals("-4 (improved)", ResponderText.changePoints(total.evaluation().orElseThrow()));
        assertTrue(data.trend("startback", "psychosocial").isPresent());
    }

    @Test
    void aChangeBelowTheMdcReadsNoReliableChange() {
        Change nprs = ProgressFixtures.scale("nprs", "total").change(2, 1);
        assertEquals("-1 (no reliable change)", ResponderText.changePoints(nprs), "-50 %, but within the MDC of 2");
        assertEquals("-50 %", ResponderText.changePercent(nprs));
        assertEquals(ResponderText.NO_RELIABLE_CHANGE_STATUS, ResponderText.status(nprs));
        Change odi = ProgressFixtures.scale("odi", "total").change(26, 18);
        assertEquals("-8 (no reliable change)", ResponderText.changePoints(odi), "-30.8 %, but 8 < MDC 10");
        assertEquals(ResponderText.NO_RELIABLE_CHANGE_STATUS, ResponderText.status(odi));
        assertEquals("-4 (improved)", ResponderText.changePoints(ProgressFixtures.scale("nprs", "total").change(7, 3)));
    }

    @Test
    void theMdcColumnSaysWhereNoneIsDefined() {
        assertEquals("10 points", ResponderText.mdc(ProgressFixtures.scale("odi", "total")));
        assertEquals("2 points (3 for one item)", ResponderText.mdc(ProgressFixtures.scale("psfs", "total")));
        assertEquals(ResponderText.MDC_NOT_DEFINED, ResponderText.mdc(ProgressFixtures.scale("startback", "total")));
    }
}
