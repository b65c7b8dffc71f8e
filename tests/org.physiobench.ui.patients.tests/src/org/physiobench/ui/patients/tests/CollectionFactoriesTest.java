package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.factory.primitive.IntObjectMaps;
import org.eclipse.collections.api.factory.primitive.IntSets;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.physiobench.ui.patients.internal.CollectionFactories;

/**
 * NatTable's Eclipse Collections factories work without a ServiceLoader mediator, as in the
 * product (no SPI Fly is started in the test runtime either).
 */
class CollectionFactoriesTest {

    @Test
    void theTestRuntimeRunsNoServiceLoaderMediator() {
        // otherwise this test would pass through SPI Fly's weaving instead of CollectionFactories
        Bundle spiFly = bundle("org.apache.aries.spifly.dynamic.bundle");
        if (spiFly != null) {
            assertFalse(spiFly.getState() == Bundle.ACTIVE, "SPI Fly must not run: the product does not start it");
        }
    }

    @Test
    void factoriesMadeByTheImplementationBundleAfterConnecting() {
        CollectionFactories.connect();

        MutableList<String> list = Lists.mutable.of("a", "b");
        assertEquals(2, list.size());
        MutableIntList ints = IntLists.mutable.of(3, 1, 2);
        assertEquals(6, ints.sum());
        assertTrue(IntSets.mutable.of(1, 1, 2).contains(2));
        assertEquals("x", IntObjectMaps.mutable.<String>empty().withKeyValue(7, "x").get(7));
        assertEquals(1, Maps.mutable.of("k", 1).get("k"));
        assertEquals("org.eclipse.collections.impl", FrameworkUtil.getBundle(list.getClass()).getSymbolicName());
    }

    @Test
    void everyFactoryClassOfTheApiIsFound() {
        Bundle api = FrameworkUtil.getBundle(Lists.class);
        assertNotNull(api);
        List<String> names = CollectionFactories.factoryClassNames(api);
        // Eclipse Collections 13: 10 object and 111 primitive factory classes call ServiceLoader
        assertTrue(names.contains("org.eclipse.collections.api.factory.Lists"), names.toString());
        assertTrue(names.contains("org.eclipse.collections.api.factory.primitive.IntLists"), names.toString());
        assertTrue(names.size() >= 121, "factory classes found: " + names.size());
        assertTrue(names.stream().noneMatch(name -> name.contains("$")), "inner classes are initialised by their outer class");
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(CollectionFactoriesTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        return null;
    }
}
