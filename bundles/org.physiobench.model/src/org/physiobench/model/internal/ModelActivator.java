package org.physiobench.model.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.physiobench.model.api.ClinicalValidation;

/**
 * Registers the clinical validator when the bundle starts. The bundle activates lazily, on
 * the first load of one of its classes - which is what loading the clinical package from the
 * EMF package registry does - so {@code Diagnostician.INSTANCE} checks the clinical
 * constraints for every client, not only for callers of {@link ClinicalValidation}.
 */
public final class ModelActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        ClinicalValidation.register();
    }

    @Override
    public void stop(BundleContext context) {
        ClinicalValidation.unregister();
    }
}
