package org.physiobench.update.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.physiobench.update.api.UpdateException;
import org.physiobench.update.api.UpdateException.Reason;

/** p2 statuses to {@link UpdateException}s with a one-line message. */
final class StatusTranslation {

	/** How an admin who trusts the publisher proceeds (docs/admin.md, "Trusting a researcher's certificate"). */
	private static final String TRUST_HINT = "; if you trust the publisher, get their certificate, compare its fingerprint"
			+ " and run `physiobench trust --certificate FILE`, then install again";

	private StatusTranslation() {
	}

	static UpdateException cancelled() {
		return new UpdateException(Reason.CANCELLED, "cancelled; the installation is unchanged");
	}

	static UpdateException incompatible(IStatus status, String details) {
		String explanation = details == null || details.isBlank() ? innermostMessage(status) : firstLine(details);
		return new UpdateException(Reason.INCOMPATIBLE, "the repository's content does not fit this installation: " + explanation);
	}

	static UpdateException failure(IStatus status, HeadlessTrustPolicy trust, String what) {
		// The whole status tree goes to the log (workspace/.metadata/.log); the caller gets one line.
		ILog.of(StatusTranslation.class).log(status);
		if (trust.refusedSomething()) {
			return new UpdateException(Reason.UNTRUSTED_CONTENT, trust.refusal() + "; the installation is unchanged"
					+ (trust.refusedACertificate() ? TRUST_HINT : ""));
		}
		if (RepositoryErrors.isConnectionProblem(status)) {
			return new UpdateException(Reason.UNREACHABLE_REPOSITORY,
					"repository unreachable: " + innermostMessage(status) + "; the installation is unchanged");
		}
		if (RepositoryErrors.isArtifactProblem(status)) {
			return new UpdateException(Reason.CORRUPT_REPOSITORY,
					"repository corrupt: " + innermostMessage(status) + "; the installation is unchanged");
		}
		if (status.matches(IStatus.CANCEL)) {
			return cancelled();
		}
		return new UpdateException(Reason.FAILED, what + " failed: " + innermostMessage(status) + "; the installation is unchanged");
	}

	/**
	 * The most specific message of a status tree: the deepest failing child, skipping
	 * p2's "session context was: ..." entries, which name the phase but not the problem.
	 */
	static String innermostMessage(IStatus status) {
		for (IStatus child : status.getChildren()) {
			if (child.matches(IStatus.ERROR | IStatus.CANCEL) && !isSessionContext(child)) {
				return innermostMessage(child);
			}
		}
		String message = status.getMessage();
		if ((message == null || message.isBlank()) && status.getException() != null) {
			message = status.getException().getMessage();
		}
		return firstLine(message == null ? "unknown error" : message);
	}

	private static boolean isSessionContext(IStatus status) {
		return status.getChildren().length == 0 && status.getMessage() != null
				&& status.getMessage().startsWith("session context was");
	}

	private static String firstLine(String text) {
		String trimmed = text.strip();
		int newline = trimmed.indexOf('\n');
		return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
	}
}
