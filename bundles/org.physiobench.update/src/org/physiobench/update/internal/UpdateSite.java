package org.physiobench.update.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.FrameworkUtil;

/**
 * The installation's own update site, configurable by the clinic admin. First match wins:
 * <ol>
 * <li>the environment variable {@value #ENVIRONMENT} (one machine, one shell),</li>
 * <li>the preference {@value #PREFERENCE} in
 * {@code configuration/.settings/org.physiobench.update.prefs} (survives updates: p2
 * never rewrites that file),</li>
 * <li>the program property {@value #PROPERTY} that the product's p2.inf writes to
 * config.ini (the project's release site).</li>
 * </ol>
 */
public final class UpdateSite {

	static final String ENVIRONMENT = "PHYSIOBENCH_UPDATE_SITE";
	static final String PREFERENCE = "updateSite";
	static final String PROPERTY = "physiobench.updateSite";
	private static final String NODE = "org.physiobench.update";

	private UpdateSite() {
	}

	public static Optional<URI> configured() {
		String value = System.getenv(ENVIRONMENT);
		if (blank(value)) {
			value = ConfigurationScope.INSTANCE.getNode(NODE).get(PREFERENCE, null);
		}
		if (blank(value)) {
			value = FrameworkUtil.getBundle(UpdateSite.class).getBundleContext().getProperty(PROPERTY);
		}
		if (blank(value)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new URI(value.strip()));
		} catch (URISyntaxException e) {
			ILog.of(UpdateSite.class).warn("Ignoring the update site '" + value + "': not a URI", e);
			return Optional.empty();
		}
	}

	/** Makes sure the configured site is among the enabled update sites (no network access). */
	static void register(IProvisioningAgent agent) {
		configured().ifPresent(site -> {
			IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
			IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
			metadata.addRepository(site);
			artifacts.addRepository(site);
			metadata.setEnabled(site, true);
			artifacts.setEnabled(site, true);
			metadata.setRepositoryProperty(site, IRepository.PROP_NICKNAME, "PhysioBench Updates");
		});
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
