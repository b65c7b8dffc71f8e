package org.physiobench.update.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.physiobench.update.internal.InstallationSettings;

/**
 * Prepares the installation for p2's update dialogs once the workbench is up: trusts
 * the certificate the product was signed with and registers the configured update site.
 * A workbench started without p2 data (from the IDE) simply skips this.
 */
public final class UpdateSetupStartup implements IStartup {

	@Override
	public void earlyStartup() {
		try {
			InstallationSettings.prepareRunning();
		} catch (RuntimeException e) {
			ILog.of(UpdateSetupStartup.class).warn("Software updates could not be prepared", e);
		}
	}
}
