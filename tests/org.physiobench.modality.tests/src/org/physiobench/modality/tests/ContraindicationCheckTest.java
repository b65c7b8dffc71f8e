package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.modality.api.ConditionIds;
import org.physiobench.modality.api.ContraindicationCheck;
import org.physiobench.modality.api.ContraindicationSeverity;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.ContraindicationVerdict.Status;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.api.Modalities;

/**
 * The contraindication check on the built-in modalities: a suspected serious pathology blocks the
 * modalities that could harm (graded triage: IFOMPT 2020, GIRFT 2023); spinal manipulation with suspected fracture, osteoporosis or
 * cauda equina is the reference's own example of a plan that must be blocked.
 */
class ContraindicationCheckTest {

    private static final String MANIPULATION = "manual-therapy.spinal-manipulation";
    private static final String MOBILISATION = "manual-therapy.joint-mobilisation";

    private final ModalityRegistry registry = Modalities.registry();

    private ContraindicationVerdict check(String id, Set<RedFlagCategory> redFlags, Set<String> conditions) {
        return ContraindicationCheck.check(modality(id), redFlags, conditions);
    }

    private ModalityDescriptor modality(String id) {
        return registry.find(id).orElseThrow(() -> new AssertionError(id + " missing"));
    }

    @ParameterizedTest
    @EnumSource(RedFlagCategory.class)
    void everyRedFlagBlocksSpinalManipulation(RedFlagCategory redFlag) {
        ContraindicationVerdict verdict = check(MANIPULATION, EnumSet.of(redFlag), Set.of());
        assertEquals(Status.BLOCKED, verdict.status());
        assertTrue(verdict.matched().get(0).redFlag().matches(Set.of(redFlag)), verdict.matched().toString());
    }

    @Test
    @SuppressWarnings("deprecation")
    void theCombinedCategoryOfRelease10StillBlocksForAMalignancyOrAnInfection() {
        // the built-in and third-party contributions of 1.0 name tumour-infection
        assertEquals(RedFlagCategory.TUMOUR_OR_INFECTION,
                check(MANIPULATION, EnumSet.of(RedFlagCategory.MALIGNANCY), Set.of()).matched().get(0).redFlag());
        assertEquals(Status.BLOCKED, check("core.bird-dog", EnumSet.of(RedFlagCategory.INFECTION), Set.of()).status());
    }

    @Test
    void anUrgentTriageBlocksActiveTreatmentWithoutAContraindicationButAllowsAdvice() {
        ModalityDescriptor flareUpPlan = modality("prevention.flare-up-plan");
        assertEquals(Status.ALLOWED, ContraindicationCheck.check(flareUpPlan, EnumSet.of(RedFlagCategory.FRACTURE),
                Set.of()).status(), "it names no contraindication");
        ContraindicationVerdict urgent = ContraindicationCheck.check(flareUpPlan,
                Map.of(RedFlagCategory.FRACTURE, TriageLevel.URGENT), Set.of());
        assertEquals(Status.BLOCKED, urgent.status());
        assertEquals("block (fracture): " + TriageLevel.URGENT.label() + " - "
                + TriageLevel.URGENT.action(), urgent.reasons().get(0));
        assertEquals(Status.ALLOWED, ContraindicationCheck.check(flareUpPlan,
                Map.of(RedFlagCategory.FRACTURE, TriageLevel.NON_URGENT), Set.of()).status(),
                "a non-urgent finding leaves the category's own contraindications");
        assertEquals(Status.WARNED, ContraindicationCheck.check(modality("education.pain-neuroscience"),
                Map.of(RedFlagCategory.FRACTURE, TriageLevel.URGENT), Set.of()).status(), "advice is allowed");
    }

    @Test
    void manipulationWithSuspectedFractureIsBlockedWithTheReason() {
        ContraindicationVerdict verdict = check(MANIPULATION, EnumSet.of(RedFlagCategory.FRACTURE), Set.of());
        assertEquals(1, verdict.reasons().size());
        assertTrue(verdict.reasons().get(0).startsWith("block (fracture): "), verdict.reasons().get(0));
    }

    @Test
    void osteoporosisBlocksManipulationButOnlyWarnsForMobilisation() {
        assertEquals(Status.BLOCKED, check(MANIPULATION, Set.of(), Set.of(ConditionIds.OSTEOPOROSIS)).status());
        ContraindicationVerdict mobilisation = check(MOBILISATION, Set.of(), Set.of(ConditionIds.OSTEOPOROSIS));
        assertEquals(Status.WARNED, mobilisation.status());
        assertTrue(mobilisation.matched().get(0).reason().contains("grades I-II"), mobilisation.reasons().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { ConditionIds.ANTICOAGULATION, ConditionIds.INFLAMMATORY_ARTHRITIS })
    void anticoagulationAndInflammatoryArthritisWarnBeforeManipulation(String condition) {
        ContraindicationVerdict verdict = check(MANIPULATION, Set.of(), Set.of(condition));
        assertEquals(Status.WARNED, verdict.status());
        assertEquals(condition, verdict.matched().get(0).condition());
        assertEquals(ContraindicationSeverity.WARN, verdict.matched().get(0).severity());
    }

    @Test
    void aBlockOutranksWarningsAndIsListedFirst() {
        ContraindicationVerdict verdict = check(MANIPULATION, EnumSet.of(RedFlagCategory.CAUDA_EQUINA),
                Set.of(ConditionIds.ANTICOAGULATION, ConditionIds.OSTEOPOROSIS));
        assertEquals(Status.BLOCKED, verdict.status());
        assertEquals(3, verdict.matched().size());
        assertEquals(ContraindicationSeverity.BLOCK, verdict.matched().get(0).severity());
        assertEquals(ContraindicationSeverity.BLOCK, verdict.matched().get(1).severity());
        assertEquals(ContraindicationSeverity.WARN, verdict.matched().get(2).severity());
    }

    @Test
    void withoutRedFlagsOrConditionsEverythingIsAllowed() {
        List<ContraindicationVerdict> verdicts = registry.checkContraindications(Set.of(), Set.of());
        assertEquals(registry.modalities().size(), verdicts.size());
        assertTrue(verdicts.stream().allMatch(verdict -> verdict.status() == Status.ALLOWED));
    }

    @Test
    void suspectedCaudaEquinaBlocksEveryBuiltInModalityExceptTheFlareUpPlan() {
        List<String> notBlocked = registry.checkContraindications(EnumSet.of(RedFlagCategory.CAUDA_EQUINA), Set.of())
                .stream().filter(verdict -> BuiltInModalitiesTest.CANONICAL_IDS.contains(verdict.modality().id()))
                .filter(verdict -> verdict.status() != Status.BLOCKED).map(verdict -> verdict.modality().id()).toList();
        // The flare-up plan teaches the very warning signs of cauda equina: it stays allowed.
        assertEquals(List.of("prevention.flare-up-plan"), notBlocked);
    }

    @Test
    void educationOnlyWarnsWithASuspectedFracture() {
        assertEquals(Status.WARNED,
                check("education.pain-neuroscience", EnumSet.of(RedFlagCategory.FRACTURE), Set.of()).status());
        assertEquals(Status.BLOCKED,
                check("functional.lift-and-carry", EnumSet.of(RedFlagCategory.FRACTURE), Set.of()).status());
    }

    @Test
    void unknownConditionsOfThePatientMatchNothing() {
        assertEquals(Status.ALLOWED, check(MANIPULATION, Set.of(), Set.of("hay-fever")).status());
    }

    @Test
    void everyConditionIdIsUsedByABuiltInModality() {
        Set<String> used = new HashSet<>();
        registry.modalities().forEach(modality -> modality.contraindications().stream()
                .filter(contraindication -> contraindication.condition() != null)
                .forEach(contraindication -> used.add(contraindication.condition())));
        assertTrue(used.containsAll(ConditionIds.ALL), "unused: " + ConditionIds.ALL.stream()
                .filter(id -> !used.contains(id)).toList());
    }
}
