package org.physiobench.update.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProfileScope;
import org.osgi.service.prefs.BackingStoreException;
import org.physiobench.update.api.UpdateException;
import org.physiobench.update.api.UpdateException.Reason;

/**
 * The certificates an installation trusts for signed content, besides the Java trust
 * store: p2's profile preference (engine node, key {@value #KEY}, one PKCS#7 certificate
 * path) that p2's trust check consults. The product's own certificate ({@link OwnCertificate})
 * is put there on every start and is "built in": it cannot be removed, else the
 * installation would refuse its own updates. A clinic admin adds a researcher's
 * certificate here ({@code physiobench trust --certificate FILE}) to install the
 * researcher's plug-ins headless.
 */
final class TrustedCertificates {

	/** One trusted certificate as the admin sees it. */
	record Entry(String fingerprint, String subject, boolean builtIn) {
	}

	/** p2's engine preference node and key for certificates the user trusted. */
	private static final String NODE = "org.eclipse.equinox.p2.engine";
	private static final String KEY = "trustedCertificates";
	private static final String PKCS7 = "PKCS7";

	private final IEclipsePreferences node;
	private final Optional<Certificate> own;

	private TrustedCertificates(IEclipsePreferences node, Optional<Certificate> own) {
		this.node = node;
		this.own = own;
	}

	/** @param own the installation's own certificate (built in), if it is signed */
	static TrustedCertificates of(IProvisioningAgent agent, IProfile profile, Optional<Certificate> own) {
		return new TrustedCertificates(
				new ProfileScope(agent.getService(IAgentLocation.class), profile.getProfileId()).getNode(NODE), own);
	}

	/** The trusted certificates of the running installation, its own certificate included. */
	static TrustedCertificates ofRunning() throws UpdateException {
		IProvisioningAgent agent = P2Installation.runningAgent();
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new UpdateException(Reason.FAILED,
					"this PhysioBench has no p2 profile (started from an IDE?): trust needs an installed product");
		}
		InstallationSettings.prepare(agent, profile);
		return of(agent, profile, OwnCertificate.ofThisInstallation());
	}

	List<Entry> list() throws UpdateException {
		return read().stream().map(this::entry).toList();
	}

	/** Adds the certificates; returns those that were not trusted yet. */
	List<Entry> add(List<Certificate> certificates) throws UpdateException {
		Set<Certificate> trusted = read();
		List<Entry> added = certificates.stream().filter(trusted::add).map(this::entry).toList();
		if (!added.isEmpty()) {
			write(trusted);
		}
		return added;
	}

	/** Removes the certificate with this SHA-256 fingerprint (hex, colons optional). */
	Entry remove(String fingerprint) throws UpdateException {
		String wanted = normalized(fingerprint);
		Set<Certificate> trusted = read();
		Certificate match = trusted.stream().filter(certificate -> normalized(fingerprint(certificate)).equals(wanted))
				.findFirst().orElseThrow(() -> new UpdateException(Reason.NOT_FOUND,
						"no trusted certificate has the SHA-256 fingerprint " + fingerprint + " (see `physiobench trust --list`)"));
		Entry entry = entry(match);
		if (entry.builtIn()) {
			throw new UpdateException(Reason.FAILED, "the certificate " + entry.subject()
					+ " is PhysioBench's own and cannot be untrusted: the installation would refuse its own updates");
		}
		trusted.remove(match);
		write(trusted);
		return entry;
	}

	/** Every certificate in a PEM (.pem, .crt) or DER (.cer) file. */
	static List<Certificate> readFile(Path file) throws UpdateException {
		try (InputStream in = Files.newInputStream(file)) {
			List<Certificate> certificates = new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
			if (certificates.isEmpty()) {
				throw new UpdateException(Reason.FAILED, file + " contains no certificate; the trusted certificates are unchanged");
			}
			return certificates;
		} catch (IOException | CertificateException e) {
			throw new UpdateException(Reason.FAILED, "cannot read a certificate (PEM or DER) from " + file + ": "
					+ e.getMessage() + "; the trusted certificates are unchanged", e);
		}
	}

	private Set<Certificate> read() throws UpdateException {
		byte[] encoded = node.getByteArray(KEY, null);
		Set<Certificate> certificates = new LinkedHashSet<>();
		if (encoded == null) {
			return certificates;
		}
		try {
			certificates.addAll(CertificateFactory.getInstance("X.509")
					.generateCertPath(new ByteArrayInputStream(encoded), PKCS7).getCertificates());
			return certificates;
		} catch (CertificateException e) {
			throw new UpdateException(Reason.FAILED, "the installation's trusted certificates cannot be read: " + e.getMessage(), e);
		}
	}

	private void write(Set<Certificate> certificates) throws UpdateException {
		try {
			CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(new ArrayList<>(certificates));
			node.putByteArray(KEY, path.getEncoded(PKCS7));
			node.flush();
		} catch (CertificateException | BackingStoreException e) {
			throw new UpdateException(Reason.FAILED, "cannot save the installation's trusted certificates: " + e.getMessage(), e);
		}
	}

	private Entry entry(Certificate certificate) {
		return new Entry(fingerprint(certificate), subject(certificate), own.filter(certificate::equals).isPresent());
	}

	static String subject(Certificate certificate) {
		return certificate instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName() : certificate.getType();
	}

	/** SHA-256 of the encoded certificate, as keytool prints it (AB:CD:...). */
	static String fingerprint(Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("cannot compute a SHA-256 fingerprint", e);
		}
	}

	private static String normalized(String fingerprint) {
		return fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}
}
