package org.physiobench.modality.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;

/**
 * Every treatment modality installed in this PhysioBench, built-in or from a third-party
 * plug-in, read from the extension point {@code org.physiobench.modalities}.
 *
 * <p>An OSGi service (obtain it with {@link Modalities#registry()} or inject it with
 * Declarative Services). Contributions are read on first use, not at start-up. Broken
 * contributions are logged and skipped ({@link #problems()}). Plug-ins installed or
 * uninstalled while the application runs are seen without a restart; register a
 * {@link ModalityRegistryListener} to be told. Thread-safe.
 */
public interface ModalityRegistry {

    /** @return every available modality in {@link ModalityDescriptor#STABLE_ORDER} */
    List<ModalityDescriptor> modalities();

    /** @return the modality with this id, if it is installed */
    Optional<ModalityDescriptor> find(String id);

    /** @return the modalities of one component, in stable order */
    default List<ModalityDescriptor> byComponent(TreatmentComponent component) {
        return modalities().stream().filter(modality -> modality.component() == component).toList();
    }

    /** @return the contributions that were skipped, with the reason, in the order they were found */
    List<ContributionProblem> problems();

    /**
     * Runs the {@link ContraindicationCheck} for every available modality.
     *
     * @return one verdict per modality, in stable order
     */
    default List<ContraindicationVerdict> checkContraindications(Set<RedFlagCategory> activeRedFlags,
            Set<String> activeConditions) {
        return modalities().stream()
                .map(modality -> ContraindicationCheck.check(modality, activeRedFlags, activeConditions))
                .toList();
    }

    /** Adds a listener; adding the same listener twice has no effect. */
    void addListener(ModalityRegistryListener listener);

    /** Removes a listener; unknown listeners are ignored. */
    void removeListener(ModalityRegistryListener listener);
}
