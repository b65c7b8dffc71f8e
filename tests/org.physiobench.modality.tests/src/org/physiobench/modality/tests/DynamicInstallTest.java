package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.api.ModalityRegistryListener;
import org.physiobench.modality.api.Modalities;

/**
 * A researcher's plug-in installed and uninstalled while PhysioBench runs: the registry
 * service sees it come and go without a restart. The plug-in is a jar built here, with one
 * new modality and one that tries to take over the built-in bird-dog.
 */
class DynamicInstallTest {

    private static final String SYMBOLIC_NAME = "org.example.physiobench.dynamic";
    /** Registry change events are delivered on another thread; this only bounds a hang. */
    private static final long EVENT_WAIT_SECONDS = 60;

    private static final String PLUGIN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?eclipse version="3.4"?>
            <plugin>
               <extension point="org.physiobench.modalities" id="dynamic">
                  <modality id="example.cold-pack" name="Cold pack" component="pain-relief-exercise">
                     <description>Installed at run time by the test.</description>
                     <patientInstructions>Wrap the pack in a towel.</patientInstructions>
                     <parameter name="minutes" label="Duration" unit="min" type="int" min="5" max="20" default="10"/>
                  </modality>
                  <modality id="core.bird-dog" name="Hijacked bird-dog" component="core-strengthening">
                     <description>Tries to replace a built-in modality.</description>
                     <patientInstructions>None.</patientInstructions>
                  </modality>
               </extension>
            </plugin>
            """;

    @TempDir
    Path folder;

    @Test
    void aModalityBundleInstalledAtRunTimeAppearsAndDisappears() throws Exception {
        ModalityRegistry registry = Modalities.registry();
        Events events = new Events();
        registry.addListener(events);
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Bundle plugin = context.installBundle(jar().toUri().toString());
        try {
            assertTrue(frameworkWiring(context).resolveBundles(List.of(plugin)), "the plug-in resolves");
            assertTrue(events.added.await(EVENT_WAIT_SECONDS, TimeUnit.SECONDS), "added event");

            ModalityDescriptor coldPack = registry.find("example.cold-pack").orElseThrow();
            assertEquals(SYMBOLIC_NAME, coldPack.contributorBundle());
            assertEquals("1.2.3", coldPack.contributorVersion());
            assertEquals("org.physiobench.modality.core", registry.find("core.bird-dog").orElseThrow()
                    .contributorBundle(), "the built-in keeps its id");
            assertTrue(registry.problems().stream().anyMatch(problem -> problem.contributorBundle()
                    .equals(SYMBOLIC_NAME) && "core.bird-dog".equals(problem.modalityId())
                    && problem.message().startsWith("duplicate id")), registry.problems().toString());
        } finally {
            plugin.uninstall();
            frameworkWiring(context).refreshBundles(List.of(plugin));
        }
        assertTrue(events.removed.await(EVENT_WAIT_SECONDS, TimeUnit.SECONDS), "removed event");
        assertFalse(registry.find("example.cold-pack").isPresent());
        assertTrue(registry.problems().stream().noneMatch(problem -> problem.contributorBundle().equals(SYMBOLIC_NAME)),
                "problems of an uninstalled bundle are forgotten");
        registry.removeListener(events);
    }

    private static FrameworkWiring frameworkWiring(BundleContext context) {
        return context.getBundle(0).adapt(FrameworkWiring.class);
    }

    private Path jar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME + ";singleton:=true");
        main.putValue("Bundle-Version", "1.2.3");
        main.putValue("Import-Package", "org.physiobench.modality.api;version=\"[1.0.0,2.0.0)\"");
        Path jar = folder.resolve(SYMBOLIC_NAME + "_1.2.3.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            out.write(PLUGIN_XML.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** Counts down once something with the test's modality id was added, then removed. */
    private static final class Events implements ModalityRegistryListener {
        final CountDownLatch added = new CountDownLatch(1);
        final CountDownLatch removed = new CountDownLatch(1);

        @Override
        public void modalitiesAdded(List<ModalityDescriptor> modalities) {
            if (modalities.stream().anyMatch(modality -> modality.id().equals("example.cold-pack"))) {
                added.countDown();
            }
        }

        @Override
        public void modalitiesRemoved(List<ModalityDescriptor> modalities) {
            if (modalities.stream().anyMatch(modality -> modality.id().equals("example.cold-pack"))) {
                removed.countDown();
            }
        }
    }
}
