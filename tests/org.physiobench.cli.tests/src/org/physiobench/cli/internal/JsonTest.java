package org.physiobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.physiobench.cli.api.Json;

class JsonTest {

    @Test
    void numbersAreWrittenExactlyWithoutTrailingZeros() {
        assertEquals("{\"a\":35.6,\"b\":7,\"c\":-3,\"d\":0,\"e\":100,\"f\":0.05}",
                Json.object().put("a", new BigDecimal("35.60")).put("b", new BigDecimal("7.0"))
                        .put("c", new BigDecimal("-3")).put("d", new BigDecimal("0.0"))
                        .put("e", new BigDecimal("100.0")).put("f", new BigDecimal("0.050")).toString());
    }

    @Test
    void stringsAreEscaped() {
        assertEquals("{\"m\":\"say \\\"no\\\" \\\\ tab\\there\\nnext \\u0001\"}",
                Json.object().put("m", "say \"no\" \\ tab\there\nnext \u0001").toString());
    }

    @Test
    void nullsBooleansListsAndMaps() {
        assertEquals("{\"n\":null,\"t\":true,\"l\":[1,\"x\",null],\"m\":{\"k\":false}}",
                Json.object().put("n", null).put("t", true).put("l", Arrays.asList(1, "x", null))
                        .put("m", Map.of("k", false)).toString());
        assertEquals("[]", Json.write(List.of()));
    }

    @Test
    void putIfPresentLeavesAbsentFieldsOut() {
        assertEquals("{\"a\":1}", Json.object().put("a", 1).putIfPresent("band", null).toString());
    }
}
