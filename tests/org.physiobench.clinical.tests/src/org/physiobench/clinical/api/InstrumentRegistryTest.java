package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The built-in instruments are contributed through the extension point like any other. */
class InstrumentRegistryTest {

    @Test
    void listsTheBuiltInInstrumentsOrderedById() {
        List<String> ids = Instruments.registry().instruments().stream().map(Instrument::id).toList();
        assertEquals(List.of("fabq", "nprs", "odi", "psfs", "rmdq", "startback"), ids);
    }

    @Test
    void builtInInstrumentsComeFromTheClinicalPlugin() {
        for (Instrument instrument : Instruments.registry().instruments()) {
            assertEquals("org.physiobench.clinical", instrument.contributor(), instrument.id());
            assertFalse(instrument.source().isBlank(), instrument.id() + " cites its source");
            assertFalse(instrument.licence().isBlank(), instrument.id() + " states its licence");
        }
    }

    @Test
    void itemCountsAndRangesAreThePublishedOnes() {
        assertItems("nprs", 1, 0, 10);
        assertItems("odi", 10, 0, 5);
        assertItems("rmdq", 24, 0, 1);
        assertItems("fabq", 16, 0, 6);
        assertItems("psfs", 5, 0, 10);
        Instrument startBack = Instruments.registry().get("startback");
        assertEquals(9, startBack.items().size());
        for (int i = 0; i < 8; i++) {
            assertEquals(1, startBack.items().get(i).max(), "STarT Back item " + (i + 1) + " is agree/disagree");
        }
        assertEquals(4, startBack.items().get(8).max(), "STarT Back item 9 is answered 0-4");
    }

    @Test
    void licensedTextsAreNotShipped() {
        for (String licensed : List.of("odi", "startback", "fabq")) {
            assertTrue(Instruments.registry().get(licensed).items().stream()
                    .allMatch(item -> item.publishedText().isEmpty()), licensed + " ships labels only");
        }
        assertTrue(Instruments.registry().get("nprs").items().get(0).publishedText().isPresent());
        assertTrue(Instruments.registry().get("rmdq").items().stream().allMatch(item -> item.publishedText().isPresent()),
                "the RMDQ's authors allow reproduction as published");
    }

    @Test
    void directionOfImprovementIsADecreaseExceptOnThePsfs() {
        for (Instrument instrument : Instruments.registry().instruments()) {
            Direction expected = instrument.id().equals("psfs") ? Direction.INCREASE : Direction.DECREASE;
            assertEquals(expected, instrument.direction(), instrument.id());
        }
    }

    @Test
    void anUnknownInstrumentIsAnErrorNamingTheInstalledOnes() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> Instruments.registry().get("sf36"));
        assertTrue(error.getMessage().contains("unknown instrument 'sf36'"), error.getMessage());
        assertTrue(error.getMessage().contains("odi"), error.getMessage());
    }

    private static void assertItems(String id, int count, int min, int max) {
        Instrument instrument = Instruments.registry().get(id);
        assertEquals(count, instrument.items().size(), id + " items");
        for (InstrumentItem item : instrument.items()) {
            assertEquals(min, item.min(), id + " item " + item.number());
            assertEquals(max, item.max(), id + " item " + item.number());
        }
    }
}
