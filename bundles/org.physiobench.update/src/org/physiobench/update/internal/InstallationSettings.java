package org.physiobench.update.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.service.prefs.BackingStoreException;
import org.physiobench.update.api.UpdateException;

/**
 * Settings every update path (headless and UI) relies on, applied before the first
 * operation.
 */
public final class InstallationSettings {

	/** p2's garbage collector: by default it deletes the files of replaced versions after each change. */
	private static final String GARBAGE_COLLECTOR_NODE = "org.eclipse.equinox.p2.garbagecollector";
	private static final String GC_ENABLED = "gc_enabled";

	private InstallationSettings() {
	}

	/** {@link #prepare} for the running installation; does nothing when it has no p2 profile. */
	public static void prepareRunning() {
		try {
			IProvisioningAgent agent = P2Installation.runningAgent();
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
			if (profile != null) {
				prepare(agent, profile);
			}
		} catch (UpdateException e) {
			ILog.of(InstallationSettings.class).info("No p2 installation to prepare: " + e.getMessage());
		}
	}

	/**
	 * Keeps the files of earlier installation states, so that {@code revert} works
	 * offline, even when the update site is gone (a few MB per update), trusts the
	 * product's own signing certificate and registers the configured {@link UpdateSite}.
	 */
	public static void prepare(IProvisioningAgent agent, IProfile profile) {
		IEclipsePreferences gc = ConfigurationScope.INSTANCE.getNode(GARBAGE_COLLECTOR_NODE);
		if (gc.getBoolean(GC_ENABLED, true)) {
			gc.putBoolean(GC_ENABLED, false);
			try {
				gc.flush();
			} catch (BackingStoreException e) {
				ILog.of(InstallationSettings.class).warn("Cannot save the p2 garbage collector setting", e);
			}
		}
		OwnCertificate.trustInProfile(agent, profile);
		UpdateSite.register(agent);
	}
}
