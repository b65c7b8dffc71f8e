package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.api.Modalities;

/** Black-box: the built-in modalities as the product's registry service lists them. */
class BuiltInModalitiesTest {

    /** The canonical ids of the briefing, which plan suggestions refer to. */
    static final List<String> CANONICAL_IDS = List.of("pain-relief.pelvic-tilt", "pain-relief.leg-raise",
            "pain-relief.knee-to-chest", "pain-relief.lumbar-rotation-stretch", "manual-therapy.soft-tissue-massage",
            "manual-therapy.joint-mobilisation", "manual-therapy.spinal-manipulation", "education.lifting-technique",
            "education.sitting-ergonomics", "education.pain-neuroscience", "education.activity-pacing",
            "core.abdominal-bracing", "core.bird-dog", "core.dead-bug", "core.side-plank", "core.bridging",
            "flexibility.hamstring-stretch", "flexibility.hip-flexor-stretch", "flexibility.cat-camel",
            "flexibility.prone-press-up", "functional.sit-to-stand", "functional.lift-and-carry",
            "functional.task-specific-drill", "prevention.walking-programme", "prevention.self-management",
            "prevention.flare-up-plan", "sport.return-to-sport-drills");

    /** The bundles that ship the built-in modalities, one per treatment component. */
    static final Set<String> BUILT_IN_BUNDLES = Stream.of("painrelief", "manualtherapy", "education", "core",
            "flexibility", "functional", "prevention", "sport").map(name -> "org.physiobench.modality." + name)
            .collect(Collectors.toSet());

    private final ModalityRegistry registry = Modalities.registry();

    static Stream<String> canonicalIds() {
        return CANONICAL_IDS.stream();
    }

    @Test
    void exactlyTheCanonicalModalitiesAreBuiltIn() {
        List<String> builtIn = registry.modalities().stream()
                .filter(modality -> BUILT_IN_BUNDLES.contains(modality.contributorBundle()))
                .map(ModalityDescriptor::id).sorted().toList();
        assertEquals(CANONICAL_IDS.stream().sorted().toList(), builtIn);
    }

    @Test
    void noBuiltInContributionIsSkipped() {
        assertEquals(List.of(), registry.problems().stream()
                .filter(problem -> BUILT_IN_BUNDLES.contains(problem.contributorBundle())).toList());
    }

    @ParameterizedTest
    @MethodSource("canonicalIds")
    void eachBuiltInModalityIsComplete(String id) {
        ModalityDescriptor modality = registry.find(id).orElseThrow(() -> new AssertionError(id + " missing"));
        String shortComponent = id.substring(0, id.indexOf('.'));
        assertEquals(expectedComponent(shortComponent), modality.component(), id);
        assertTrue(BUILT_IN_BUNDLES.contains(modality.contributorBundle()), modality.contributorBundle());
        assertTrue(modality.contributorVersion().startsWith("1.0.0"), modality.contributorVersion());
        assertTrue(modality.description().length() > 100, id + ": a real description");
        assertTrue(modality.patientInstructions().length() > 80, id + ": real patient instructions");
        assertFalse(modality.parameters().isEmpty(), id + ": dosage parameters");
        assertFalse(modality.progressionHints().isEmpty(), id + ": progression hints");
        assertFalse(modality.evidence().isEmpty(), id + ": evidence");
        assertEquals(modality.parameters().size(), modality.defaultDosage().size(), id + ": every parameter has a default");
        assertEquals(List.of(), modality.checkDosage(modality.defaultDosage()), id + ": its defaults are valid");
    }

    @Test
    void theJospt2021GuidelineIsCitedWithItsDoi() {
        long citing = registry.modalities().stream().filter(modality -> modality.evidence().stream()
                .anyMatch(reference -> "10.2519/jospt.2021.0304".equals(reference.doi()))).count();
        assertTrue(citing >= 20, "George et al. 2021 is the guideline behind most modalities, cited by " + citing);
    }

    @Test
    void everyComponentHasAModality() {
        for (TreatmentComponent component : TreatmentComponent.values()) {
            assertFalse(registry.byComponent(component).isEmpty(), component.id());
        }
        assertEquals(List.of("manual-therapy.joint-mobilisation", "manual-therapy.soft-tissue-massage",
                "manual-therapy.spinal-manipulation"),
                registry.byComponent(TreatmentComponent.MANUAL_THERAPY).stream().map(ModalityDescriptor::id).toList());
    }

    @Test
    void theOrderIsByComponentThenIdAndStable() {
        List<ModalityDescriptor> first = registry.modalities();
        List<ModalityDescriptor> sorted = new ArrayList<>(first);
        sorted.sort(ModalityDescriptor.STABLE_ORDER);
        assertEquals(sorted, first);
        assertEquals(first, registry.modalities(), "same list, same order, same descriptors on every call");
        List<TreatmentComponent> componentsInListOrder = first.stream().map(ModalityDescriptor::component).distinct()
                .toList();
        assertEquals(Arrays.asList(TreatmentComponent.values()), componentsInListOrder);
        assertEquals("pain-relief.knee-to-chest", first.get(0).id());
    }

    private static TreatmentComponent expectedComponent(String shortName) {
        return switch (shortName) {
            case "pain-relief" -> TreatmentComponent.PAIN_RELIEF_EXERCISE;
            case "manual-therapy" -> TreatmentComponent.MANUAL_THERAPY;
            case "education" -> TreatmentComponent.EDUCATION_AND_POSTURE;
            case "core" -> TreatmentComponent.CORE_STRENGTHENING;
            case "flexibility" -> TreatmentComponent.FLEXIBILITY_AND_RANGE_OF_MOTION;
            case "functional" -> TreatmentComponent.FUNCTIONAL_TRAINING;
            case "prevention" -> TreatmentComponent.PREVENTION_AND_HOME_PROGRAMME;
            case "sport" -> TreatmentComponent.SPORT_PERFORMANCE;
            default -> throw new AssertionError("unknown component prefix " + shortName);
        };
    }
}
