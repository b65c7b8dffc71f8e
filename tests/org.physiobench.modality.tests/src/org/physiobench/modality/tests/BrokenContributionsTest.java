package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiobench.modality.api.ContributionProblem;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistryListener;
import org.physiobench.modality.internal.ExtensionModalityRegistry;
import org.physiobench.modality.internal.ProblemLog;
import org.physiobench.modality.tests.fixtures.AcceptingValidator;

/**
 * The test bundle's own plugin.xml contributes one broken modality per kind of defect. Each
 * test uses a fresh registry over the running extension registry, so it sees every problem
 * from the first read.
 */
class BrokenContributionsTest {

    private static final String BUNDLE = "org.physiobench.modality.tests";

    private final List<ContributionProblem> reported = new CopyOnWriteArrayList<>();
    private ExtensionModalityRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new ExtensionModalityRegistry(Platform.getExtensionRegistry(), reported::add);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "broken.missing-id          | <modality> misses the attribute 'id'",
            "broken.missing-description | needs exactly one <description> element, found 0",
            "broken.unknown-component   | unknown component 'aromatherapy'",
            "broken.class-not-found     | validator class org.physiobench.modality.tests.fixtures.NoSuchValidator not found",
            "broken.wrong-type          | does not implement org.physiobench.modality.api.DosageValidator",
            "broken.bad-default         | parameter 'sets': bad default: sets: 9 is outside 1..5",
            "broken.bad-range           | parameter 'sets': min 5 is greater than max 1",
            "broken.unknown-condition   | unknown condition 'osteoporsis'",
            "broken.unknown-element     | unknown element <contraindicaton>",
            "broken.duplicate-id        | duplicate id: already contributed by bundle org.physiobench.modality.tests" })
    void aBrokenContributionIsSkippedAndReportedWithExtensionAndBundle(String extension, String message) {
        // A dotted extension id is taken as fully qualified, so it is logged as declared.
        String extensionId = extension;
        List<ContributionProblem> problems = registry.problems().stream()
                .filter(problem -> problem.extensionId().equals(extensionId)).toList();
        assertEquals(1, problems.size(), "problems of " + extensionId + ": " + registry.problems());
        assertEquals(BUNDLE, problems.get(0).contributorBundle());
        assertTrue(problems.get(0).message().contains(message), problems.get(0).message());
        assertEquals(problems, reported.stream().filter(problem -> problem.extensionId().equals(extensionId)).toList(),
                "reported to the log once");
    }

    @Test
    void everythingElseStillLoads() {
        List<String> ids = registry.modalities().stream().map(ModalityDescriptor::id).toList();
        assertTrue(ids.containsAll(BuiltInModalitiesTest.CANONICAL_IDS), ids.toString());
        assertTrue(ids.contains("test.valid-declarative"));
        assertTrue(ids.contains("test.lazy-validator"));
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("test.") && !List.of("test.valid-declarative",
                "test.lazy-validator", "test.duplicate", "test.constructor-throws", "test.validator-throws")
                .contains(id)), ids.toString());
    }

    @Test
    void ofTwoDuplicatesTheFirstDeclaredWins() {
        assertEquals("First of the duplicates", registry.find("test.duplicate").orElseThrow().name());
    }

    @Test
    void contributedCodeIsCreatedOnFirstUseAndOnce() {
        int before = AcceptingValidator.instances;
        ModalityDescriptor modality = registry.find("test.lazy-validator").orElseThrow();
        assertEquals(before, AcceptingValidator.instances, "listing does not run contributed code");
        assertEquals(List.of(), modality.checkDosage(Map.of()));
        assertEquals(List.of(), modality.checkDosage(Map.of()));
        assertEquals(before + 1, AcceptingValidator.instances);
    }

    @Test
    void aConstructorThatThrowsWithdrawsTheModalityOnFirstUse() {
        assertCodeFailureWithdraws("test.constructor-throws", "validator could not be created");
    }

    @Test
    void aValidatorThatThrowsWithdrawsTheModality() {
        assertCodeFailureWithdraws("test.validator-throws", "validator threw");
    }

    private void assertCodeFailureWithdraws(String id, String message) {
        ModalityDescriptor modality = registry.find(id).orElseThrow();
        List<ModalityDescriptor> removed = new CopyOnWriteArrayList<>();
        registry.addListener(new ModalityRegistryListener() {
            @Override
            public void modalitiesAdded(List<ModalityDescriptor> added) {
                throw new AssertionError("nothing is added: " + added);
            }

            @Override
            public void modalitiesRemoved(List<ModalityDescriptor> gone) {
                removed.addAll(gone);
            }
        });

        List<String> result = modality.checkDosage(Map.of());

        assertEquals(1, result.size(), "a dosage is never accepted unchecked: " + result);
        assertTrue(result.get(0).contains(message), result.get(0));
        assertEquals(List.of(modality), removed);
        assertFalse(registry.find(id).isPresent());
        ContributionProblem problem = registry.problems().stream().filter(p -> id.equals(p.modalityId())).findFirst()
                .orElseThrow();
        assertEquals(BUNDLE, problem.contributorBundle());
        assertTrue(problem.message().contains(message), problem.message());
        assertTrue(reported.contains(problem));
        assertTrue(registry.find("core.bird-dog").isPresent(), "the rest keeps working");
    }

    @Test
    void theProductLogNamesTheExtensionAndTheBundle() {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            new ExtensionModalityRegistry(Platform.getExtensionRegistry(), new ProblemLog()).modalities();
        } finally {
            Platform.removeLogListener(listener);
        }
        assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.ERROR
                && status.getMessage().contains("extension 'broken.wrong-type'")
                && status.getMessage().contains("in bundle " + BUNDLE)), logged.toString());
    }
}
