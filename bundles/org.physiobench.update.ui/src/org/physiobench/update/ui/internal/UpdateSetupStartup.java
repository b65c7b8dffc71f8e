package org.physiobench.update.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

/**
 * Prepares the installation for p2's update dialogs once the workbench is up
 * ({@link UpdatePreparation}): in a background job a few seconds after start-up, or earlier
 * when the user opens one of p2's dialogs first. A workbench started without p2 data (from the
 * IDE) simply skips the preparation.
 */
public final class UpdateSetupStartup implements IStartup {

	/** Long enough for the first screen to be drawn and the Patients list to be read. */
	static final long PREPARATION_DELAY_MS = 5_000;

	@Override
	public void earlyStartup() {
		UpdatePreparation preparation = new UpdatePreparation();
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			ICommandService commands = workbench.getService(ICommandService.class);
			if (commands != null) {
				commands.addExecutionListener(preparation);
			}
		});
		Job job = Job.create("Preparing software updates", monitor -> {
			preparation.prepareOnce();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(PREPARATION_DELAY_MS);
	}
}
