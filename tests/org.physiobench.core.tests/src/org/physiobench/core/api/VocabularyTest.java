package org.physiobench.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The ids are stored and written in plugin.xml files: they must stay stable and unique. */
class VocabularyTest {

    @Test
    void redFlagCategoryIdsAreStable() {
        assertEquals(Set.of("cauda-equina", "neurological-deficit", "fracture", "malignancy", "infection",
                "tumour-infection"),
                Arrays.stream(RedFlagCategory.values()).map(RedFlagCategory::id).collect(Collectors.toSet()));
        assertEquals(RedFlagCategory.FRACTURE, RedFlagCategory.fromId("fracture").orElseThrow());
        assertTrue(RedFlagCategory.fromId("Fracture").isEmpty(), "ids are exact, not case-folded");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theCombinedCategoryOfRelease10MeansMalignancyAndInfection() {
        RedFlagCategory combined = RedFlagCategory.fromId("tumour-infection").orElseThrow();
        assertEquals(Set.of(RedFlagCategory.MALIGNANCY, RedFlagCategory.INFECTION), combined.meaning());
        assertTrue(combined.matches(Set.of(RedFlagCategory.INFECTION)), "an infection contraindication of 1.0");
        assertTrue(combined.matches(Set.of(RedFlagCategory.MALIGNANCY)));
        assertFalse(combined.matches(Set.of(RedFlagCategory.FRACTURE, RedFlagCategory.CAUDA_EQUINA)));
        assertTrue(RedFlagCategory.MALIGNANCY.matches(Set.of(combined)), "an answer recorded by 1.0");
        assertFalse(RedFlagCategory.FRACTURE.matches(Set.of(combined)));
        assertFalse(RedFlagCategory.MALIGNANCY.matches(Set.of(RedFlagCategory.INFECTION)));
    }

    @Test
    void triageLevelsAreOrderedAndOnlyUrgentAndEmergencyBlockTreatment() {
        assertEquals(Arrays.asList("none", "screen", "non-urgent", "urgent", "emergency"),
                Arrays.stream(TriageLevel.values()).map(TriageLevel::id).toList());
        assertFalse(TriageLevel.NON_URGENT.blocksActiveTreatment());
        assertTrue(TriageLevel.URGENT.blocksActiveTreatment());
        assertTrue(TriageLevel.EMERGENCY.blocksActiveTreatment());
        assertFalse(TriageLevel.SCREEN.suspectsPathology());
        assertTrue(TriageLevel.NON_URGENT.suspectsPathology());
        assertEquals(TriageLevel.URGENT, TriageLevel.SCREEN.max(TriageLevel.URGENT));
        assertTrue(TriageLevel.EMERGENCY.action().contains("emergency department"));
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
