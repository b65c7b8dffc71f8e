package org.physiobench.modality.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.physiobench.modality.api.ContributionProblem;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.api.ModalityRegistryListener;

/**
 * The {@link ModalityRegistry} over the extension point {@code org.physiobench.modalities}.
 *
 * <p>Lazy: the point is read on the first query, and contributed classes are created on
 * their first use (see {@link ContributedCode}). Untrusted: every contribution is validated;
 * a broken one is reported (extension id and bundle) and skipped. Dynamic: it listens to the
 * extension registry and, on any change of the point, re-reads it and tells its listeners
 * what appeared and disappeared; unchanged contributions keep their descriptor (and any
 * created code).
 *
 * <p>Registered as an OSGi service by Declarative Services
 * (OSGI-INF/org.physiobench.modality.registry.xml); tests create their own instance over the
 * running extension registry with a problem sink they can inspect.
 */
public final class ExtensionModalityRegistry implements ModalityRegistry, IRegistryEventListener {

    /** Duplicate ids: the bundle installed first keeps the id, so a plug-in cannot replace a built-in modality. */
    private static final Comparator<ContributedModality> PRECEDENCE = Comparator
            .comparingLong((ContributedModality modality) -> modality.origin().bundleId())
            .thenComparingInt(modality -> modality.origin().position());

    private final Consumer<ContributionProblem> problemLog;
    private final List<ModalityRegistryListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private IExtensionRegistry extensionRegistry;

    // Guarded by lock.
    private boolean loaded;
    private List<ContributedModality> available = List.of();
    private List<ContributionProblem> problems = List.of();
    private Map<IConfigurationElement, ContributedModality> descriptors = new HashMap<>();
    private final Map<IConfigurationElement, ContributionProblem> quarantined = new LinkedHashMap<>();
    private Set<ContributionProblem> logged = Set.of();

    /** For Declarative Services: problems go to the Eclipse log. */
    public ExtensionModalityRegistry() {
        this.problemLog = new ProblemLog();
    }

    /**
     * @param extensionRegistry the registry to read
     * @param problemLog receives each problem once, when it is first found
     */
    public ExtensionModalityRegistry(IExtensionRegistry extensionRegistry, Consumer<ContributionProblem> problemLog) {
        this.extensionRegistry = Objects.requireNonNull(extensionRegistry);
        this.problemLog = Objects.requireNonNull(problemLog);
    }

    /** Declarative Services: the Equinox extension registry service. */
    void bindExtensionRegistry(IExtensionRegistry registry) {
        this.extensionRegistry = registry;
    }

    /** Starts following installed and uninstalled plug-ins. Cheap: reads nothing yet. */
    public void activate() {
        extensionRegistry.addListener(this, ModalitySchema.EXTENSION_POINT_ID);
    }

    /** Stops following the extension registry. */
    public void deactivate() {
        extensionRegistry.removeListener(this);
    }

    @Override
    public List<ModalityDescriptor> modalities() {
        synchronized (lock) {
            ensureLoaded();
            return List.copyOf(available);
        }
    }

    @Override
    public Optional<ModalityDescriptor> find(String id) {
        return modalities().stream().filter(modality -> modality.id().equals(id)).findFirst();
    }

    @Override
    public List<ContributionProblem> problems() {
        synchronized (lock) {
            ensureLoaded();
            return problems;
        }
    }

    @Override
    public void addListener(ModalityRegistryListener listener) {
        // Load first: a listener is told about changes after the state it can query.
        modalities();
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void removeListener(ModalityRegistryListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void added(IExtension[] extensions) {
        refreshAndNotify();
    }

    @Override
    public void removed(IExtension[] extensions) {
        refreshAndNotify();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        refreshAndNotify();
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        refreshAndNotify();
    }

    private void ensureLoaded() {
        if (!loaded) {
            loaded = true;
            refresh();
        }
    }

    private void refreshAndNotify() {
        List<ContributedModality> before;
        List<ContributedModality> after;
        synchronized (lock) {
            if (!loaded) {
                return; // nobody has looked yet: the first query reads the current state
            }
            before = available;
            refresh();
            after = available;
        }
        notifyListeners(before, after);
    }

    /** Re-reads the point. Caller holds the lock. */
    private void refresh() {
        ContributionReading reading = ContributionReading.read(extensionRegistry, descriptors, quarantined.keySet(),
                this::quarantine);
        quarantined.keySet().retainAll(reading.descriptors().keySet());
        descriptors = reading.descriptors();
        List<ContributionProblem> found = new ArrayList<>(reading.problems());
        available = withoutDuplicates(reading.candidates(), found);
        found.addAll(quarantined.values());
        problems = List.copyOf(found);
        logNewProblems();
    }

    private List<ContributedModality> withoutDuplicates(List<ContributedModality> candidates,
            List<ContributionProblem> found) {
        Map<String, ContributedModality> winners = new HashMap<>();
        candidates.stream().sorted(PRECEDENCE).forEach(candidate -> {
            ContributedModality winner = winners.putIfAbsent(candidate.id(), candidate);
            if (winner != null) {
                found.add(new ContributionProblem(candidate.origin().extensionId(), candidate.id(),
                        candidate.contributorBundle(), "duplicate id: already contributed by bundle "
                                + winner.contributorBundle() + " (extension " + winner.origin().extensionId() + ")"));
            }
        });
        return winners.values().stream().sorted(ModalityDescriptor.STABLE_ORDER).toList();
    }

    private void logNewProblems() {
        Set<ContributionProblem> current = new HashSet<>(problems);
        problems.stream().filter(problem -> !logged.contains(problem)).forEach(problemLog);
        logged = current;
    }

    /** Contributed code failed on use: log it, withdraw the modality, tell the listeners. */
    private void quarantine(ContributedModality modality, InvalidContributionException failure) {
        List<ContributedModality> before;
        List<ContributedModality> after;
        synchronized (lock) {
            Optional<IConfigurationElement> element = descriptors.entrySet().stream()
                    .filter(entry -> entry.getValue() == modality).map(Map.Entry::getKey).findFirst();
            if (element.isEmpty() || quarantined.containsKey(element.get())) {
                return; // already withdrawn, or its bundle is gone
            }
            quarantined.put(element.get(), new ContributionProblem(modality.origin().extensionId(), modality.id(),
                    modality.contributorBundle(), failure.getMessage()));
            before = available;
            refresh();
            after = available;
        }
        notifyListeners(before, after);
    }

    private void notifyListeners(List<ContributedModality> before, List<ContributedModality> after) {
        List<ModalityDescriptor> removed = before.stream().filter(modality -> !after.contains(modality))
                .map(ModalityDescriptor.class::cast).toList();
        List<ModalityDescriptor> added = after.stream().filter(modality -> !before.contains(modality))
                .map(ModalityDescriptor.class::cast).toList();
        for (ModalityRegistryListener listener : listeners) {
            // A listener is contributed code too: one that throws must not stop the others.
            try {
                if (!removed.isEmpty()) {
                    listener.modalitiesRemoved(removed);
                }
                if (!added.isEmpty()) {
                    listener.modalitiesAdded(added);
                }
            } catch (RuntimeException e) {
                ProblemLog.listenerFailed(listener, e);
            }
        }
    }
}
