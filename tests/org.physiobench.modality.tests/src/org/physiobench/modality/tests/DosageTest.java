package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.physiobench.modality.api.LoadResponse;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.api.Modalities;

/** Typed dosage parameters, the contributed validator and the progression rules of the built-ins. */
class DosageTest {

    private final ModalityRegistry registry = Modalities.registry();

    private ModalityDescriptor modality(String id) {
        return registry.find(id).orElseThrow(() -> new AssertionError(id + " missing"));
    }

    private static Map<String, String> with(ModalityDescriptor modality, String... nameValuePairs) {
        Map<String, String> dosage = new HashMap<>(modality.defaultDosage());
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            dosage.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return dosage;
    }

    @Test
    void valuesOutsideTheRangeOrTypeAreReportedByName() {
        ModalityDescriptor birdDog = modality("core.bird-dog");
        assertEquals(List.of("Sets: 9 is outside 1..5"), birdDog.checkDosage(Map.of("sets", "9")));
        assertEquals(List.of("Hold: '2.5' is not a whole number"), birdDog.checkDosage(Map.of("holdSeconds", "2.5")));
        assertEquals(List.of("Variant: 'superman' is not one of leg-only, arm-and-leg"),
                birdDog.checkDosage(Map.of("variant", "superman")));
        assertEquals(List.of("'weight' is not a parameter of Bird-dog"), birdDog.checkDosage(Map.of("weight", "2")));
        assertEquals(List.of("Sets: a value is required"), birdDog.checkDosage(Map.of("sets", " ")));
    }

    @Test
    void decimalAndBooleanParametersAreTyped() {
        ModalityDescriptor lift = modality("functional.lift-and-carry");
        assertEquals(List.of(), lift.checkDosage(Map.of("loadKg", "12.5")));
        assertEquals(List.of("Load: 40.5 is outside 0..40 kg"), lift.checkDosage(Map.of("loadKg", "40.5")));
        ModalityDescriptor sitToStand = modality("functional.sit-to-stand");
        assertEquals(List.of("Arm support: 'yes' is neither true nor false"),
                sitToStand.checkDosage(Map.of("armSupport", "yes")));
    }

    @Test
    void mobilisationGradesAreMaitlandIToIV() {
        ModalityDescriptor mobilisation = modality("manual-therapy.joint-mobilisation");
        assertEquals(List.of("I", "II", "III", "IV"), mobilisation.parameter("grade").orElseThrow().choices());
        assertEquals("II", mobilisation.defaultDosage().get("grade"));
    }

    @Test
    void theMobilisationValidatorChecksTechniqueAgainstSide() {
        ModalityDescriptor mobilisation = modality("manual-therapy.joint-mobilisation");
        assertTrue(mobilisation.hasValidator());
        assertEquals(List.of(), mobilisation.checkDosage(with(mobilisation, "technique", "unilateral-pa", "side", "left")));
        assertEquals(List.of("A central PA pressure has no side: choose side 'none' or a unilateral technique"),
                mobilisation.checkDosage(Map.of("side", "left")));
        assertEquals(List.of("Technique rotation is applied to one side: choose left or right"),
                mobilisation.checkDosage(Map.of("technique", "rotation")));
    }

    @Test
    void mobilisationProgressesOneGradeAtATimeWithinIToIV() {
        ModalityDescriptor mobilisation = modality("manual-therapy.joint-mobilisation");
        assertEquals("III", next(mobilisation, with(mobilisation, "grade", "II"), LoadResponse.EASY).get("grade"));
        assertEquals("IV", next(mobilisation, with(mobilisation, "grade", "IV"), LoadResponse.EASY).get("grade"));
        assertEquals("II", next(mobilisation, with(mobilisation, "grade", "II"), LoadResponse.TOLERATED).get("grade"));
        assertEquals("I", next(mobilisation, with(mobilisation, "grade", "II"), LoadResponse.AGGRAVATED).get("grade"));
        assertEquals("I", next(mobilisation, with(mobilisation, "grade", "I"), LoadResponse.AGGRAVATED).get("grade"));
    }

    @Test
    void coreEnduranceProgressesHoldThenRepetitionsThenSets() {
        ModalityDescriptor birdDog = modality("core.bird-dog"); // hold 2..10 default 8, reps 1..15 default 6, sets 1..5 default 2
        Map<String, String> first = next(birdDog, birdDog.defaultDosage(), LoadResponse.EASY);
        assertEquals(Map.of("sets", "2", "repetitions", "6", "holdSeconds", "10", "variant", "arm-and-leg"), first);
        Map<String, String> second = next(birdDog, first, LoadResponse.EASY);
        assertEquals("8", second.get("repetitions"), "hold is at its 10 s maximum, so repetitions grow");
        Map<String, String> atMaximum = with(birdDog, "holdSeconds", "10", "repetitions", "15", "sets", "5");
        assertEquals(atMaximum, next(birdDog, atMaximum, LoadResponse.EASY), "nothing grows beyond the ranges");
        assertEquals("1", next(birdDog, birdDog.defaultDosage(), LoadResponse.AGGRAVATED).get("sets"),
                "an aggravating dosage loses a set first");
    }

    @Test
    void noSuggestionWithoutARuleOrForAnInvalidDosage() {
        ModalityDescriptor pelvicTilt = modality("pain-relief.pelvic-tilt");
        assertEquals(Optional.empty(), pelvicTilt.suggestNext(pelvicTilt.defaultDosage(), LoadResponse.EASY));
        ModalityDescriptor birdDog = modality("core.bird-dog");
        assertEquals(Optional.empty(), birdDog.suggestNext(Map.of("sets", "99"), LoadResponse.EASY));
    }

    private static Map<String, String> next(ModalityDescriptor modality, Map<String, String> current,
            LoadResponse response) {
        return modality.suggestNext(current, response).orElseThrow(() -> new AssertionError("no suggestion"));
    }
}
