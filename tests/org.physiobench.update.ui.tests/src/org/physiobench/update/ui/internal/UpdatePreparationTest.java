package org.physiobench.update.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The installation is prepared for p2 off the start-up path, but always before a command that
 * shows p2's installation or update sites.
 */
class UpdatePreparationTest {

	@Test
	void p2CommandsAndThePreferencesNeedThePreparation() {
		assertTrue(UpdatePreparation.needsPreparation("org.eclipse.equinox.p2.ui.sdk.update"));
		assertTrue(UpdatePreparation.needsPreparation("org.eclipse.equinox.p2.ui.sdk.install"));
		assertTrue(UpdatePreparation.needsPreparation("org.eclipse.equinox.p2.ui.sdk.installationDetails"));
		assertTrue(UpdatePreparation.needsPreparation("org.eclipse.ui.window.preferences"));
	}

	@Test
	void theTherapistsCommandsDoNot() {
		assertFalse(UpdatePreparation.needsPreparation("org.physiobench.ui.commands.openPatient"));
		assertFalse(UpdatePreparation.needsPreparation("org.eclipse.ui.file.save"));
	}

	@Test
	void otherCommandsLeaveItForLater() {
		UpdatePreparation preparation = new UpdatePreparation();
		preparation.preExecute("org.eclipse.ui.file.save", null);
		assertFalse(preparation.isPrepared());
	}

	@Test
	void aP2CommandIsPreparedForBeforeItRuns() {
		// the test runtime has no p2 installation: the preparation logs that and is done
		UpdatePreparation preparation = new UpdatePreparation();
		preparation.preExecute("org.eclipse.equinox.p2.ui.sdk.update", null);
		assertTrue(preparation.isPrepared());
	}
}
