package org.physiobench.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.physiobench.update.tests.InstalledProduct.Result;

/**
 * Issue 7 end to end: the 1.0.0 product, as built, is updated headless to 1.0.1 from a
 * file: update site, still opens, is reverted to 1.0.0 and opens again; unreachable,
 * corrupt, damaged, unsigned and wrongly signed repositories are refused with one clear
 * line on stderr and leave the installation exactly as it was; so do an incompatible
 * repository and a feature the repository does not have.
 * <p>
 * The tests share one installation and run in order (the failures first, on 1.0.0).
 * <p>
 * Third-party plug-ins: the example modality plug-in ({@link ThirdPartyExample}), signed
 * with its researcher's own key, is refused from its own p2 repository until the admin
 * trusts the researcher's certificate ({@code physiobench trust --certificate}); then it
 * installs, {@code physiobench modalities} lists its modality, and it uninstalls.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ProductUpdateEndToEndTest {

	private static final String FEATURE = "org.physiobench.feature.feature.group";
	private static final String TAMPERED_BUNDLE = "org.physiobench.core";

	private Path root;
	private Path work;
	private Path site;
	private InstalledProduct product;
	private Map<String, String> firstRelease;
	private String exampleRepository;
	private Path exampleCertificate;

	@BeforeAll
	void installFirstReleaseAndBuildTheNext() throws Exception {
		root = Path.of(System.getProperty("physiobench.root", "../..")).toAbsolutePath().normalize();
		work = Files.createTempDirectory("physiobench-e2e");
		String prebuilt = System.getProperty("physiobench.e2e.site", "");
		site = prebuilt.isBlank() ? UpdateSites.build(root, "1.0.1", work.resolve("site-1.0.1")) : Path.of(prebuilt);
		product = InstalledProduct.copyOf(root.resolve(InstalledProduct.MATERIALIZED), work.resolve("installation"));
		firstRelease = product.installed();
	}

	@AfterAll
	void deleteTheInstallation() throws Exception {
		TreeCopy.delete(work);
	}

	@Test
	@Order(1)
	void theBuiltProductIsTheFirstRelease() {
		assertTrue(firstRelease.containsKey(FEATURE), "installed roots: " + firstRelease);
		firstRelease.forEach((id, version) -> assertTrue(version.startsWith("1.0.0."), id + " " + version));
	}

	@Test
	@Order(2)
	void unreachableRepositoryIsRefusedAndChangesNothing() throws Exception {
		refused(product.run("update", "--repository", work.resolve("no-such-site").toUri().toString()), 3, "unreachable");
		refused(product.run("update", "--repository", "http://127.0.0.1:9/physiobench"), 3, "unreachable");
	}

	@Test
	@Order(3)
	void corruptRepositoryIsRefusedAndChangesNothing() throws Exception {
		Path corrupt = UpdateSites.corrupt(work.resolve("corrupt"));
		refused(product.run("update", "--repository", corrupt.toUri().toString()), 4, "corrupt");
	}

	@Test
	@Order(4)
	void repositoryWithAMissingJarFailsDuringDownloadAndChangesNothing() throws Exception {
		Path damaged = UpdateSites.withMissingBundle(site, TAMPERED_BUNDLE, work.resolve("damaged"));
		refused(product.run("update", "--repository", damaged.toUri().toString()), 4, "corrupt");
	}

	@Test
	@Order(5)
	void unsignedBundleIsRefusedAndChangesNothing() throws Exception {
		Path unsigned = UpdateSites.withUnsignedBundle(site, TAMPERED_BUNDLE, work.resolve("unsigned"));
		refused(product.run("update", "--repository", unsigned.toUri().toString()), 6, "unsigned");
	}

	@Test
	@Order(6)
	void bundleSignedByAStrangerIsRefusedAndChangesNothing() throws Exception {
		Path foreign = UpdateSites.withForeignSignature(site, TAMPERED_BUNDLE, work.resolve("foreign"));
		refused(product.run("update", "--repository", foreign.toUri().toString()), 6, "Someone Else");
	}

	@Test
	@Order(7)
	void incompatibleRepositoryIsRefusedAndChangesNothing() throws Exception {
		Path incompatible = UpdateSites.withUnsatisfiableRequirement(site, FEATURE, work.resolve("incompatible"));
		refused(product.run("update", "--repository", incompatible.toUri().toString()), 5, "does not fit");
	}

	@Test
	@Order(8)
	void installOfAFeatureTheRepositoryDoesNotHaveIsRefused() throws Exception {
		refused(product.run("install", "--repository", site.toUri().toString(), "--iu", "org.example.no.such.feature"), 7,
				"no feature org.example.no.such.feature");
	}

	@Test
	@Order(9)
	void wrongCommandLinesAndUninstallingTheProductAreRefused() throws Exception {
		refused(product.run("install", "--iu", FEATURE), 2, "install needs exactly one --repository URI");
		refused(product.run("update", "--frobnicate"), 2, "unknown option --frobnicate");
		refused(product.run("uninstall", "--iu", "org.physiobench.product"), 1, "is the product itself");
		refused(product.run("uninstall", "--iu", "org.example.not.installed"), 7, "is not installed");
	}

	@Test
	@Order(10)
	void updateInstallsTheNextReleaseAndTheWorkbenchOpens() throws Exception {
		Result update = product.run("update", "--repository", site.toUri().toString());
		assertEquals(0, update.exitCode(), update.toString());
		assertTrue(update.out().contains(FEATURE + " " + firstRelease.get(FEATURE) + " -> 1.0.1."), update.toString());

		Map<String, String> now = product.installed();
		assertEquals(firstRelease.keySet(), now.keySet());
		now.forEach((id, version) -> assertTrue(version.startsWith("1.0.1."), id + " " + version));
		assertTrue(product.workbenchOpens(), "the updated workbench did not open:\n" + product.workbenchLog());
	}

	@Test
	@Order(11)
	void revertBringsBackTheFirstRelease() throws Exception {
		Result revert = product.run("revert");
		assertEquals(0, revert.exitCode(), revert.toString());
		assertEquals(firstRelease, product.installed());
		assertTrue(product.workbenchOpens(), "the reverted workbench did not open:\n" + product.workbenchLog());
	}

	@Test
	@Order(12)
	void aResearchersPluginIsRefusedWhileTheirCertificateIsNotTrusted() throws Exception {
		exampleRepository = ThirdPartyExample.repository(root, work).toUri().toString();
		exampleCertificate = ThirdPartyExample.exportCertificate(root, work.resolve("example-researcher.pem"));
		Result install = product.run("install", "--repository", exampleRepository, "--iu", ThirdPartyExample.FEATURE_GROUP);
		refused(install, 6, ThirdPartyExample.SIGNER);
		assertTrue(install.err().contains(ThirdPartyExample.fingerprint(exampleCertificate)), install.toString());
		assertTrue(install.err().contains("physiobench trust --certificate"), install.toString());
	}

	@Test
	@Order(13)
	void theAdminTrustsTheResearchersCertificateButNeverUntrustsTheProductsOwn() throws Exception {
		Result trust = product.run("trust", "--certificate", exampleCertificate.toString());
		assertEquals(0, trust.exitCode(), trust.toString());
		String fingerprint = ThirdPartyExample.fingerprint(exampleCertificate);
		assertTrue(trust.out().contains("trusted " + fingerprint), trust.toString());
		assertEquals("already trusted", product.run("trust", "--certificate", exampleCertificate.toString()).out().strip());

		List<String> trusted = trustedCertificates();
		assertEquals(2, trusted.size(), trusted.toString());
		assertTrue(trusted.stream().anyMatch(line -> line.startsWith(fingerprint + " added CN=" + ThirdPartyExample.SIGNER)),
				trusted.toString());
		String own = trusted.stream().filter(line -> line.contains(" built-in CN=PhysioBench TEST signing key")).findFirst()
				.orElseThrow(() -> new AssertionError("the product's own certificate is not listed: " + trusted));
		refused(product.run("untrust", "--fingerprint", own.substring(0, own.indexOf(' '))), 1, "cannot be untrusted");
		refused(product.run("trust", "--certificate", work.resolve("no-such.pem").toString()), 1, "cannot read a certificate");
		refused(product.run("untrust", "--fingerprint", "00:11"), 7, "no trusted certificate");
		assertEquals(trusted, trustedCertificates());
	}

	@Test
	@Order(14)
	void theTrustedPluginInstallsAddsItsModalityAndUninstalls() throws Exception {
		Result install = product.run("install", "--repository", exampleRepository, "--iu", ThirdPartyExample.FEATURE_GROUP);
		assertEquals(0, install.exitCode(), install.toString());
		Map<String, String> withPlugin = product.installed();
		assertTrue(withPlugin.get(ThirdPartyExample.FEATURE_GROUP).startsWith("1.0.0."), withPlugin.toString());
		assertTrue(withPlugin.entrySet().containsAll(firstRelease.entrySet()), withPlugin.toString());
		assertTrue(modalities().contains(ThirdPartyExample.MODALITY), "modalities after the install");

		Result uninstall = product.run("uninstall", "--iu", ThirdPartyExample.FEATURE_GROUP);
		assertEquals(0, uninstall.exitCode(), uninstall.toString());
		assertEquals(firstRelease, product.installed());
		assertFalse(modalities().contains(ThirdPartyExample.MODALITY), "modalities after the uninstall");
		assertTrue(product.workbenchOpens(), "the workbench did not open after the uninstall:\n" + product.workbenchLog());
	}

	@Test
	@Order(15)
	void untrustingTheResearcherRefusesTheirPluginAgain() throws Exception {
		Result untrust = product.run("untrust", "--fingerprint", ThirdPartyExample.fingerprint(exampleCertificate));
		assertEquals(0, untrust.exitCode(), untrust.toString());
		assertEquals(1, trustedCertificates().size());
		refused(product.run("install", "--repository", exampleRepository, "--iu", ThirdPartyExample.FEATURE_GROUP), 6,
				ThirdPartyExample.SIGNER);
	}

	/** `physiobench trust --list`, one line per certificate: fingerprint, built-in|added, subject. */
	private List<String> trustedCertificates() throws Exception {
		Result list = product.run("trust", "--list");
		assertEquals(0, list.exitCode(), list.toString());
		return list.out().lines().filter(line -> !line.isBlank()).map(line -> line.replaceAll(",.*", "")).toList();
	}

	/** `physiobench modalities`: the ids, one per line. */
	private List<String> modalities() throws Exception {
		Result list = product.run("modalities");
		assertEquals(0, list.exitCode(), list.toString());
		return list.out().lines().filter(line -> !line.isBlank()).map(line -> line.split("\\s+")[0]).toList();
	}

	/** Exit code, exactly one line on stderr naming the problem, and the same roots as before. */
	private void refused(Result result, int exitCode, String problem) throws Exception {
		assertEquals(exitCode, result.exitCode(), result.toString());
		assertEquals(1, result.errLines().size(), result.toString());
		assertTrue(result.errLines().get(0).startsWith("physiobench: "), result.toString());
		assertTrue(result.err().contains(problem), result.toString());
		assertEquals(firstRelease, product.installed(), "the installation changed");
	}
}
