package org.physiobench.ui.patients.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientQuery.Order;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.patients.api.PatientCommands;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * The patient list: every patient of the store in a NatTable, filtered by name as the
 * therapist types and sorted by a click on a column header. Selecting a row loads the
 * patient and makes it the workbench selection (the Progress view follows it).
 */
public class PatientsView extends ViewPart {

    public static final String ID = "org.physiobench.ui.views.patients";

    public static final String EMPTY_MESSAGE = "There are no patients yet.\n"
            + "Create a set of synthetic demo patients to try PhysioBench.";
    public static final String DEMO_BUTTON = "Create demo patients";

    /** Key binding context active while the view is (plugin.xml: Ctrl+F finds, Delete archives). */
    public static final String CONTEXT_ID = "org.physiobench.ui.contexts.patients";

    /** The check box that lists only patients with a red flag (non-urgent or above). */
    public static final String RED_FLAGS_ONLY = "Red flags";

    /** The check box that lists only patients whose re-assessment is due (today or earlier). */
    public static final String DUE_ONLY = "Due";

    /** Typing pauses this long before the list is queried again. */
    private static final int FILTER_DELAY_MS = 250;

    private final WorkbenchStore store = WorkbenchStore.get();
    private final PatientSelectionProvider selection = new PatientSelectionProvider();
    private final Runnable storeChanged = this::refreshLater;
    private final Runnable applyFilter = this::applyFilter;

    private PatientPages rows;
    private PatientTable table;
    private Text filter;
    private Button redFlagsOnly;
    private Button dueOnly;
    private Label status;
    private Composite pages;
    private Composite messagePage;
    private Label message;
    private Button demoButton;
    private Button retryButton;
    private StoredPatient selected;
    private boolean showingMessage;
    /** A row selected before its page arrived: its patient is loaded when the page comes (-1: none). */
    private int pendingRow = -1;
    /** A patient just created: selected as soon as the list shows it (null: none). */
    private String pendingSelectId;
    /** The query (the same object for every page of it) and row count the table shows. */
    private PatientQuery shownQuery;
    private int shownRowCount = -1;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout filtersLayout = new GridLayout(3, false);
        filtersLayout.marginWidth = 0;
        filtersLayout.marginHeight = 0;
        filters.setLayout(filtersLayout);
        filter = new Text(filters, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by name");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        redFlagsOnly = new Button(filters, SWT.CHECK);
        redFlagsOnly.setText(RED_FLAGS_ONLY);
        redFlagsOnly.setToolTipText("Only patients with a red flag: non-urgent, urgent or emergency");
        redFlagsOnly.addListener(SWT.Selection, event -> applyFilter());
        dueOnly = new Button(filters, SWT.CHECK);
        dueOnly.setText(DUE_ONLY);
        dueOnly.setToolTipText("Only patients whose re-assessment is due today or overdue");
        dueOnly.addListener(SWT.Selection, event -> applyFilter());
        filter.addModifyListener(event -> {
            // debounced: one query when the typing pauses, not one per key
            Display display = filter.getDisplay();
            display.timerExec(-1, applyFilter);
            display.timerExec(FILTER_DELAY_MS, applyFilter);
        });
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        pages = new Composite(parent, SWT.NONE);
        pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pages.setLayout(new StackLayout());
        rows = new PatientPages(new PatientPages.Listener() {
            @Override
            public void counted(Runnable install, PatientQuery query, int rowCount) {
                onUiThread(() -> {
                    install.run();
                    showRows(query, rowCount);
                });
            }

            @Override
            public void loaded(PatientQuery query, int rowCount) {
                onUiThread(() -> showRows(query, rowCount));
            }

            @Override
            public void failed(StoreException problem) {
                onUiThread(() -> showProblem(problem));
            }
        });
        table = new PatientTable(pages, rows, order -> refresh());
        table.selectionLayer().addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                selectionChanged();
            }
        });
        createMessagePage();
        createContextMenu();
        PatientTableActions.install(table.natTable(), this);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            // Ctrl+F and Delete mean "find patient" and "archive" while this view is active
            contexts.activateContext(CONTEXT_ID);
        }

        getSite().setSelectionProvider(selection);
        store.addChangeListener(storeChanged);
        showPage(table.natTable());
        status.setText("Reading the patient list...");
        refresh(); // opens the store in the background on first use
    }

    private void createMessagePage() {
        messagePage = new Composite(pages, SWT.NONE);
        messagePage.setLayout(new GridLayout(1, false));
        message = new Label(messagePage, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        demoButton = new Button(messagePage, SWT.PUSH);
        demoButton.setText(DEMO_BUTTON);
        demoButton.addListener(SWT.Selection, event -> createDemoPatients());
        retryButton = new Button(messagePage, SWT.PUSH);
        retryButton.setText("Try again");
        retryButton.addListener(SWT.Selection, event -> refresh());
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> selectedRow().ifPresent(row -> {
            manager.add(new Action("Open " + row.index().displayName()) {
                @Override
                public void run() {
                    open(row);
                }
            });
            manager.add(new Action("Archive " + row.index().displayName() + "...") {
                @Override
                public void run() {
                    archive(row);
                }
            });
        }));
        NatTable natTable = table.natTable();
        natTable.setMenu(menu.createContextMenu(natTable));
    }

    /** Queries the list again with the current filter and order (on the loader thread). */
    public void refresh() {
        if (!filter.isDisposed()) {
            rows.show(currentQuery());
        }
    }

    /**
     * The typing paused: queries the list for the filter's text, unless that query is shown or
     * on its way already (the text was typed back to what it was).
     */
    public void applyFilter() {
        if (!filter.isDisposed()) {
            rows.showIfChanged(currentQuery());
        }
    }

    private PatientQuery currentQuery() {
        String text = filter.getText().trim();
        return PatientQuery.all().withNameContains(text.isEmpty() ? null : text)
                .withRedFlagOnly(redFlagsOnly.getSelection())
                .withReviewDueBy(dueOnly.getSelection() ? LocalDate.now() : null).withOrder(table.sortModel().order());
    }

    /** Starts the demo patients job (with its progress dialog); the list refreshes when it is done. */
    public Job createDemoPatients() {
        demoButton.setEnabled(false);
        Job job = new DemoPatientsJob(store);
        job.schedule();
        return job;
    }

    /**
     * Asks for the new patient's details, then creates the patient with a first episode of
     * care in a job and selects them in the list.
     *
     * @return the job that creates the patient, or {@code null} when the therapist cancelled
     */
    public Job newPatient() {
        NewPatientDialog dialog = new NewPatientDialog(getSite().getShell());
        if (dialog.open() != Window.OK) {
            return null;
        }
        return create(dialog.details());
    }

    /** Creates a patient from {@code details} in a job and selects them when listed. */
    public Job create(NewPatientDetails details) {
        NewPatientJob job = new NewPatientJob(store, details, created -> onUiThread(() -> selectWhenListed(created)));
        job.schedule();
        return job;
    }

    /** Opens the selected patient's record (the open patient command); says so when none is selected. */
    public void openSelected() {
        selectedRow().ifPresentOrElse(this::open, () -> setStatusError("Select a patient to open."));
    }

    /** Opens the patient of {@code row} through the open patient command. */
    void open(PatientSummary row) {
        PatientCommands.openPatient(getSite(), getSite().getShell(), row.id());
    }

    /** Archives the selected patient after a confirmation; says so when none is selected. */
    public void archiveSelected() {
        selectedRow().ifPresentOrElse(this::archive, () -> setStatusError("Select a patient to archive."));
    }

    /** Asks for confirmation, then archives the patient in a job. */
    void archive(PatientSummary row) {
        boolean confirmed = Prompts.current().confirm(getSite().getShell(), "Archive patient",
                "Archive " + row.index().displayName() + "?\n\nThe record is kept with its history but no longer"
                        + " listed.");
        if (confirmed) {
            new ArchivePatientJob(store, row).schedule();
        }
    }

    /** Puts the cursor into the name filter, its text selected so typing replaces it. */
    public void focusFilter() {
        filter.setFocus();
        filter.selectAll();
    }

    /**
     * Shows the patient just created: the list is filtered by their family name (a new patient
     * may sort anywhere among 100,000) and the row is selected once it arrives.
     */
    private void selectWhenListed(StoredPatient created) {
        pendingSelectId = created.patient().getId();
        String name = created.patient().getFamilyName();
        if (filter.getText().equals(name)) {
            refresh();
        } else {
            filter.setText(name == null ? "" : name); // refreshes after the typing delay
        }
    }

    private void showRows(PatientQuery query, int rowCount) {
        boolean emptyStore = rowCount == 0 && query.nameContains() == null;
        if (emptyStore) {
            showMessage(EMPTY_MESSAGE, true);
            status.setText("");
            return;
        }
        if (showingMessage || !isShowing(table.natTable())) {
            showPage(table.natTable());
        }
        if (query != shownQuery || rowCount != shownRowCount) {
            // other rows: a structural refresh, which also clears the selection (its rows are gone)
            shownQuery = query;
            shownRowCount = rowCount;
            table.natTable().refresh();
        } else {
            // a page of the same rows arrived: repaint only, the selection stays
            table.natTable().redraw();
        }
        loadPendingRow();
        selectPendingPatient();
        status.setForeground(null);
        status.setText(rowCount == 0 ? "No patient's name contains '" + query.nameContains() + "'."
                : NumberFormat.getIntegerInstance().format(rowCount) + (rowCount == 1 ? " patient" : " patients"));
        layoutStatus();
    }

    /**
     * The status line's text changed: lays out the view again with only the status line's size
     * measured anew - once per keystroke of the filter, so the filter field and the table (whose
     * sizes did not change) are not measured again.
     */
    private void layoutStatus() {
        status.getParent().layout(new Control[] { status });
    }

    private void showProblem(StoreException problem) {
        // never a stack trace: the store's messages are written for people
        if (rows.getRowCount() == 0) {
            showMessage("The patient records cannot be read.\n" + problem.getMessage(), false);
        } else {
            setStatusError(problem.getMessage());
        }
    }

    private void setStatusError(String text) {
        status.setText(text);
        status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        layoutStatus();
    }

    private void showMessage(String text, boolean offerDemo) {
        message.setText(text);
        demoButton.setVisible(offerDemo);
        demoButton.setEnabled(offerDemo);
        ((GridData) ensureGridData(demoButton)).exclude = !offerDemo;
        retryButton.setVisible(!offerDemo);
        ((GridData) ensureGridData(retryButton)).exclude = offerDemo;
        messagePage.layout();
        showingMessage = true;
        showPage(messagePage);
    }

    private static Object ensureGridData(Button button) {
        if (!(button.getLayoutData() instanceof GridData)) {
            button.setLayoutData(new GridData());
        }
        return button.getLayoutData();
    }

    private void showPage(Composite page) {
        showingMessage = page == messagePage;
        ((StackLayout) pages.getLayout()).topControl = page;
        pages.layout();
    }

    private boolean isShowing(Composite page) {
        return ((StackLayout) pages.getLayout()).topControl == page;
    }

    private void selectionChanged() {
        pendingRow = -1;
        int index = selectedRowIndex();
        if (index < 0) {
            // Cleared (new rows after a sort or filter): the patient being loaded stays the
            // workbench's selection, as the Progress view keeps showing the last patient.
            return;
        }
        Job.getJobManager().cancel(PatientLoadJob.FAMILY); // another row: its patient, not the last one
        PatientSummary row = rows.getRowObject(index);
        if (row == null) {
            // the row's page is being read (e.g. just after a sort): load it when it arrives
            pendingRow = index;
            return;
        }
        load(row);
    }

    /** Loads the row selected before its page had arrived, once it has. */
    private void loadPendingRow() {
        if (pendingRow < 0 || pendingRow != selectedRowIndex()) {
            return;
        }
        PatientSummary row = rows.getRowObject(pendingRow);
        if (row != null) {
            pendingRow = -1;
            load(row);
        }
    }

    /** Selects the patient just created once their row is among the rows read. */
    private void selectPendingPatient() {
        if (pendingSelectId == null) {
            return;
        }
        int count = Math.min(rows.getRowCount(), PatientPages.PAGE_SIZE);
        for (int index = 0; index < count; index++) {
            PatientSummary row = rows.getRowObject(index);
            if (row != null && row.id().equals(pendingSelectId)) {
                pendingSelectId = null;
                SelectionLayer layer = table.selectionLayer();
                layer.doCommand(new SelectRowsCommand(layer, 0, layer.getRowPositionByIndex(index), false, false));
                table.natTable().setFocus();
                return;
            }
        }
    }

    private void load(PatientSummary row) {
        new PatientLoadJob(row.id(), loaded -> onUiThread(() -> {
            selected = loaded;
            status.setForeground(null);
            selection.setSelection(new StructuredSelection(loaded.patient()));
        }), problem -> onUiThread(() -> {
            selected = null;
            setStatusError(problem.getMessage());
            selection.setSelection(StructuredSelection.EMPTY);
        })).schedule();
    }

    /** @return the row the table's selection is on, if its page has been read */
    public Optional<PatientSummary> selectedRow() {
        int index = selectedRowIndex();
        return index < 0 ? Optional.empty() : Optional.ofNullable(rows.getRowObject(index));
    }

    /** @return the index (in the current query) of the selected row, or -1 */
    private int selectedRowIndex() {
        SelectionLayer layer = table.selectionLayer();
        int[] fullRows = layer.getFullySelectedRowPositions();
        return fullRows.length == 0 ? -1 : layer.getRowIndexByPosition(fullRows[0]);
    }

    /** @return the patient loaded for the selected row, if any */
    public Optional<StoredPatient> selectedPatient() {
        return Optional.ofNullable(selected);
    }

    private void refreshLater() {
        onUiThread(this::refresh);
    }

    private void onUiThread(Runnable task) {
        if (pages.isDisposed()) {
            return; // closed while the store answered
        }
        Display display = pages.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!pages.isDisposed()) {
                    task.run();
                }
            });
        }
    }

    // --- for tests and the page objects of later editors ---

    public NatTable getTable() {
        return table.natTable();
    }

    public SelectionLayer getSelectionLayer() {
        return table.selectionLayer();
    }

    public PatientPages getRows() {
        return rows;
    }

    /** @return the query whose rows the table shows (the rows may have been read for a newer one) */
    public PatientQuery getShownQuery() {
        return shownQuery;
    }

    public Button getRedFlagsOnly() {
        return redFlagsOnly;
    }

    public Button getDueOnly() {
        return dueOnly;
    }

    public Text getFilter() {
        return filter;
    }

    public String getStatus() {
        return status.getText();
    }

    public boolean isShowingMessage() {
        return showingMessage;
    }

    public String getMessage() {
        return message.getText();
    }

    public Button getDemoButton() {
        return demoButton;
    }

    public ISelection getSelection() {
        return selection.getSelection();
    }

    @Override
    public void setFocus() {
        if (showingMessage) {
            messagePage.setFocus();
        } else {
            table.natTable().setFocus();
        }
    }

    @Override
    public void dispose() {
        store.removeChangeListener(storeChanged);
        Job.getJobManager().cancel(PatientLoadJob.FAMILY);
        if (rows != null) {
            rows.dispose();
        }
        super.dispose();
    }
}
