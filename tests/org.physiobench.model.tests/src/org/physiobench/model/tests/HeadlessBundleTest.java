package org.physiobench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalResources;

/** The model bundle is headless and found through EMF's package registry. */
class HeadlessBundleTest {

    @Test
    void importsNoUserInterface() {
        Bundle bundle = FrameworkUtil.getBundle(ClinicalPackage.class);
        assertNotNull(bundle, "the tests run inside OSGi");
        for (String header : new String[] { "Require-Bundle", "Import-Package" }) {
            String value = String.valueOf(bundle.getHeaders("").get(header)).toLowerCase(Locale.ROOT);
            for (String forbidden : new String[] { "swt", "jface", "org.eclipse.ui" }) {
                assertFalse(value.contains(forbidden), header + " must not name " + forbidden + ": " + value);
            }
        }
    }

    @Test
    void packageIsRegisteredByItsNamespace() {
        assertEquals(ClinicalPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ClinicalPackage.eNS_URI));
    }

    @Test
    void physiobenchFilesAreReadAsXmi() {
        Object factory = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get(ClinicalResources.FILE_EXTENSION);
        assertNotNull(factory, "plugin.xml registers the ." + ClinicalResources.FILE_EXTENSION + " extension");
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/x." + ClinicalResources.FILE_EXTENSION));
        assertTrue(resource instanceof XMIResource, String.valueOf(resource));
    }
}
