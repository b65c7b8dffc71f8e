package org.physiobench.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

class ProductInfoTest {

    @Test
    void versionIsTheCoreBundleVersionWithoutQualifier() {
        Version bundleVersion = FrameworkUtil.getBundle(ProductInfo.class).getVersion();
        assertEquals(bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro(),
                ProductInfo.version());
        assertTrue(ProductInfo.version().matches("\\d+\\.\\d+\\.\\d+"), ProductInfo.version());
    }

    @Test
    void buildVersionCarriesTheQualifier() {
        assertTrue(ProductInfo.buildVersion().startsWith(ProductInfo.version() + "."), ProductInfo.buildVersion());
    }

    @Test
    void nameAndVersionIsWhatTheWindowsShow() {
        assertEquals("PhysioBench " + ProductInfo.version(), ProductInfo.nameAndVersion());
    }

    @Test
    void shortVersionDropsTheQualifier() {
        assertEquals("2.3.4", ProductInfo.shortVersion(new Version(2, 3, 4, "202611261800")));
    }
}
