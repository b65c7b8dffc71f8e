package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.physiobench.modality.api.ConditionIds;
import org.physiobench.modality.api.LoadResponse;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.Modalities;

/**
 * Progression rules respect their own modality's warnings: no grade III-IV mobilisation with
 * osteoporosis; trunk endurance grows by repetitions of short holds (McGill), not longer holds.
 */
class ProgressionWarningsTest {

    private static ModalityDescriptor modality(String id) {
        return Modalities.registry().find(id).orElseThrow(() -> new AssertionError(id + " missing"));
    }

    private static Map<String, String> with(ModalityDescriptor modality, String... nameValuePairs) {
        Map<String, String> dosage = new HashMap<>(modality.defaultDosage());
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            dosage.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return dosage;
    }

    private static String grade(String current, LoadResponse response, String... conditions) {
        ModalityDescriptor mobilisation = modality("manual-therapy.joint-mobilisation");
        return mobilisation.suggestNext(with(mobilisation, "grade", current), response, Set.of(conditions))
                .orElseThrow(() -> new AssertionError("no suggestion")).get("grade");
    }

    private static Map<String, String> next(ModalityDescriptor modality, Map<String, String> current) {
        return modality.suggestNext(current, LoadResponse.EASY).orElseThrow(() -> new AssertionError("no suggestion"));
    }

    @Test
    void withoutOsteoporosisMobilisationProgressesToGradeThree() {
        assertEquals("III", grade("II", LoadResponse.EASY));
        assertEquals("IV", grade("III", LoadResponse.EASY, ConditionIds.PREGNANCY), "a warning that sets no grade limit");
    }

    @Test
    void withOsteoporosisMobilisationStaysAtGradeTwoOrBelow() {
        assertEquals("II", grade("II", LoadResponse.EASY, ConditionIds.OSTEOPOROSIS));
        assertEquals("II", grade("I", LoadResponse.EASY, ConditionIds.OSTEOPOROSIS), "I to II is still allowed");
        assertEquals("II", grade("III", LoadResponse.TOLERATED, ConditionIds.OSTEOPOROSIS),
                "a grade above the limit is brought down to it");
        assertEquals("II", grade("IV", LoadResponse.EASY, ConditionIds.OSTEOPOROSIS));
        assertEquals("I", grade("II", LoadResponse.AGGRAVATED, ConditionIds.OSTEOPOROSIS));
    }

    @Test
    void theOtherGradeLimitsOfTheModalityAreRespectedToo() {
        assertEquals("II", grade("II", LoadResponse.EASY, ConditionIds.INFLAMMATORY_ARTHRITIS));
        assertEquals("III", grade("III", LoadResponse.EASY, ConditionIds.ANTICOAGULATION), "grades I-III");
        assertEquals("II", grade("III", LoadResponse.EASY, ConditionIds.ANTICOAGULATION, ConditionIds.OSTEOPOROSIS),
                "the strictest limit wins");
    }

    @Test
    void theOneZeroCallKnowsNoConditions() {
        ModalityDescriptor mobilisation = modality("manual-therapy.joint-mobilisation");
        assertEquals("III", mobilisation.suggestNext(with(mobilisation, "grade", "II"), LoadResponse.EASY)
                .orElseThrow().get("grade"));
    }

    @Test
    void enduranceAddsRepetitionsOfTenSecondHoldsNotLongerHolds() {
        ModalityDescriptor sidePlank = modality("core.side-plank"); // hold 5..60 default 10, reps 1..10 default 3
        Map<String, String> first = next(sidePlank, sidePlank.defaultDosage());
        assertEquals("10", first.get("holdSeconds"), "the hold stays at 10 s although its range goes to 60 s");
        assertEquals("5", first.get("repetitions"));
        Map<String, String> second = next(sidePlank, first);
        assertEquals("10", second.get("holdSeconds"));
        assertEquals("7", second.get("repetitions"));
    }

    @Test
    void aLongHoldIsReplacedByRepetitionsOfShortHolds() {
        ModalityDescriptor sidePlank = modality("core.side-plank");
        Map<String, String> next = next(sidePlank, with(sidePlank, "holdSeconds", "30", "repetitions", "3"));
        assertEquals("10", next.get("holdSeconds"));
        assertEquals("5", next.get("repetitions"));
    }

    @Test
    void aShortHoldGrowsToTenSecondsFirst() {
        ModalityDescriptor bridging = modality("core.bridging"); // hold 0..30 default 5, reps 1..20 default 10
        Map<String, String> first = next(bridging, bridging.defaultDosage());
        assertEquals("7", first.get("holdSeconds"));
        Map<String, String> third = next(bridging, next(bridging, first));
        assertEquals("10", third.get("holdSeconds"), "7, 9, then 10: never beyond a short hold");
        assertEquals("10", third.get("repetitions"));
        Map<String, String> fourth = next(bridging, third);
        assertEquals("10", fourth.get("holdSeconds"));
        assertEquals("12", fourth.get("repetitions"));
    }
}
