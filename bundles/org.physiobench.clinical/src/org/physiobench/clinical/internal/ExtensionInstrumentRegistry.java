package org.physiobench.clinical.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentRegistry;

/**
 * The instruments contributed to {@code org.physiobench.instruments}. Definitions are read on
 * first use and again after plug-ins that contribute are added or removed; contributed scorer
 * classes are created only when an instrument is first scored.
 *
 * <p>Broken contributions (schema violations, duplicate ids, scorer classes that cannot be
 * created) are logged with the extension id and the contributing plug-in and left out. Where two
 * plug-ins contribute the same id, PhysioBench's own definition wins, then the first in
 * plug-in name order, so the choice does not depend on installation order.
 */
public final class ExtensionInstrumentRegistry implements InstrumentRegistry {

    private static volatile ExtensionInstrumentRegistry platform;

    private final IExtensionRegistry extensionRegistry;
    private final ContributionProblems problems;
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Instrument> instruments;

    /**
     * @param extensionRegistry the registry to read contributions from
     * @param log where broken contributions are reported
     */
    public ExtensionInstrumentRegistry(IExtensionRegistry extensionRegistry, Consumer<IStatus> log) {
        this.extensionRegistry = extensionRegistry;
        this.problems = new ContributionProblems(log);
        extensionRegistry.addListener(new Invalidator(), InstrumentSchema.EXTENSION_POINT);
    }

    /** @return the registry of the running platform, logging to the platform log */
    public static ExtensionInstrumentRegistry platform() {
        ExtensionInstrumentRegistry registry = platform;
        if (registry == null) {
            synchronized (ExtensionInstrumentRegistry.class) {
                registry = platform;
                if (registry == null) {
                    ILog log = ILog.of(ExtensionInstrumentRegistry.class);
                    registry = new ExtensionInstrumentRegistry(RegistryFactory.getRegistry(), log::log);
                    platform = registry;
                }
            }
        }
        return registry;
    }

    @Override
    public List<Instrument> instruments() {
        return loaded().values().stream().filter(instrument -> !broken.contains(instrument.id())).toList();
    }

    @Override
    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(loaded().get(id)).filter(instrument -> !broken.contains(id));
    }

    private Map<String, Instrument> loaded() {
        Map<String, Instrument> current = instruments;
        if (current == null) {
            synchronized (this) {
                current = instruments;
                if (current == null) {
                    current = read();
                    instruments = current;
                }
            }
        }
        return current;
    }

    private Map<String, Instrument> read() {
        IExtensionPoint point = extensionRegistry.getExtensionPoint(InstrumentSchema.EXTENSION_POINT);
        Map<String, Instrument> byId = new LinkedHashMap<>();
        if (point == null) {
            return byId;
        }
        List<IExtension> extensions = new ArrayList<>(Arrays.asList(point.getExtensions()));
        extensions.sort(Comparator.comparing((IExtension extension) -> !isOwn(extension))
                .thenComparing(ContributionProblems::contributor));
        for (IExtension extension : extensions) {
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                readInstrument(extension, element, byId);
            }
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        Collections.sort(ids);
        Map<String, Instrument> sorted = new LinkedHashMap<>();
        ids.forEach(id -> sorted.put(id, byId.get(id)));
        return Collections.unmodifiableMap(sorted);
    }

    private void readInstrument(IExtension extension, IConfigurationElement element, Map<String, Instrument> byId) {
        InstrumentReader reader = new InstrumentReader(element);
        if (!InstrumentSchema.INSTRUMENT.equals(element.getName())) {
            problems.skipped(extension, String.valueOf(reader.declaredId()), "unknown element <" + element.getName()
                    + ">", null);
            return;
        }
        try {
            InstrumentDefinition.Content content = reader.read(ContributionProblems.contributor(extension));
            if (byId.containsKey(content.id())) {
                problems.skipped(extension, content.id(), "the id is already used by plug-in "
                        + byId.get(content.id()).contributor(), null);
                return;
            }
            byId.put(content.id(), new InstrumentDefinition(content, scorerSource(element, content.id())));
        } catch (MalformedContributionException e) {
            problems.skipped(extension, String.valueOf(reader.declaredId()), e.getMessage(), null);
        } catch (RuntimeException e) {
            problems.skipped(extension, String.valueOf(reader.declaredId()), "it cannot be read: " + e, e);
        }
    }

    private InstrumentDefinition.ScorerSource scorerSource(IConfigurationElement element, String id) {
        if (element.getAttribute(InstrumentSchema.ATT_CLASS) == null) {
            DeclarativeScorer declarative = new DeclarativeScorer();
            return () -> declarative;
        }
        return new ContributedScorer(element, id, problems, broken::add);
    }

    private static boolean isOwn(IExtension extension) {
        return ContributionProblems.PLUGIN_ID.equals(ContributionProblems.contributor(extension));
    }

    /** Re-reads the definitions after plug-ins contributing instruments come or go. */
    private final class Invalidator implements IRegistryEventListener {

        @Override
        public void added(IExtension[] extensions) {
            invalidate();
        }

        @Override
        public void removed(IExtension[] extensions) {
            invalidate();
        }

        @Override
        public void added(IExtensionPoint[] extensionPoints) {
            invalidate();
        }

        @Override
        public void removed(IExtensionPoint[] extensionPoints) {
            invalidate();
        }

        private void invalidate() {
            synchronized (ExtensionInstrumentRegistry.this) {
                instruments = null;
                broken.clear();
            }
        }
    }
}
