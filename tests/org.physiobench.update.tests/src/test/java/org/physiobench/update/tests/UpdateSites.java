package org.physiobench.update.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The update sites the end-to-end test feeds the product: the real next release and
 * deliberately broken or tampered copies of it.
 */
final class UpdateSites {

	/** Signature files of a signed jar (jarsigner writes NAME.SF plus NAME.RSA/.DSA/.EC). */
	private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

	private UpdateSites() {
	}

	/** Builds the update site at {@code version} with releng/scripts/build-update-site.sh. */
	static Path build(Path sourceRoot, String version, Path out) throws IOException, InterruptedException {
		Path script = sourceRoot.resolve("releng/scripts/build-update-site.sh");
		Process build = new ProcessBuilder("sh", script.toString(), version, out.toString()).inheritIO().start();
		if (!build.waitFor(20, TimeUnit.MINUTES) || build.exitValue() != 0) {
			Path log = Path.of(out + ".log");
			List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
			String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
			throw new IllegalStateException("building the " + version + " update site failed; end of " + log + ":\n" + tail);
		}
		return out;
	}

	/** A folder that claims to be a p2 repository but whose metadata is garbage. */
	static Path corrupt(Path out) throws IOException {
		Files.createDirectories(out);
		Files.writeString(out.resolve("content.xml"), "<?xml version='1.0'?><repository this is not p2 metadata");
		Files.writeString(out.resolve("artifacts.xml"), "<?xml version='1.0'?><repository this is not p2 metadata");
		return out;
	}

	/** A copy of {@code site} whose metadata is intact but one bundle's jar is missing. */
	static Path withMissingBundle(Path site, String bundleId, Path out) throws IOException {
		TreeCopy.copy(site, out);
		Files.delete(bundleJar(out, bundleId));
		return out;
	}

	/** A copy of {@code site} in which one bundle has no signature (checksums fixed, so only trust can refuse it). */
	static Path withUnsignedBundle(Path site, String bundleId, Path out) throws Exception {
		TreeCopy.copy(site, out);
		Path jar = bundleJar(out, bundleId);
		stripSignature(jar);
		forgetChecksums(out, bundleId, Files.size(jar));
		return out;
	}

	/**
	 * A copy of {@code site} in which one bundle is signed by a stranger's key (generated
	 * here with the JDK's keytool), not the product's.
	 */
	static Path withForeignSignature(Path site, String bundleId, Path out) throws Exception {
		TreeCopy.copy(site, out);
		Path jar = bundleJar(out, bundleId);
		stripSignature(jar);
		Path keystore = out.resolveSibling(out.getFileName() + "-stranger.p12");
		jdkTool("keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass",
				"stranger", "-keypass", "stranger", "-alias", "stranger", "-keyalg", "RSA", "-keysize", "2048",
				"-validity", "30", "-dname", "CN=Someone Else, O=Not PhysioBench");
		jdkTool("jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "stranger",
				jar.toString(), "stranger");
		forgetChecksums(out, bundleId, Files.size(jar));
		return out;
	}

	static Path bundleJar(Path site, String bundleId) throws IOException {
		try (Stream<Path> jars = Files.list(site.resolve("plugins"))) {
			return jars.filter(jar -> jar.getFileName().toString().startsWith(bundleId + "_")).findFirst()
					.orElseThrow(() -> new IllegalStateException("no " + bundleId + " in " + site));
		}
	}

	private static void stripSignature(Path jar) throws IOException {
		Path stripped = jar.resolveSibling(jar.getFileName() + ".tmp");
		try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(stripped);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : zip.stream().toList()) {
				if (SIGNATURE_FILE.matcher(entry.getName()).matches()) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		Files.move(stripped, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Rewrites the artifact metadata after a jar was changed: drops its checksums and sets
	 * its size, so the download is accepted and the trust check is what decides.
	 */
	private static void forgetChecksums(Path site, String bundleId, long size) throws Exception {
		Document artifacts = readIndex(site, "artifacts");
		NodeList list = artifacts.getElementsByTagName("artifact");
		for (int i = 0; i < list.getLength(); i++) {
			Element artifact = (Element) list.item(i);
			if (!bundleId.equals(artifact.getAttribute("id")) || !"osgi.bundle".equals(artifact.getAttribute("classifier"))) {
				continue;
			}
			NodeList properties = artifact.getElementsByTagName("property");
			List<Element> drop = new ArrayList<>();
			for (int p = 0; p < properties.getLength(); p++) {
				Element property = (Element) properties.item(p);
				String name = property.getAttribute("name");
				if (name.contains("checksum") || name.contains("md5")) {
					drop.add(property);
				} else if (name.equals("artifact.size") || name.equals("download.size")) {
					property.setAttribute("value", Long.toString(size));
				}
			}
			drop.forEach(property -> property.getParentNode().removeChild(property));
			Element holder = (Element) artifact.getElementsByTagName("properties").item(0);
			holder.setAttribute("size", Integer.toString(holder.getElementsByTagName("property").getLength()));
		}
		writeIndex(site, "artifacts", artifacts);
	}

	/** Reads content.xml or artifacts.xml, from the .jar form Tycho writes or the plain one. */
	private static Document readIndex(Path site, String name) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Path jar = site.resolve(name + ".jar");
		if (Files.exists(jar)) {
			try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name + ".xml"))) {
				return factory.newDocumentBuilder().parse(in);
			}
		}
		return factory.newDocumentBuilder().parse(site.resolve(name + ".xml").toFile());
	}

	/** Writes plain NAME.xml and removes the compressed forms and the index that would win over it. */
	private static void writeIndex(Path site, String name, Document document) throws Exception {
		var transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
		try (OutputStream out = Files.newOutputStream(site.resolve(name + ".xml"))) {
			transformer.transform(new DOMSource(document), new StreamResult(out));
		}
		Files.deleteIfExists(site.resolve(name + ".jar"));
		Files.deleteIfExists(site.resolve(name + ".xml.xz"));
		Files.deleteIfExists(site.resolve("p2.index"));
	}

	/**
	 * A copy of {@code site} whose new version of {@code unitId} requires a unit that
	 * exists nowhere - what a release built for another product line looks like to p2.
	 */
	static Path withUnsatisfiableRequirement(Path site, String unitId, Path out) throws Exception {
		TreeCopy.copy(site, out);
		Document content = readIndex(out, "content");
		NodeList units = content.getElementsByTagName("unit");
		for (int i = 0; i < units.getLength(); i++) {
			Element unit = (Element) units.item(i);
			if (!unitId.equals(unit.getAttribute("id"))) {
				continue;
			}
			Element requires = (Element) unit.getElementsByTagName("requires").item(0);
			Element missing = content.createElement("required");
			missing.setAttribute("namespace", "org.eclipse.equinox.p2.iu");
			missing.setAttribute("name", "org.physiobench.runtime.of.another.product.line");
			missing.setAttribute("range", "[2.0.0,3.0.0)");
			requires.appendChild(missing);
			requires.setAttribute("size", Integer.toString(Integer.parseInt(requires.getAttribute("size")) + 1));
		}
		writeIndex(out, "content", content);
		return out;
	}

	static void jdkTool(String tool, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(tool + " failed: " + output);
		}
	}
}
