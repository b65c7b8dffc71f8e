package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.modality.api.ConditionIds;
import org.physiobench.modality.api.ContraindicationCheck;
import org.physiobench.modality.api.ContraindicationSeverity;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.ContraindicationVerdict.Status;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.api.Modalities;

/**
 * The contraindication check on the built-in modalities: a red flag needs medical referral
 * before treatment (AHCPR 1994); spinal manipulation with suspected fracture, osteoporosis or
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
        assertEquals(redFlag, verdict.matched().get(0).redFlag());
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
