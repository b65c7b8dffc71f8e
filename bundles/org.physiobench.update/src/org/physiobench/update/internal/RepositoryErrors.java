package org.physiobench.update.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.physiobench.update.api.UpdateException;
import org.physiobench.update.api.UpdateException.Reason;

/** Turns p2's repository status codes into the reasons an admin can act on. */
final class RepositoryErrors {

	private RepositoryErrors() {
	}

	static UpdateException translate(ProvisionException e) {
		IStatus status = e.getStatus();
		String detail = StatusTranslation.innermostMessage(status);
		return switch (status.getCode()) {
		case ProvisionException.REPOSITORY_NOT_FOUND, ProvisionException.REPOSITORY_INVALID_LOCATION,
				ProvisionException.REPOSITORY_FAILED_AUTHENTICATION ->
			new UpdateException(Reason.UNREACHABLE_REPOSITORY, "repository unreachable: " + detail, e);
		case ProvisionException.REPOSITORY_FAILED_READ, ProvisionException.REPOSITORY_UNKNOWN_TYPE ->
			new UpdateException(Reason.CORRUPT_REPOSITORY, "repository corrupt or not a p2 repository: " + detail, e);
		default -> new UpdateException(Reason.FAILED, "repository cannot be loaded: " + detail, e);
		};
	}

	/** Download-time artifact problems (missing jar, checksum mismatch) mean a damaged repository. */
	static boolean isArtifactProblem(IStatus status) {
		if (status.getCode() >= ProvisionException.ARTIFACT_NOT_FOUND && status.getCode() <= ProvisionException.ARTIFACT_MD5_NOT_MATCH) {
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
