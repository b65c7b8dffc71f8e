package org.physiobench.update.internal;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * What p2 asks the user during an install, answered for a process nobody watches.
 * <p>
 * p2's trust check (the engine's CheckTrust phase) only calls this for content it
 * cannot trust by itself: unsigned artifacts, and artifacts signed by a certificate that
 * is neither rooted in the Java trust store nor among the profile's trusted
 * certificates (where {@link OwnCertificate} puts the product's own). Headless, that
 * content is refused - a clinic installation must not run code of unknown origin - and
 * the refusal is remembered to explain the failure.
 */
final class HeadlessTrustPolicy extends UIServices {

	private final List<String> refusals = new ArrayList<>();
	private boolean untrustedCertificates;

	void reset() {
		refusals.clear();
		untrustedCertificates = false;
	}

	boolean refusedSomething() {
		return !refusals.isEmpty();
	}

	boolean refusedACertificate() {
		return untrustedCertificates;
	}

	String refusal() {
		return "refused untrusted content: " + String.join("; ", refusals);
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		if (unsignedDetail != null && unsignedDetail.length > 0) {
			refusals.add(unsignedDetail.length + " unsigned artifact(s), e.g. " + unsignedDetail[0]);
		}
		if (untrustedChains != null) {
			for (Certificate[] chain : untrustedChains) {
				if (chain.length > 0) {
					untrustedCertificates = true;
					refusals.add("signed by untrusted certificate " + subject(chain[0]) + " (SHA-256 "
							+ TrustedCertificates.fingerprint(chain[0]) + ")");
				}
			}
		}
		if (refusals.isEmpty()) {
			refusals.add("content p2 could not verify");
		}
		return new TrustInfo(new Certificate[0], false, false);
	}

	private static String subject(Certificate certificate) {
		return certificate instanceof X509Certificate x509 ? "\"" + x509.getSubjectX500Principal().getName() + "\""
				: certificate.getType();
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return null;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return null;
	}

	@Override
	public void showInformationMessage(String title, String text, String linkText) {
		// Nothing to show headless; p2 uses this for notes such as "restart required".
	}
}
