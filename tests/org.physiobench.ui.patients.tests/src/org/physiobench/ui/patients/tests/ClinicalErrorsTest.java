package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.util.Arrays;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.physiobench.store.api.CorruptRecordException;
import org.physiobench.store.api.StoreConflictException;
import org.physiobench.store.api.StoreException;
import org.physiobench.ui.patients.api.ClinicalErrors;

/** Errors read as what failed, why and what to do - never as a stack trace. */
class ClinicalErrorsTest {

    @Test
    void aSaveConflictSaysWhatFailedAndToReload() {
        String message = ClinicalErrors.message("Saving Ada Lovelace", new StoreConflictException("p-1", 3, 4));
        assertTrue(message.startsWith("Saving Ada Lovelace failed: "), message);
        assertTrue(message.contains("Reload it"), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\tat "), "a stack trace: " + message);
    }

    @Test
    void theReasonIsTheFirstHumanMessageInTheCauseChain() {
        StoreException problem = new StoreException("The database at clinic-server cannot be reached",
                new RuntimeException("Connection refused"));
        assertEquals("The database at clinic-server cannot be reached", ClinicalErrors.reason(problem));
        assertEquals("there is no file /tmp/x.zip", ClinicalErrors.reason(new NoSuchFileException("/tmp/x.zip")));
        assertTrue(ClinicalErrors.advice(problem).contains("Window > Preferences > Clinical Records"));
        assertTrue(ClinicalErrors.advice(new CorruptRecordException("p-2", "not JSON", null)).contains("backup"));
        // secure storage locked: the master password was not given (what Cancel in its prompt gives)
        assertTrue(ClinicalErrors.advice(new StorageException(StorageException.NO_PASSWORD, "No password provided."))
                .contains("master password"));
    }

    @Test
    void theStatusCarriesTheCausesAsDetails() {
        IStatus status = ClinicalErrors.status("Backing up to /backups/x.zip",
                new StoreException("The disk is full", new java.io.IOException("No space left on device")));
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertEquals(ClinicalErrors.PLUGIN_ID, status.getPlugin());
        assertTrue(status.getMessage().startsWith("Backing up to /backups/x.zip failed: The disk is full"), status.getMessage());
        assertEquals("[The disk is full, No space left on device]",
                Arrays.toString(Arrays.stream(status.getChildren()).map(IStatus::getMessage).toArray()));
    }

    @Test
    void showOpensAnErrorDialog() {
        Shell shell = new Shell(Display.getDefault());
        ErrorDialog.AUTOMATED_MODE = true; // built and not waited for
        try {
            ClinicalErrors.show(shell, "Opening the patient record", new StoreException("gone"));
        } finally {
            ErrorDialog.AUTOMATED_MODE = false;
            shell.dispose();
        }
    }
}
