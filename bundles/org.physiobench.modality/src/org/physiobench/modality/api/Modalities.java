package org.physiobench.modality.api;

import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Static access to the {@link ModalityRegistry} service for code that is not itself a
 * Declarative Services component (e.g. a command-line application or an SWT view).
 */
public final class Modalities {

    /** How long to wait for the service at start-up before giving up with a clear message. */
    private static final long STARTUP_WAIT_MILLIS = 10_000;

    private static ServiceTracker<ModalityRegistry, ModalityRegistry> tracker;

    private Modalities() {
    }

    /**
     * @return the registry service of the running platform
     * @throws IllegalStateException when there is none (the modality bundle or Declarative
     *             Services is not running)
     */
    public static synchronized ModalityRegistry registry() {
        if (tracker == null) {
            Bundle bundle = Objects.requireNonNull(FrameworkUtil.getBundle(Modalities.class),
                    "The modality registry exists only inside an OSGi framework");
            BundleContext context = bundle.getBundleContext();
            if (context == null) {
                throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + " is not started");
            }
            tracker = new ServiceTracker<>(context, ModalityRegistry.class, null);
            tracker.open();
        }
        ModalityRegistry registry = tracker.getService();
        if (registry == null) {
            // Right after start-up Declarative Services may not have processed the bundle yet.
            try {
                registry = tracker.waitForService(STARTUP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (registry == null) {
            throw new IllegalStateException("No ModalityRegistry service: is Declarative Services "
                    + "(org.apache.felix.scr) started?");
        }
        return registry;
    }
}
