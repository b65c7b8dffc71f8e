package org.physiobench.ui.patients.internal;

import java.nio.file.Path;
import java.text.NumberFormat;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.physiobench.core.api.DataLocation;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.patients.internal.StoreConnection.Values;

/**
 * Window &gt; Preferences &gt; Clinical Records: where the patient records are kept - the
 * embedded database in a folder of this computer, or the clinic's PostgreSQL database - with a
 * "Test connection" that opens the store in the background. Applying a changed store closes
 * the open one; the patient list then reads the new one.
 */
public class StorePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.physiobench.ui.preferences.store";
    /** The embedded store's file name inside the folder chosen. */
    static final String SQLITE_FILE = "physiobench.db";
    static final int DEFAULT_POOL_SIZE = 8;

    private Button embedded;
    private Text folder;
    private Button clinic;
    private Text url;
    private Text user;
    private Text password;
    private Spinner poolSize;
    private Label testResult;
    private Job testJob;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Where PhysioBench keeps the patient records.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        if (StoreConnection.overriddenByCommandLine()) {
            Label overridden = new Label(page, SWT.WRAP);
            overridden.setText("This workbench was started with -D" + StoreSettings.URL + "; it uses that database, not"
                    + " the one chosen here, until it is started without it.");
            GridData overriddenData = new GridData(SWT.FILL, SWT.TOP, true, false);
            overriddenData.widthHint = 400;
            overridden.setLayoutData(overriddenData);
        }
        createEmbedded(page);
        createClinic(page);
        Composite test = new Composite(page, SWT.NONE);
        test.setLayout(new GridLayout(2, false));
        test.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button testButton = new Button(test, SWT.PUSH);
        testButton.setText("&Test connection");
        testButton.addListener(SWT.Selection, event -> testConnection());
        testResult = new Label(test, SWT.WRAP);
        GridData resultData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        resultData.widthHint = 360;
        testResult.setLayoutData(resultData);
        show(StoreConnection.load());
        return page;
    }

    private void createEmbedded(Composite page) {
        embedded = new Button(page, SWT.RADIO);
        embedded.setText("&Embedded database on this computer (one workstation)");
        Composite fields = indented(page, 3);
        new Label(fields, SWT.NONE).setText("&Folder:");
        folder = new Text(fields, SWT.BORDER);
        folder.setMessage(defaultFolder().toString());
        folder.addModifyListener(event -> validate());
        folder.setLayoutData(fieldData());
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setMessage("The folder of the embedded patient database");
            dialog.setFilterPath(folder.getText().isBlank() ? defaultFolder().toString() : folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        Label hint = new Label(fields, SWT.WRAP);
        hint.setText("Empty: the data folder's store folder. The database file is " + SQLITE_FILE + ".");
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        hintData.widthHint = 400;
        hint.setLayoutData(hintData);
        embedded.addListener(SWT.Selection, event -> updateEnablement());
    }

    private void createClinic(Composite page) {
        clinic = new Button(page, SWT.RADIO);
        clinic.setText("&Clinic database (PostgreSQL, shared by the clinic's workstations)");
        Composite fields = indented(page, 2);
        url = field(fields, "&URL:", SWT.BORDER);
        url.setMessage("jdbc:postgresql://clinic-server:5432/physiobench");
        url.addModifyListener(event -> validate());
        user = field(fields, "U&ser:", SWT.BORDER);
        password = field(fields, "&Password:", SWT.BORDER | SWT.PASSWORD);
        new Label(fields, SWT.NONE).setText("Connections (&pool size):");
        poolSize = new Spinner(fields, SWT.BORDER);
        poolSize.setValues(DEFAULT_POOL_SIZE, 1, 64, 0, 1, 4);
        Label hint = new Label(fields, SWT.WRAP);
        hint.setText("The password is kept in Eclipse secure storage, encrypted, not in the preferences.");
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        hintData.widthHint = 400;
        hint.setLayoutData(hintData);
        clinic.addListener(SWT.Selection, event -> updateEnablement());
    }

    private static Composite indented(Composite page, int columns) {
        Composite fields = new Composite(page, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginLeft = 20;
        fields.setLayout(layout);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return fields;
    }

    private static Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setLayoutData(fieldData());
        return text;
    }

    /** A field that takes the width the page has, but asks for no more than fits a normal dialog. */
    private static GridData fieldData() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        return data;
    }

    /** Shows saved (or default) values. */
    private void show(Values values) {
        String configured = values.url() == null ? "" : values.url();
        boolean postgres = configured.startsWith("jdbc:postgresql:");
        embedded.setSelection(!postgres);
        clinic.setSelection(postgres);
        folder.setText(configured.startsWith("jdbc:sqlite:") ? sqliteFolder(configured) : "");
        url.setText(postgres ? configured : "");
        user.setText(values.user() == null ? "" : values.user());
        password.setText(values.password() == null ? "" : values.password());
        poolSize.setSelection(parsePoolSize(values.poolSize()));
        updateEnablement();
    }

    private static String sqliteFolder(String sqliteUrl) {
        Path parent = Path.of(sqliteUrl.substring("jdbc:sqlite:".length())).getParent();
        return parent == null ? "" : parent.toString();
    }

    private static int parsePoolSize(String text) {
        try {
            return text == null || text.isBlank() ? DEFAULT_POOL_SIZE : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_POOL_SIZE;
        }
    }

    /** @return what the page shows, as the store settings keys take it */
    public Values values() {
        String storeUrl;
        if (clinic.getSelection()) {
            storeUrl = url.getText().trim();
        } else {
            storeUrl = folder.getText().isBlank() ? null : "jdbc:sqlite:" + Path.of(folder.getText().trim()).resolve(SQLITE_FILE);
        }
        return new Values(storeUrl, user.getText().trim(), password.getText(), Integer.toString(poolSize.getSelection()));
    }

    private void updateEnablement() {
        boolean postgres = clinic.getSelection();
        folder.setEnabled(!postgres);
        url.setEnabled(postgres);
        user.setEnabled(postgres);
        password.setEnabled(postgres);
        poolSize.setEnabled(postgres);
        validate();
    }

    /** @return the settings shown, or {@code null} with the problem as the page's error message */
    private StoreSettings validate() {
        if (clinic.getSelection() && url.getText().isBlank()) {
            setErrorMessage("Enter the URL of the clinic database, e.g. jdbc:postgresql://clinic-server:5432/physiobench");
            setValid(false);
            return null;
        }
        try {
            StoreSettings settings = StoreConnection.of(values());
            setErrorMessage(null);
            setValid(true);
            return settings;
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setValid(false);
            return null;
        }
    }

    /** Opens the store shown (not the saved one) in a job and says whether that worked. */
    public Job testConnection() {
        StoreSettings settings = validate();
        if (settings == null) {
            return null;
        }
        testResult.setText("Connecting to " + settings.describe() + "...");
        testResult.getParent().layout();
        testJob = new Job("Testing the connection to " + settings.describe()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String text;
                try (ClinicalStore store = QuietOpen.open(settings)) {
                    long patients = store.countPatients(PatientQuery.all());
                    text = "Connected: " + settings.describe() + ", schema " + store.schemaVersion() + ", "
                            + NumberFormat.getIntegerInstance().format(patients) + " patients.";
                } catch (StoreException | RuntimeException e) {
                    text = "Cannot connect: " + ClinicalErrors.reason(e);
                }
                String message = text;
                if (!testResult.isDisposed()) {
                    testResult.getDisplay().asyncExec(() -> {
                        if (!testResult.isDisposed()) {
                            testResult.setText(message);
                            testResult.getParent().layout();
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        testJob.setUser(false);
        testJob.schedule();
        return testJob;
    }

    @Override
    public void performDefaults() {
        show(new Values(null, "", "", Integer.toString(DEFAULT_POOL_SIZE)));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (validate() == null) {
            return false;
        }
        try {
            if (StoreConnection.save(values())) {
                WorkbenchStore.get().reconnect(); // the next use opens the store chosen now
            }
            return true;
        } catch (StorageException | BackingStoreException e) {
            ClinicalErrors.show(getShell(), "Saving the clinical records settings", e);
            return false;
        }
    }

    /** @return the result line of "Test connection" */
    public String testResult() {
        return testResult.getText();
    }

    private static Path defaultFolder() {
        return DataLocation.current().resolve(StoreSettings.DEFAULT_FILE_NAME).getParent();
    }

    // --- for tests ---

    public Button embeddedChoice() {
        return embedded;
    }

    public Button clinicChoice() {
        return clinic;
    }

    public Text folderField() {
        return folder;
    }

    public Text urlField() {
        return url;
    }

    public Text userField() {
        return user;
    }

    public Text passwordField() {
        return password;
    }

    public Spinner poolSizeField() {
        return poolSize;
    }
}
