package org.physiobench.update.internal;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.ProfileScope;
import org.eclipse.osgi.signedcontent.SignedContent;
import org.eclipse.osgi.signedcontent.SignedContentFactory;
import org.eclipse.osgi.signedcontent.SignerInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The product trusts the certificate it was signed with, out of the box.
 * <p>
 * The certificate is read from the signature of this very bundle in the installation
 * (whatever key the release manager signed the release with - the build's test key or
 * a clinic's real code-signing key) and added to the profile's trusted certificates,
 * the preference p2's trust check consults (engine node, key {@value #TRUSTED_CERTIFICATES},
 * a PKCS#7 certificate path). So updates signed with the same key install without a
 * prompt, in the UI too, and content signed with any other key is not trusted by
 * default. An unsigned development build trusts nothing extra.
 */
public final class OwnCertificate {

	/** p2's engine preference node and key for certificates the user trusted. */
	static final String ENGINE_NODE = "org.eclipse.equinox.p2.engine";
	static final String TRUSTED_CERTIFICATES = "trustedCertificates";
	private static final String PKCS7 = "PKCS7";

	private OwnCertificate() {
	}

	/** The leaf certificate that signed this bundle, if it is signed. */
	public static Optional<Certificate> ofThisInstallation() {
		Bundle bundle = FrameworkUtil.getBundle(OwnCertificate.class);
		Optional<File> jar = FileLocator.getBundleFileLocation(bundle).filter(File::isFile);
		if (jar.isEmpty()) {
			return Optional.empty();
		}
		BundleContext context = bundle.getBundleContext();
		ServiceReference<SignedContentFactory> reference = context.getServiceReference(SignedContentFactory.class);
		if (reference == null) {
			return Optional.empty();
		}
		try {
			SignedContent content = context.getService(reference).getSignedContent(jar.get());
			if (!content.isSigned()) {
				return Optional.empty();
			}
			for (SignerInfo signer : content.getSignerInfos()) {
				Certificate[] chain = signer.getCertificateChain();
				if (chain.length > 0) {
					return Optional.of(chain[0]);
				}
			}
			return Optional.empty();
		} catch (Exception e) {
			ILog.of(OwnCertificate.class).warn("Cannot read the signature of " + jar.get(), e);
			return Optional.empty();
		} finally {
			context.ungetService(reference);
		}
	}

	/** Adds the installation's own certificate to the profile's trusted certificates (once). */
	public static void trustInProfile(IProvisioningAgent agent, IProfile profile) {
		ofThisInstallation().ifPresent(certificate -> addTrusted(agent, profile, certificate));
	}

	static void addTrusted(IProvisioningAgent agent, IProfile profile, Certificate certificate) {
		IEclipsePreferences node = new ProfileScope(agent.getService(IAgentLocation.class), profile.getProfileId())
				.getNode(ENGINE_NODE);
		try {
			Set<Certificate> trusted = read(node.getByteArray(TRUSTED_CERTIFICATES, null));
			if (!trusted.add(certificate)) {
				return;
			}
			CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(new ArrayList<>(trusted));
			node.putByteArray(TRUSTED_CERTIFICATES, path.getEncoded(PKCS7));
			node.flush();
		} catch (Exception e) {
			ILog.of(OwnCertificate.class).error("Cannot record the product's certificate as trusted", e);
		}
	}

	private static Set<Certificate> read(byte[] encoded) throws Exception {
		Set<Certificate> certificates = new LinkedHashSet<>();
		if (encoded != null) {
			List<? extends Certificate> list = CertificateFactory.getInstance("X.509")
					.generateCertPath(new ByteArrayInputStream(encoded), PKCS7).getCertificates();
			certificates.addAll(list);
		}
		return certificates;
	}
}
