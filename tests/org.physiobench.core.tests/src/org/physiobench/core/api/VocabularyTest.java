package org.physiobench.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The ids are stored and written in plugin.xml files: they must stay stable and unique. */
class VocabularyTest {

    @Test
    void redFlagCategoryIdsAreStable() {
        assertEquals(Set.of("cauda-equina", "fracture", "tumour-infection"),
                Arrays.stream(RedFlagCategory.values()).map(RedFlagCategory::id).collect(Collectors.toSet()));
        assertEquals(RedFlagCategory.FRACTURE, RedFlagCategory.fromId("fracture").orElseThrow());
        assertTrue(RedFlagCategory.fromId("Fracture").isEmpty(), "ids are exact, not case-folded");
    }

    @Test
    void treatmentComponentsAreTheEightOfTheReferenceInOrder() {
        assertEquals(8, TreatmentComponent.values().length);
        assertEquals(8, Arrays.stream(TreatmentComponent.values()).map(TreatmentComponent::id).distinct().count());
        assertEquals(TreatmentComponent.PAIN_RELIEF_EXERCISE, TreatmentComponent.values()[0]);
        assertEquals(TreatmentComponent.MANUAL_THERAPY, TreatmentComponent.fromId("manual-therapy").orElseThrow());
        assertTrue(TreatmentComponent.fromId("patient-centred").isEmpty());
    }
}
