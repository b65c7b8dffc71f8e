package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.factory.primitive.IntObjectMaps;
import org.eclipse.collections.api.factory.primitive.IntSets;
import org.eclipse.collections.api.factory.list.MutableListFactory;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * NatTable's Eclipse Collections factories find their implementations without a ServiceLoader
 * mediator, as in the product: the fragment org.physiobench.collections.mediator gives the api
 * bundle the implementation bundle's service files.
 */
class CollectionsMediationTest {

    private static final String MEDIATOR = "org.physiobench.collections.mediator";

    @Test
    void theTestRuntimeRunsNoServiceLoaderMediator() {
        // otherwise the factories below would be found through SPI Fly's weaving
        Bundle spiFly = bundle("org.apache.aries.spifly.dynamic.bundle");
        if (spiFly != null) {
            assertFalse(spiFly.getState() == Bundle.ACTIVE, "SPI Fly must not run: the product does not start it");
        }
    }

    @Test
    void theApiBundlesOwnLoaderFindsTheImplementations() {
        // Equinox's context class loader (ContextFinder) asks the loader of the calling bundle,
        // which for the factories is the api bundle's: with the fragment it sees the service files
        ServiceLoader<MutableListFactory> factories = ServiceLoader.load(MutableListFactory.class,
                Lists.class.getClassLoader());
        MutableListFactory factory = factories.findFirst().orElseThrow();
        assertEquals("org.eclipse.collections.impl", FrameworkUtil.getBundle(factory.getClass()).getSymbolicName());
    }

    @Test
    void factoriesAreMadeByTheImplementationBundle() {
        MutableList<String> list = Lists.mutable.with("a", "b");
        assertEquals(2, list.size());
        assertEquals(6, IntLists.mutable.with(3, 1, 2).sum());
        assertTrue(IntSets.mutable.with(1, 1, 2).contains(2));
        assertEquals("x", IntObjectMaps.mutable.<String>empty().withKeyValue(7, "x").get(7));
        assertEquals(1, Maps.mutable.with("k", 1).get("k"));
        assertEquals("org.eclipse.collections.impl", FrameworkUtil.getBundle(list.getClass()).getSymbolicName());
    }

    @Test
    void theMediatorCarriesExactlyTheImplementationsServiceFiles() throws IOException {
        // after an Eclipse Collections upgrade the fragment's copies must be refreshed
        // (bundles/org.physiobench.collections.mediator/README.md)
        Bundle mediator = bundle(MEDIATOR);
        assertNotNull(mediator, MEDIATOR + " is not installed");
        Map<String, String> implementation = serviceFiles(bundle("org.eclipse.collections.impl"));
        assertTrue(implementation.size() > 200, "service files of the implementation: " + implementation.size());
        assertEquals(implementation, serviceFiles(mediator));
    }

    private static Map<String, String> serviceFiles(Bundle bundle) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries("META-INF/services", "*", false);
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            try (InputStream in = entry.openStream()) {
                String path = entry.getPath();
                files.put(path.substring(path.lastIndexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            }
        }
        return files;
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(CollectionsMediationTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        return null;
    }
}
