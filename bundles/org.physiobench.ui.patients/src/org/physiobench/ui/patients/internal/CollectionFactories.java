package org.physiobench.ui.patients.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.impl.list.mutable.FastList;
import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Connects Eclipse Collections' factories to their implementations before NatTable uses them.
 *
 * <p>NatTable's layers use Eclipse Collections ({@code Lists.mutable}, {@code IntSets.mutable}
 * ...). Each factory class of {@code org.eclipse.collections.api} finds its implementation in
 * {@code org.eclipse.collections.impl} with {@link java.util.ServiceLoader} on the thread's
 * context class loader, once, in its static initializer. In OSGi that loader sees neither
 * bundle; the standard answer is an OSGi ServiceLoader Mediator (Aries SPI Fly), which the
 * product does not start: it took about 40% of the workbench's start-up CPU (it weaves every
 * consumer class with ASM and parses the mediator headers of every bundle, see
 * releng/benchmarks/README.md). Instead the factory classes are initialised here, once, with
 * the implementation bundle's class loader as context class loader - the same lookup,
 * mediated explicitly.
 *
 * <p>Outside OSGi (the JMH benchmarks' plain class path) the context class loader sees both
 * jars already and nothing is done.
 */
public final class CollectionFactories {

    /** The api packages whose classes look up implementations (their static initializers). */
    private static final String[] FACTORY_FOLDERS = { "org/eclipse/collections/api/factory",
            "org/eclipse/collections/api/factory/primitive" };

    private static boolean connected;

    private CollectionFactories() {
    }

    /** Initialises every factory class of the api bundle once; later calls return at once. */
    public static synchronized void connect() {
        if (connected) {
            return;
        }
        Bundle api = FrameworkUtil.getBundle(Lists.class);
        if (api != null) {
            initialiseFactories(api, Lists.class.getClassLoader(), FastList.class.getClassLoader());
        }
        connected = true;
    }

    private static void initialiseFactories(Bundle api, ClassLoader apiLoader, ClassLoader implementationLoader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(implementationLoader);
        try {
            for (String className : factoryClassNames(api)) {
                try {
                    Class.forName(className, true, apiLoader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // one factory without its implementation fails only where it is used
                    ILog.of(CollectionFactories.class).warn("Eclipse Collections factory " + className
                            + " of bundle " + api.getSymbolicName() + " cannot be initialised", e);
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Top-level classes of the factory folders, read from the bundle (no class is loaded). */
    public static List<String> factoryClassNames(Bundle api) {
        List<String> names = new ArrayList<>();
        for (String folder : FACTORY_FOLDERS) {
            Enumeration<URL> entries = api.findEntries(folder, "*.class", false);
            if (entries == null) {
                continue;
            }
            for (URL entry : Collections.list(entries)) {
                String path = entry.getPath();
                String simpleName = path.substring(path.lastIndexOf('/') + 1, path.length() - ".class".length());
                if (simpleName.indexOf('$') < 0) {
                    names.add(folder.replace('/', '.') + '.' + simpleName);
                }
            }
        }
        return names;
    }
}
