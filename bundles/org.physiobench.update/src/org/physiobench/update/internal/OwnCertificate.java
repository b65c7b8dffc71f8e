package org.physiobench.update.internal;

import java.io.File;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.osgi.signedcontent.SignedContent;
import org.eclipse.osgi.signedcontent.SignedContentFactory;
import org.eclipse.osgi.signedcontent.SignerInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.physiobench.update.api.UpdateException;

/**
 * The product trusts the certificate it was signed with, out of the box.
 * <p>
 * The certificate is read from the signature of this very bundle in the installation
 * (whatever key the release manager signed the release with - the build's test key or
 * a clinic's real code-signing key) and added to the profile's trusted certificates,
 * the preference p2's trust check consults ({@link TrustedCertificates}). So updates signed with the same key install without a
 * prompt, in the UI too, and content signed with any other key is not trusted by
 * default. An unsigned development build trusts nothing extra.
 */
public final class OwnCertificate {

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
		Optional<Certificate> own = ofThisInstallation();
		if (own.isEmpty()) {
			return;
		}
		try {
			TrustedCertificates.of(agent, profile, own).add(List.of(own.get()));
		} catch (UpdateException e) {
			ILog.of(OwnCertificate.class).error("Cannot record the product's certificate as trusted", e);
		}
	}
}
