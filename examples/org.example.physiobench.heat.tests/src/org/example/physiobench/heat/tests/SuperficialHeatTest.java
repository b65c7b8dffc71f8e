package org.example.physiobench.heat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.modality.api.ContraindicationCheck;
import org.physiobench.modality.api.ContraindicationVerdict.Status;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.api.Modalities;

/**
 * How a researcher tests a modality plug-in: in an OSGi runtime with PhysioBench's registry,
 * through the published API only.
 */
class SuperficialHeatTest {

    private static final String BUNDLE = "org.example.physiobench.heat";

    private final ModalityRegistry registry = Modalities.registry();

    private ModalityDescriptor heat() {
        return registry.find("heat.superficial-heat").orElseThrow(() -> new AssertionError(
                "not loaded; problems: " + registry.problems()));
    }

    @Test
    void theContributionLoadsWithoutProblems() {
        assertEquals(BUNDLE, heat().contributorBundle());
        assertEquals(List.of(), registry.problems().stream()
                .filter(problem -> problem.contributorBundle().equals(BUNDLE)).toList());
        assertEquals(List.of(), heat().checkDosage(heat().defaultDosage()));
    }

    @Test
    void theValidatorKeepsHotPacksShortAndHeatWrapsLong() {
        assertEquals(List.of("A hot pack stays on at most 30 min (burn risk); use a heat wrap for longer application"),
                heat().checkDosage(Map.of("method", "hot-pack", "minutes", "45")));
        assertEquals(List.of("A low-level heat wrap works over hours: at least 240 min"),
                heat().checkDosage(Map.of("method", "heat-wrap", "minutes", "20")));
        assertEquals(List.of(), heat().checkDosage(Map.of("method", "heat-wrap", "minutes", "480")));
    }

    @Test
    void heatIsBlockedOverASuspectedTumourOrInfection() {
        assertEquals(Status.BLOCKED,
                ContraindicationCheck.check(heat(), Set.of(RedFlagCategory.TUMOUR_OR_INFECTION), Set.of()).status());
        assertEquals(Status.WARNED, ContraindicationCheck.check(heat(), Set.of(), Set.of("pregnancy")).status());
    }
}
