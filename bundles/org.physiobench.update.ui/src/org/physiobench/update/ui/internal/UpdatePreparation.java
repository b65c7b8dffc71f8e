package org.physiobench.update.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.physiobench.update.internal.InstallationSettings;

/**
 * Prepares the installation for p2's dialogs once: trusts the certificate the product was
 * signed with and registers the configured update site ({@link InstallationSettings}).
 *
 * <p>Preparing reads p2's profile (an XML file of the whole installation, a few hundred
 * milliseconds of CPU), so it is not done while the workbench starts: on a two-core machine
 * it competed with the first screen. It runs a few seconds after start-up, or - whichever
 * comes first - just before a command that shows p2's installation or sites: p2's own
 * commands (Check for Updates, Install New Software, Installation Details) and the
 * preferences, which hold p2's Available Software Sites page.
 */
final class UpdatePreparation implements IExecutionListener {

	private boolean prepared;

	/** Prepares the installation unless that was done already; waits while another thread does it. */
	synchronized void prepareOnce() {
		if (prepared) {
			return;
		}
		prepared = true;
		try {
			InstallationSettings.prepareRunning();
		} catch (RuntimeException e) {
			ILog.of(UpdatePreparation.class).warn("Software updates could not be prepared", e);
		}
	}

	synchronized boolean isPrepared() {
		return prepared;
	}

	/** Whether the command shows what the preparation sets up. */
	static boolean needsPreparation(String commandId) {
		return commandId.startsWith("org.eclipse.equinox.p2.")
				|| IWorkbenchCommandConstants.WINDOW_PREFERENCES.equals(commandId);
	}

	@Override
	public void preExecute(String commandId, ExecutionEvent event) {
		if (needsPreparation(commandId)) {
			prepareOnce();
		}
	}

	@Override
	public void notHandled(String commandId, NotHandledException exception) {
		// nothing to prepare for a command that did not run
	}

	@Override
	public void postExecuteFailure(String commandId, ExecutionException exception) {
		// the preparation is independent of the command's outcome
	}

	@Override
	public void postExecuteSuccess(String commandId, Object returnValue) {
		// prepared before the command ran
	}
}
