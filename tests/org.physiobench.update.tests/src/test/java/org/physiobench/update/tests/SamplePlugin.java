package org.physiobench.update.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A minimal third-party plug-in (one bundle, one feature) in its own p2 repository,
 * signed with the build's test key and published with p2's FeaturesAndBundlesPublisher
 * - an application the product itself contains. It stands in for a researcher's
 * repository until the example modality plug-in (modality branch) is built here.
 */
final class SamplePlugin {

	static final String FEATURE = "org.physiobench.e2e.sample.feature";
	static final String FEATURE_GROUP = FEATURE + ".feature.group";
	private static final String BUNDLE = "org.physiobench.e2e.sample";
	private static final String VERSION = "1.0.0";
	/** The build's test key (root pom.xml, physiobench.signing.*). */
	private static final String KEYSTORE = "target/signing/physiobench-test-signing.p12";
	private static final String ALIAS = "physiobench-test";
	private static final String STOREPASS = "physiobench-test-only";

	private SamplePlugin() {
	}

	/** Builds, signs and publishes the plug-in; returns the repository folder. */
	static Path publish(InstalledProduct product, Path sourceRoot, Path work) throws Exception {
		Path source = work.resolve("sample-source");
		Path bundle = Files.createDirectories(source.resolve("plugins")).resolve(BUNDLE + "_" + VERSION + ".jar");
		Path feature = Files.createDirectories(source.resolve("features")).resolve(FEATURE + "_" + VERSION + ".jar");
		writeBundle(bundle);
		writeFeature(feature);
		Path keystore = sourceRoot.resolve(KEYSTORE);
		for (Path jar : new Path[] { bundle, feature }) {
			UpdateSites.jdkTool("jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", STOREPASS,
					jar.toString(), ALIAS);
		}
		Path repository = work.resolve("sample-repository");
		InstalledProduct.Result published = product.run("-application", "org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher",
				"-metadataRepository", repository.toUri().toString(), "-artifactRepository", repository.toUri().toString(),
				"-source", source.toString(), "-publishArtifacts", "-compress");
		if (published.exitCode() != 0 || !Files.exists(repository.resolve("content.jar"))) {
			throw new IllegalStateException("publishing the sample plug-in failed: " + published);
		}
		return repository;
	}

	private static void writeBundle(Path jar) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", BUNDLE);
		main.putValue("Bundle-Version", VERSION);
		main.putValue("Bundle-Name", "PhysioBench end-to-end sample plug-in");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			// jarsigner only signs entries besides the manifest: a bundle without any is "unsigned" to p2.
			entry(out, "about.txt", "A plug-in the update end-to-end test installs and uninstalls.\n");
		}
	}

	private static void writeFeature(Path jar) throws IOException {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<feature id="%s" label="End-to-end sample plug-in" version="%s">
				   <plugin id="%s" version="%s" unpack="false"/>
				</feature>
				""".formatted(FEATURE, VERSION, BUNDLE, VERSION);
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			entry(out, "feature.xml", xml);
		}
	}

	private static void entry(JarOutputStream out, String name, String text) throws IOException {
		out.putNextEntry(new JarEntry(name));
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}
}
