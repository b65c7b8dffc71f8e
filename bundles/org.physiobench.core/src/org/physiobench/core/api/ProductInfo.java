package org.physiobench.core.api;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The name and version of the running PhysioBench, as shown in the About dialog and
 * printed by the command line.
 *
 * <p>The version is the version of this bundle: the product's bundles are versioned
 * together, so it is the product version a clinic admin sees in its update site.
 */
public final class ProductInfo {

    /** The product name, used for window titles and messages. */
    public static final String NAME = "PhysioBench";

    private ProductInfo() {
    }

    /** @return the product version without the build qualifier, e.g. {@code 1.0.0} */
    public static String version() {
        return shortVersion(bundleVersion());
    }

    /** @return the full version including the build qualifier, e.g. {@code 1.0.0.202611261800} */
    public static String buildVersion() {
        return bundleVersion().toString();
    }

    /** @return "PhysioBench 1.0.0" */
    public static String nameAndVersion() {
        return NAME + " " + version();
    }

    /**
     * @return the id of the product the platform was started with, or {@code null} when
     *         PhysioBench code runs without a product (tests, embedding)
     */
    public static String runningProductId() {
        return Platform.getProduct() == null ? null : Platform.getProduct().getId();
    }

    static String shortVersion(Version version) {
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    private static Version bundleVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        // Outside OSGi (plain unit tests of callers) there is no bundle to ask.
        return bundle == null ? Version.emptyVersion : bundle.getVersion();
    }
}
