package org.physiobench.product.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.physiobench.product.tests.support.InstalledProduct;
import org.physiobench.product.tests.support.ProcessResult;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code physiobench modalities [--json]}: the modality registry of the installed product. */
class ModalitiesTest {

    /** The canonical built-in modality ids (PhysioBench briefing). */
    private static final List<String> BUILT_IN = List.of("pain-relief.pelvic-tilt", "pain-relief.leg-raise",
            "pain-relief.knee-to-chest", "pain-relief.lumbar-rotation-stretch", "manual-therapy.soft-tissue-massage",
            "manual-therapy.joint-mobilisation", "manual-therapy.spinal-manipulation", "education.lifting-technique",
            "education.sitting-ergonomics", "education.pain-neuroscience", "education.activity-pacing",
            "core.abdominal-bracing", "core.bird-dog", "core.dead-bug", "core.side-plank", "core.bridging",
            "flexibility.hamstring-stretch", "flexibility.hip-flexor-stretch", "flexibility.cat-camel",
            "flexibility.prone-press-up", "functional.sit-to-stand", "functional.lift-and-carry",
            "functional.task-specific-drill", "prevention.walking-programme", "prevention.self-management",
            "prevention.flare-up-plan", "sport.return-to-sport-drills");

    private final InstalledProduct product = InstalledProduct.fromSystemProperty();

    @Test
    void listsTheBuiltInModalitiesAsJson() {
        ProcessResult result = product.run("modalities", "--json");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.stderr());
        Set<String> ids = new HashSet<>();
        JsonNode json = result.json();
        json.forEach(modality -> ids.add(modality.get("id").asText()));
        assertTrue(ids.containsAll(BUILT_IN), "missing: " + BUILT_IN.stream().filter(id -> !ids.contains(id)).toList());
        json.forEach(modality -> assertTrue(modality.has("component") && modality.has("contributor"), modality.toString()));
    }

    @Test
    void spinalManipulationIsContraindicatedWithRedFlags() {
        JsonNode json = product.run("modalities", "--json").json();
        for (JsonNode modality : json) {
            if (modality.get("id").asText().equals("manual-therapy.spinal-manipulation")) {
                Set<String> triggers = new HashSet<>();
                modality.get("contraindications").forEach(c -> triggers.add(c.get("trigger").asText()));
                assertTrue(triggers.containsAll(Set.of("fracture", "cauda-equina")), triggers.toString());
                return;
            }
        }
        throw new AssertionError("no manual-therapy.spinal-manipulation in " + json);
    }

    @Test
    void listsModalitiesAsText() {
        ProcessResult result = product.run("modalities");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().lines().anyMatch(line -> line.startsWith("core.bird-dog ")), result.stdout());
    }

    @Test
    void helpExplainsModalities() {
        assertTrue(product.run("--help").stdout().contains("modalities [--json]"));
    }
}
