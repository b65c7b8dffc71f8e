package org.physiobench.update.internal;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.physiobench.update.api.UpdateException;
import org.physiobench.update.api.UpdateException.Reason;

/** Turns p2's repository status codes into the reasons an admin can act on. */
final class RepositoryErrors {

	private static final String ARTIFACT_REPOSITORY_BUNDLE = "org.eclipse.equinox.p2.artifact.repository";

	private RepositoryErrors() {
	}

	static UpdateException translate(ProvisionException e) {
		IStatus status = e.getStatus();
		String detail = StatusTranslation.innermostMessage(status);
		if (isConnectionProblem(status)) {
			return new UpdateException(Reason.UNREACHABLE_REPOSITORY, "repository unreachable: " + detail, e);
		}
		return switch (status.getCode()) {
		case ProvisionException.REPOSITORY_NOT_FOUND, ProvisionException.REPOSITORY_INVALID_LOCATION,
				ProvisionException.REPOSITORY_FAILED_AUTHENTICATION ->
			new UpdateException(Reason.UNREACHABLE_REPOSITORY, "repository unreachable: " + detail, e);
		case ProvisionException.REPOSITORY_FAILED_READ, ProvisionException.REPOSITORY_UNKNOWN_TYPE ->
			new UpdateException(Reason.CORRUPT_REPOSITORY, "repository corrupt or not a p2 repository: " + detail, e);
		default -> new UpdateException(Reason.FAILED, "repository cannot be loaded: " + detail, e);
		};
	}

	/**
	 * p2 reports a refused connection or an unknown host as a failed read; the cause
	 * (a socket exception) tells the two apart from unreadable content.
	 */
	static boolean isConnectionProblem(IStatus status) {
		if (isConnectionProblem(status.getException())) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (isConnectionProblem(child)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectionProblem(Throwable throwable) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
					|| cause instanceof HttpTimeoutException) {
				return true;
			}
			if (cause instanceof ProvisionException provision && isConnectionProblem(provision.getStatus())) {
				return true;
			}
		}
		return false;
	}

	/** Download-time artifact problems (missing jar, checksum mismatch) mean a damaged repository. */
	static boolean isArtifactProblem(IStatus status) {
		if (status.getCode() >= ProvisionException.ARTIFACT_NOT_FOUND && status.getCode() <= ProvisionException.ARTIFACT_MD5_NOT_MATCH) {
			return true;
		}
		// A jar listed in the metadata but absent: the artifact repository reports the copy failure.
		if (ARTIFACT_REPOSITORY_BUNDLE.equals(status.getPlugin()) && status.matches(IStatus.ERROR)
				&& status.getException() instanceof FileNotFoundException) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (isArtifactProblem(child)) {
				return true;
			}
		}
		return status.getException() instanceof ProvisionException provision && isArtifactProblem(provision.getStatus());
	}
}
