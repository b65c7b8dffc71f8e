package org.physiobench.clinical.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.IDynamicExtensionRegistry;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.osgi.framework.FrameworkUtil;

/**
 * A private extension registry holding the real clinical plugin.xml plus contributions written by
 * a test, each under a plug-in name of its choice; classes are loaded from this bundle. The
 * instrument registry on top of it logs into {@link #log}.
 */
final class TestRegistry {

    private final Object token = new Object();

    private final Map<String, IContributor> contributors = new HashMap<>();
    final List<IStatus> log = new ArrayList<>();
    final IExtensionRegistry extensions;
    final ExtensionInstrumentRegistry instruments;

    TestRegistry() {
        extensions = RegistryFactory.createRegistry(new ClassLoadingStrategy(), token, null);
        contribute(ContributionProblems.PLUGIN_ID, clinicalPluginXml());
        instruments = new ExtensionInstrumentRegistry(extensions, log::add);
    }

    void contribute(String plugin, String pluginXml) {
        InputStream xml = new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8));
        IContributor contributor = contributors.computeIfAbsent(plugin, ContributorFactorySimple::createContributor);
        if (!extensions.addContribution(xml, contributor, false, plugin, null, token)) {
            throw new IllegalStateException("the registry rejected the contribution of " + plugin);
        }
    }

    /** Removes everything a plug-in contributed, as when its bundle is uninstalled. */
    void uninstall(String plugin) {
        ((IDynamicExtensionRegistry) extensions).removeContributor(contributors.get(plugin), token);
    }

    /** @return one extension of org.physiobench.instruments with this id and instrument elements */
    static String extension(String extensionId, String instruments) {
        return "<plugin><extension id=\"" + extensionId + "\" point=\"org.physiobench.instruments\">" + instruments
                + "</extension></plugin>";
    }

    /** @return a valid three-item instrument with these attributes added and this body */
    static String instrument(String id, String extraAttributes, String body) {
        return "<instrument id=\"" + id + "\" name=\"Test " + id + "\" direction=\"decrease\" licence=\"free\""
                + " source=\"test\" " + extraAttributes + ">" + body + "</instrument>";
    }

    static String items(int count) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            items.append("<item number=\"").append(i).append("\" label=\"item ").append(i)
                    .append("\" min=\"0\" max=\"4\"/>");
        }
        return items.toString();
    }

    private static String clinicalPluginXml() {
        URL url = FrameworkUtil.getBundle(TestRegistry.class).getEntry("plugin.xml");
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads contributed classes from this bundle (host and test fragment share a class loader). */
    private static final class ClassLoadingStrategy extends RegistryStrategy {

        ClassLoadingStrategy() {
            super(null, null);
        }

        /** Synchronous, so a test sees the effect of adding or removing a contribution at once. */
        @Override
        public void scheduleChangeEvent(Object[] listeners, Map<String, ?> deltas, Object registry) {
            processChangeEvent(listeners, deltas, registry);
        }

        @Override
        public Object createExecutableExtension(RegistryContributor contributor, String className,
                String overriddenContributorName) throws CoreException {
            try {
                return Class.forName(className, true, TestRegistry.class.getClassLoader()).getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new CoreException(Status.error("cannot create " + className, e));
            }
        }
    }
}
