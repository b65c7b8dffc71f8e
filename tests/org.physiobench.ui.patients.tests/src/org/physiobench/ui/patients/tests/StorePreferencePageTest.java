package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiobench.core.api.DataLocation;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.ui.patients.internal.PatientsView;
import org.physiobench.ui.patients.internal.StoreConnection;
import org.physiobench.ui.patients.internal.StorePreferencePage;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;

/**
 * Window &gt; Preferences &gt; Clinical Records: values round-trip through the preferences and
 * secure storage (a storage of the test's own, unlocked by a fixed password, instead of the
 * user's), and "Test connection" opens the store shown in a job.
 */
class StorePreferencePageTest {

    @TempDir
    static Path temp;

    @BeforeAll
    static void ownSecureStorageAndNoPatientList() throws Exception {
        ISecurePreferences storage = SecurePreferencesFactory.open(temp.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-only".toCharArray()),
                        IProviderHints.PROMPT_USER, Boolean.FALSE));
        StoreConnection.useSecureStorage(storage);
        // the patient list would try the unreachable test database each time the settings change
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart patients = page.findView(PatientsView.ID);
        if (patients != null) {
            page.hideView(patients);
        }
    }

    @AfterAll
    static void defaultStore() throws Exception {
        StoreConnection.save(new StoreConnection.Values(null, null, null, null));
        StoreConnection.useSecureStorage(null);
    }

    @Test
    void clinicDatabaseSettingsRoundTripWithThePasswordInSecureStorage() throws Exception {
        PreferenceDialog dialog = open();
        try {
            StorePreferencePage page = page(dialog);
            select(page.clinicChoice());
            page.urlField().setText("jdbc:postgresql://127.0.0.1:1/physiobench");
            page.userField().setText("therapist");
            page.passwordField().setText("s3cret pass");
            page.poolSizeField().setSelection(4);
            assertTrue(page.isValid(), page.getErrorMessage());
            assertTrue(page.performOk());
        } finally {
            dialog.close();
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(StoreConnection.NODE);
        assertEquals("jdbc:postgresql://127.0.0.1:1/physiobench", preferences.get(StoreSettings.URL, null));
        assertEquals("therapist", preferences.get(StoreSettings.USER, null));
        assertEquals("4", preferences.get(StoreSettings.POOL_SIZE, null));
        assertNull(preferences.get(StoreSettings.PASSWORD, null), "the password is in the clear-text preferences");
        assertEquals(new StoreSettings.PostgreSql("jdbc:postgresql://127.0.0.1:1/physiobench", "therapist", "s3cret pass", 4),
                StoreConnection.configured());

        PreferenceDialog again = open();
        try {
            StorePreferencePage page = page(again);
            assertTrue(page.clinicChoice().getSelection());
            assertFalse(page.embeddedChoice().getSelection());
            assertEquals("jdbc:postgresql://127.0.0.1:1/physiobench", page.urlField().getText());
            assertEquals("therapist", page.userField().getText());
            assertEquals("s3cret pass", page.passwordField().getText());
            assertEquals(4, page.poolSizeField().getSelection());
            select(page.embeddedChoice());
            page.folderField().setText(temp.resolve("records").toString());
            assertTrue(page.performOk());
        } finally {
            again.close();
        }
        assertEquals(new StoreSettings.Sqlite(temp.resolve("records").resolve("physiobench.db")), StoreConnection.configured());
    }

    @Test
    void aWrongUrlIsNamedAndCannotBeSaved() {
        PreferenceDialog dialog = open();
        try {
            StorePreferencePage page = page(dialog);
            select(page.clinicChoice());
            page.urlField().setText("");
            assertFalse(page.isValid());
            assertTrue(page.getErrorMessage().startsWith("Enter the URL of the clinic database"), page.getErrorMessage());
            page.urlField().setText("jdbc:mysql://clinic/physiobench");
            assertFalse(page.isValid());
            assertTrue(page.getErrorMessage().contains("Unsupported store URL"), page.getErrorMessage());
            assertFalse(page.performOk());
        } finally {
            dialog.close();
        }
    }

    @Test
    void testConnectionOpensTheStoreShownInAJob() throws Exception {
        PreferenceDialog dialog = open();
        try {
            StorePreferencePage page = page(dialog);
            select(page.embeddedChoice());
            page.folderField().setText(temp.resolve("tested").toString());
            page.testConnection().join();
            UiTesting.flush();
            assertTrue(page.testResult().startsWith("Connected: SQLite " + temp.resolve("tested")), page.testResult());
            assertTrue(page.testResult().endsWith(", 0 patients."), page.testResult());

            Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");
            page.folderField().setText(notAFolder.toString());
            page.testConnection().join();
            UiTesting.flush();
            assertTrue(page.testResult().startsWith("Cannot connect: "), page.testResult());
            assertFalse(page.testResult().contains("\tat "), "a stack trace: " + page.testResult());
        } finally {
            dialog.close();
        }
    }

    @Test
    void screenshotOfThePage() throws Exception {
        PreferenceDialog dialog = open();
        try {
            StorePreferencePage page = page(dialog);
            page.performDefaults();
            assertTrue(page.folderField().getMessage().startsWith(DataLocation.current().root().toString()),
                    page.folderField().getMessage());
            // what a clinic fills in (not saved: the dialog is cancelled)
            select(page.clinicChoice());
            page.urlField().setText("jdbc:postgresql://clinic-server:5432/physiobench");
            page.userField().setText("physiobench");
            page.passwordField().setText("not-a-real-password");
            assertTrue(page.clinicChoice().getSelection() && !page.embeddedChoice().getSelection());
            assertTrue(page.urlField().isEnabled() && !page.folderField().isEnabled(), "the clinic fields are not the ones enabled");
            dialog.getShell().setSize(900, 640);
            UiTesting.flush();
            assertTrue(Screenshots.save(dialog.getShell(), "preferences.png") > 10, "the page looks blank");
        } finally {
            dialog.close();
        }
    }

    /** Window > Preferences, on this page. */
    private static PreferenceDialog open() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), StorePreferencePage.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTesting.flush();
        return dialog;
    }

    private static StorePreferencePage page(PreferenceDialog dialog) {
        return assertInstanceOf(StorePreferencePage.class, dialog.getSelectedPage(), "the Clinical Records page is not shown");
    }

    private static void select(Button radio) {
        for (Button other : radio.getParent().getChildren().length > 0
                ? java.util.Arrays.stream(radio.getParent().getChildren()).filter(Button.class::isInstance)
                        .map(Button.class::cast).filter(b -> (b.getStyle() & SWT.RADIO) != 0).toArray(Button[]::new)
                : new Button[0]) {
            other.setSelection(other == radio);
        }
        radio.notifyListeners(SWT.Selection, new Event());
    }
}
