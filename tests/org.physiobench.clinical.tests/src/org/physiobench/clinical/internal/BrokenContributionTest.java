package org.physiobench.clinical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.internal.TestRegistry.extension;
import static org.physiobench.clinical.internal.TestRegistry.instrument;
import static org.physiobench.clinical.internal.TestRegistry.items;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiobench.clinical.api.Answers;
import org.physiobench.clinical.api.Change;
import org.physiobench.clinical.api.ChangeEvaluator;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentUnavailableException;

/**
 * Contributed instruments are untrusted: a broken one is logged with its extension id and
 * contributing plug-in and left out; the built-in and other contributions keep working.
 */
class BrokenContributionTest {

    private final TestRegistry registry = new TestRegistry();

    private List<String> ids() {
        return registry.instruments.instruments().stream().map(Instrument::id).toList();
    }

    private void assertLoggedOnce(String extensionId, String plugin, String problem) {
        List<IStatus> errors = registry.log.stream().filter(status -> status.getMessage().contains(extensionId))
                .toList();
        assertEquals(1, errors.size(), () -> "one log entry for " + extensionId + ": " + registry.log);
        String message = errors.get(0).getMessage();
        assertEquals(IStatus.ERROR, errors.get(0).getSeverity());
        assertTrue(message.contains("plug-in " + plugin), message);
        assertTrue(message.contains(problem), message);
    }

    @Test
    void theRealPluginXmlYieldsTheSixBuiltInsWithoutComplaint() {
        assertEquals(List.of("fabq", "nprs", "odi", "psfs", "rmdq", "startback"), ids());
        assertTrue(registry.log.isEmpty(), registry.log::toString);
    }

    @Test
    void aThirdPartyInstrumentIsListedAndScored() {
        registry.contribute("org.example.research", extension("org.example.research.sleep",
                instrument("sleep", "", items(3) + "<scoring method=\"sum\"/>"
                        + "<band id=\"low\" label=\"Low\" upTo=\"4\"/><band id=\"high\" label=\"High\" upTo=\"12\"/>"
                        + "<mcid points=\"2\" source=\"study\"/>")));
        assertTrue(ids().contains("sleep"));
        Instrument sleep = registry.instruments.get("sleep");
        assertEquals("org.example.research", sleep.contributor());
        assertEquals(new BigDecimal("6"), sleep.score("1,2,3").score());
        assertEquals("high", sleep.score("1,2,3").band());
        assertTrue(sleep.mdcs().isEmpty(), "no <mdc>: none defined, none guessed");
        assertTrue(registry.log.isEmpty(), registry.log::toString);
    }

    @Test
    void aThirdPartyMdcIsReadAndJudgesChange() {
        registry.contribute("org.example.research", extension("org.example.research.sleep",
                instrument("sleep", "", items(3) + "<scoring method=\"sum\"/>"
                        + "<mcid points=\"2\" source=\"study\"/><mdc points=\"3\" source=\"retest study\"/>")));
        Instrument sleep = registry.instruments.get("sleep");
        assertEquals(new BigDecimal("3"), sleep.mdc(null).orElseThrow().points());
        assertEquals("retest study", sleep.mdc(null).orElseThrow().source());
        Change small = ChangeEvaluator.evaluate(sleep, Answers.parse("4,4,4"), Answers.parse("3,3,4")).score();
        assertEquals(Boolean.FALSE, small.reliableChange(), "2 points meets the MCID but not the MDC of 3");
        assertFalse(small.responder());
        Change large = ChangeEvaluator.evaluate(sleep, Answers.parse("4,4,4"), Answers.parse("3,3,3")).score();
        assertEquals(Boolean.TRUE, large.reliableChange());
        assertTrue(large.responder());
        assertTrue(registry.log.isEmpty(), registry.log::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // XML attribute quotes and message quotes are written ` here (CSV uses ' itself)
        "no items | <scoring method=`sum`/> | it has no items",
        "no scoring and no class | ITEMS | neither a <scoring> rule nor a class",
        "unknown method | ITEMS<scoring method=`median`/> | scoring method `median` is unknown",
        "item not a number | <item number=`1` label=`a` min=`x` max=`4`/><scoring method=`sum`/> | min `x` is not a whole number",
        "items out of order | <item number=`2` label=`a` min=`0` max=`4`/><scoring method=`sum`/> | must be numbered 1, 2, 3",
        "min above max | <item number=`1` label=`a` min=`5` max=`4`/><scoring method=`sum`/> | min 5 above max 4",
        "subscale names a missing item | ITEMS<scoring method=`sum`/><subscale id=`s` name=`S` items=`1,9`/> | names item 9",
        "band of an unknown subscale | ITEMS<scoring method=`sum`/><band id=`b` label=`B` upTo=`3` subscale=`x`/> | subscale x, which is not declared",
        "bands out of order | ITEMS<scoring method=`sum`/><band id=`a` label=`A` upTo=`8`/><band id=`b` label=`B` upTo=`4`/> | must come after",
        "mcid without numbers | ITEMS<scoring method=`sum`/><mcid source=`s`/> | needs points, percent or both",
        "negative mcid | ITEMS<scoring method=`sum`/><mcid points=`-2` source=`s`/> | must be positive",
        "mdc without points | ITEMS<scoring method=`sum`/><mdc source=`s`/> | <mdc> lacks the attribute points",
        "mdc without source | ITEMS<scoring method=`sum`/><mdc points=`2`/> | <mdc> lacks the attribute source",
        "zero mdc | ITEMS<scoring method=`sum`/><mdc points=`0` source=`s`/> | <mdc> points must be positive",
        "mdc of an unknown subscale | ITEMS<scoring method=`sum`/><mdc points=`2` subscale=`x` source=`s`/> | subscale x, which is not declared",
        "two mdcs for the score | ITEMS<scoring method=`sum`/><mdc points=`2` source=`s`/><mdc points=`3` source=`t`/> | <mdc> is declared twice for the score",
        "paired items that are required | ITEMS<scoring method=`mean` pairedItems=`true`/> | pairedItems needs every item after the first to be optional" })
    void aMalformedDefinitionIsLoggedAndSkipped(String name, String body, String problem) {
        registry.contribute("org.example.broken", extension("org.example.broken.instruments",
                instrument("broken", "", body.replace("ITEMS", items(3)).replace('`', '"'))));
        assertFalse(ids().contains("broken"));
        assertEquals(6, ids().size(), "the built-ins are unaffected");
        assertLoggedOnce("org.example.broken.instruments", "org.example.broken", problem.replace('`', '\''));
    }

    @Test
    void anUnknownDirectionIsLoggedAndSkipped() {
        registry.contribute("org.example.broken", extension("org.example.broken.direction",
                "<instrument id=\"up\" name=\"Up\" direction=\"sideways\" licence=\"free\" source=\"s\">" + items(1)
                        + "<scoring method=\"sum\"/></instrument>"));
        assertFalse(ids().contains("up"));
        assertLoggedOnce("org.example.broken.direction", "org.example.broken", "direction 'sideways'");
    }

    @Test
    void aDuplicateIdLosesToTheBuiltIn() {
        registry.contribute("org.example.aaa", extension("org.example.aaa.nprs",
                instrument("nprs", "", items(1) + "<scoring method=\"sum\"/>")));
        assertEquals("org.physiobench.clinical", registry.instruments.get("nprs").contributor());
        assertEquals(1, registry.instruments.get("nprs").items().size());
        assertEquals(10, registry.instruments.get("nprs").items().get(0).max(), "still the built-in NPRS");
        assertLoggedOnce("org.example.aaa.nprs", "org.example.aaa", "already used by plug-in org.physiobench.clinical");
    }

    @Test
    void aMissingScorerClassIsLoggedOnFirstUseAndTheInstrumentDropped() {
        registry.contribute("org.example.scorers", extension("org.example.scorers.missing",
                instrument("missing", "class=\"org.example.DoesNotExist\"", items(3))));
        assertTrue(ids().contains("missing"), "listing creates no contributed class");
        assertTrue(registry.log.isEmpty());
        Instrument missing = registry.instruments.get("missing");
        InstrumentUnavailableException error = assertThrows(InstrumentUnavailableException.class,
                () -> missing.score("1,1,1"));
        assertTrue(error.getMessage().contains("org.example.scorers"), error.getMessage());
        assertLoggedOnce("org.example.scorers.missing", "org.example.scorers", "org.example.DoesNotExist");
        assertFalse(ids().contains("missing"));
        assertThrows(InstrumentUnavailableException.class, () -> missing.score("1,1,1"));
        assertEquals(1, registry.log.size(), "logged once");
    }

    @Test
    void aScorerOfTheWrongTypeIsLoggedAndDropped() {
        registry.contribute("org.example.scorers", extension("org.example.scorers.wrongtype",
                instrument("wrongtype", "class=\"" + TestScorers.NotAScorer.class.getName() + "\"", items(3))));
        assertThrows(InstrumentUnavailableException.class, () -> registry.instruments.get("wrongtype").score("1,1,1"));
        assertLoggedOnce("org.example.scorers.wrongtype", "org.example.scorers", "not an org.physiobench.clinical.api.InstrumentScorer");
        assertFalse(ids().contains("wrongtype"));
    }

    @Test
    void aScorerThatCannotBeCreatedIsLoggedAndDropped() {
        registry.contribute("org.example.scorers", extension("org.example.scorers.ctor",
                instrument("ctor", "class=\"" + TestScorers.ThrowingConstructorScorer.class.getName() + "\"", items(3))));
        assertThrows(InstrumentUnavailableException.class, () -> registry.instruments.get("ctor").score("1,1,1"));
        assertLoggedOnce("org.example.scorers.ctor", "org.example.scorers", "cannot be created");
    }

    @Test
    void aCrashingScorerFailsTheCallAndIsLoggedButTheRestWorks() {
        registry.contribute("org.example.scorers", extension("org.example.scorers.crash",
                instrument("crash", "class=\"" + TestScorers.CrashingScorer.class.getName() + "\"", items(3))));
        InstrumentUnavailableException error = assertThrows(InstrumentUnavailableException.class,
                () -> registry.instruments.get("crash").score("1,1,1"));
        assertInstanceOf(ArithmeticException.class, error.getCause());
        assertLoggedOnce("org.example.scorers.crash", "org.example.scorers", "division by zero");
        assertEquals(new BigDecimal("7"), registry.instruments.get("nprs").score("7").score());
    }

    @Test
    void aPluginThatGoesAwayTakesItsInstrumentWithIt() {
        registry.contribute("org.example.research", extension("org.example.research.sleep",
                instrument("sleep", "", items(3) + "<scoring method=\"sum\"/>")));
        assertTrue(ids().contains("sleep"));
        registry.uninstall("org.example.research");
        assertFalse(ids().contains("sleep"));
    }
}
