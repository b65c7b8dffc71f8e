package org.physiobench.update.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The third-party example modality plug-in (examples/org.example.physiobench.heat), in
 * its own p2 repository, signed with the throwaway "example researcher" key its own build
 * generates (examples/pom.xml, example.signing.*) - a key PhysioBench does not trust.
 * <p>
 * Built with examples/build.sh against the p2 repository of this reactor when its
 * repository or key is missing (its own tests are skipped here: releng/scripts/test.sh
 * runs them right after this reactor).
 */
final class ThirdPartyExample {

	static final String FEATURE_GROUP = "org.example.physiobench.heat.feature.feature.group";
	static final String MODALITY = "heat.superficial-heat";
	static final String SIGNER = "Example Researcher";
	private static final String REPOSITORY = "examples/org.example.physiobench.heat.repository/target/repository";
	/** The example build's generated key (examples/pom.xml, example.signing.*). */
	private static final String KEYSTORE = "examples/target/signing/example-researcher.p12";
	private static final String ALIAS = "example-researcher";
	private static final String STOREPASS = "example-researcher-only";
	private static final long BUILD_LIMIT_MINUTES = 20;

	private ThirdPartyExample() {
	}

	/** The example's p2 repository, built first if it is not there. */
	static Path repository(Path sourceRoot, Path work) throws IOException, InterruptedException {
		Path repository = sourceRoot.resolve(REPOSITORY);
		boolean built = Files.exists(repository.resolve("content.jar")) || Files.exists(repository.resolve("content.xml.xz"))
				|| Files.exists(repository.resolve("content.xml"));
		if (!built || !Files.exists(sourceRoot.resolve(KEYSTORE))) {
			build(sourceRoot, work.resolve("examples-build.log"));
		}
		return repository;
	}

	private static void build(Path sourceRoot, Path log) throws IOException, InterruptedException {
		Process build = new ProcessBuilder("sh", sourceRoot.resolve("examples/build.sh").toString(), "-DskipTests")
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!build.waitFor(BUILD_LIMIT_MINUTES, TimeUnit.MINUTES) || build.exitValue() != 0) {
			build.destroyForcibly();
			throw new IllegalStateException("examples/build.sh failed; its output:\n" + Files.readString(log));
		}
	}

	/** The example researcher's certificate, as they would publish it (PEM). */
	static Path exportCertificate(Path sourceRoot, Path out) throws IOException, InterruptedException {
		UpdateSites.jdkTool("keytool", "-exportcert", "-rfc", "-keystore", sourceRoot.resolve(KEYSTORE).toString(),
				"-storetype", "PKCS12", "-storepass", STOREPASS, "-alias", ALIAS, "-file", out.toString());
		return out;
	}

	/** SHA-256 fingerprint of a certificate file, as keytool prints it (AB:CD:...). */
	static String fingerprint(Path certificate) throws Exception {
		try (InputStream in = Files.newInputStream(certificate)) {
			byte[] encoded = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
		}
	}
}
