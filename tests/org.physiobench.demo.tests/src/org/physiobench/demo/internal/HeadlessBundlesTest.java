package org.physiobench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/** The store and the demo generator are headless: the command line uses them without a display. */
class HeadlessBundlesTest {

    private static final List<String> UI = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    @Test
    void storeAndDemoRequireNoUserInterface() {
        Bundle demo = FrameworkUtil.getBundle(DemoPatientFactory.class);
        for (String name : List.of("org.physiobench.store", "org.physiobench.demo")) {
            Bundle bundle = null;
            for (Bundle candidate : demo.getBundleContext().getBundles()) {
                if (candidate.getSymbolicName().equals(name)) {
                    bundle = candidate;
                }
            }
            assertNotNull(bundle, name + " is in the runtime");
            String requirements = bundle.getHeaders().get(Constants.REQUIRE_BUNDLE) + ","
                    + bundle.getHeaders().get(Constants.IMPORT_PACKAGE);
            for (String ui : UI) {
                assertFalse(requirements.contains(ui), name + " requires " + ui + ": " + requirements);
            }
        }
    }
}
