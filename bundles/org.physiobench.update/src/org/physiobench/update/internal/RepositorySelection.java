package org.physiobench.update.internal;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * The repositories one operation works with. Closing it forgets the repositories it
 * added to p2's list, unless {@link #keep()} was called after a successful install.
 */
final class RepositorySelection implements AutoCloseable {

	private static final String FEATURE_GROUP = ".feature.group";

	private final IMetadataRepositoryManager metadataManager;
	private final IArtifactRepositoryManager artifactManager;
	private final List<URI> locations;
	private final List<URI> added;
	private final List<IMetadataRepository> loaded;
	private boolean keep;

	RepositorySelection(IMetadataRepositoryManager metadataManager, IArtifactRepositoryManager artifactManager,
			List<URI> locations, List<URI> added, List<IMetadataRepository> loaded) {
		this.metadataManager = metadataManager;
		this.artifactManager = artifactManager;
		this.locations = List.copyOf(locations);
		this.added = List.copyOf(added);
		this.loaded = List.copyOf(loaded);
	}

	/**
	 * Only the selected repositories plus the installation's own bundle pool: an update
	 * from one site must not pick units from another site the admin did not name, and
	 * units already installed (or kept from the previous state) need no download.
	 */
	ProvisioningContext context(IProvisioningAgent agent, IProfile profile) {
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(locations.toArray(URI[]::new));
		List<URI> artifactLocations = new ArrayList<>(locations);
		String bundlePool = profile.getProperty(IProfile.PROP_CACHE);
		if (bundlePool != null) {
			artifactLocations.add(new File(bundlePool).toURI());
		}
		context.setArtifactRepositories(artifactLocations.toArray(URI[]::new));
		return context;
	}

	/** The newest unit with this id, or with this feature id (".feature.group" added). */
	Optional<IInstallableUnit> newest(String unitId, IProgressMonitor monitor) {
		Optional<IInstallableUnit> exact = query(unitId, monitor);
		if (exact.isPresent() || unitId.endsWith(FEATURE_GROUP)) {
			return exact;
		}
		return query(unitId + FEATURE_GROUP, monitor);
	}

	private Optional<IInstallableUnit> query(String id, IProgressMonitor monitor) {
		IInstallableUnit newest = null;
		for (IMetadataRepository repository : loaded) {
			IQueryResult<IInstallableUnit> result = repository
					.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), monitor);
			for (IInstallableUnit unit : result) {
				if (newest == null || unit.getVersion().compareTo(newest.getVersion()) > 0) {
					newest = unit;
				}
			}
		}
		return Optional.ofNullable(newest);
	}

	/** Keep the added repositories among the update sites (after a successful install). */
	void keep() {
		keep = true;
	}

	@Override
	public void close() {
		if (keep) {
			return;
		}
		for (URI location : added) {
			metadataManager.removeRepository(location);
			artifactManager.removeRepository(location);
		}
	}
}
