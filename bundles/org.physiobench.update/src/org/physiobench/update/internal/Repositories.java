package org.physiobench.update.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.physiobench.update.api.UpdateException;

/**
 * The update sites of the installation and loading of repositories with errors that say
 * what is wrong. Loading a repository makes p2 remember it; a repository that was not
 * known before is forgotten again unless the operation asks to keep it, so a mistyped or
 * broken URI never lingers among the update sites.
 */
final class Repositories {

	private final IMetadataRepositoryManager metadata;
	private final IArtifactRepositoryManager artifacts;

	Repositories(IProvisioningAgent agent) {
		this.metadata = agent.getService(IMetadataRepositoryManager.class);
		this.artifacts = agent.getService(IArtifactRepositoryManager.class);
	}

	List<URI> updateSites() {
		return Arrays.stream(metadata.getKnownRepositories(IRepositoryManager.REPOSITORIES_NON_SYSTEM))
				.filter(uri -> metadata.isEnabled(uri)).sorted().toList();
	}

	/** Operations that need no repository (uninstall, revert): only the installation's own files. */
	RepositorySelection none() {
		return new RepositorySelection(metadata, artifacts, List.of(), List.of(), List.of());
	}

	/**
	 * Loads the given repositories (or, if empty, the configured update sites) so that
	 * a problem shows now, with a clear message, and not halfway through an operation.
	 */
	RepositorySelection select(List<URI> requested, IProgressMonitor monitor) throws UpdateException {
		List<URI> locations = requested.isEmpty() ? updateSites() : requested;
		if (locations.isEmpty()) {
			throw new UpdateException(UpdateException.Reason.NOT_FOUND,
					"no update site is configured: give one with --repository URI");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Contacting update sites", locations.size() * 2);
		List<URI> added = new ArrayList<>();
		try {
			List<IMetadataRepository> loaded = new ArrayList<>();
			for (URI location : locations) {
				boolean known = metadata.contains(location);
				if (!known) {
					added.add(location);
				}
				loaded.add(metadata.loadRepository(location, progress.split(1)));
				artifacts.loadRepository(location, progress.split(1));
			}
			return new RepositorySelection(metadata, artifacts, locations, added, loaded);
		} catch (ProvisionException e) {
			forget(added);
			throw RepositoryErrors.translate(e);
		} catch (OperationCanceledException e) {
			forget(added);
			throw StatusTranslation.cancelled();
		}
	}

	private void forget(List<URI> locations) {
		for (URI location : locations) {
			metadata.removeRepository(location);
			artifacts.removeRepository(location);
		}
	}
}
