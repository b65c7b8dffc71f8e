package org.physiobench.update.internal;

import org.eclipse.core.runtime.IStatus;
import org.physiobench.update.api.UpdateException;
import org.physiobench.update.api.UpdateException.Reason;

/** p2 statuses to {@link UpdateException}s with a one-line message. */
final class StatusTranslation {

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
		if (trust.refusedSomething()) {
			return new UpdateException(Reason.UNTRUSTED_CONTENT, trust.refusal() + "; the installation is unchanged");
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

	/** The most specific message of a status tree (the deepest child that has one). */
	static String innermostMessage(IStatus status) {
		for (IStatus child : status.getChildren()) {
			if (child.matches(IStatus.ERROR | IStatus.CANCEL)) {
				return innermostMessage(child);
			}
		}
		String message = status.getMessage();
		if ((message == null || message.isBlank()) && status.getException() != null) {
			message = status.getException().getMessage();
		}
		return firstLine(message == null ? "unknown error" : message);
	}

	private static String firstLine(String text) {
		String trimmed = text.strip();
		int newline = trimmed.indexOf('\n');
		return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
	}
}
