package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.patients.internal.PatientColumn;
import org.physiobench.ui.patients.internal.PatientPages;
import org.physiobench.ui.patients.internal.PatientsView;
import org.physiobench.ui.progress.internal.ProgressView;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;
import org.sqlite.SQLiteDataSource;

/**
 * The patient list in the real workbench on an embedded store of its own (the test pom gives
 * every run a new data folder). The first test finds the store empty and creates the demo
 * patients through the view's button; the later tests work on those patients.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatientsViewTest {

    private IWorkbenchPage page;
    private PatientsView view;

    @BeforeEach
    void showView() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (PatientsView) page.showView(PatientsView.ID);
        page.activate(view);
        clearFilter();
    }

    @Test
    @Order(1)
    void anEmptyStoreOffersDemoPatientsAndTheButtonCreatesThem() throws Exception {
        waitFor(view::isShowingMessage, "the empty-store message");
        assertEquals(PatientsView.EMPTY_MESSAGE, view.getMessage());
        assertTrue(view.getDemoButton().isVisible(), "no demo button");

        view.getDemoButton().notifyListeners(SWT.Selection, new Event());
        waitFor(() -> !view.isShowingMessage() && rows().getRowCount() == 1000, "1,000 demo patients listed");
        assertEquals(1000, store().countPatients(PatientQuery.all()));
    }

    @Test
    @Order(2)
    void isTheFirstTabOfTheClinicalPerspective() {
        page.resetPerspective();
        UiTesting.flush();
        assertNotNull(page.findView(PatientsView.ID));
        assertEquals(PatientsView.ID, page.getViewStack(page.findView(PatientsView.ID))[0].getViewSite().getId());
    }

    @Test
    @Order(3)
    void listsThePatientsByName() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        assertEquals("1,000 patients", view.getStatus());
        List<PatientSummary> expected = store().listPatients(PatientQuery.all().withPage(0, 30));
        assertEquals(names(expected), names(loadedRows(30)));
        assertEquals(expected.get(0).index().displayName(), cellText(0, PatientColumn.NAME));
    }

    @Test
    @Order(4)
    void theFilterNarrowsTheRowsAsYouType() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        String family = store().listPatients(PatientQuery.all().withPage(500, 1)).get(0).index().familyName();
        view.getFilter().setText(family);
        long expected = store().countPatients(PatientQuery.all().withNameContains(family));
        waitFor(() -> rows().getRowCount() == expected, expected + " rows for '" + family + "'");
        assertTrue(expected < 1000, "the filter did not narrow the list");
        for (PatientSummary row : loadedRows((int) Math.min(expected, 50))) {
            String name = (row.index().familyName() + " " + row.index().givenName()).toLowerCase(Locale.ROOT);
            assertTrue(name.contains(family.toLowerCase(Locale.ROOT)), name);
        }
    }

    @Test
    @Order(5)
    void aClickOnTheOdiHeaderSortsByOdiHighestFirst() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        sortBy(PatientColumn.ODI);
        try {
            List<PatientSummary> top = loadedRows(100);
            List<Integer> odi = top.stream().map(row -> row.index().latestOdi()).toList();
            for (int i = 1; i < odi.size(); i++) {
                assertTrue(odi.get(i) == null || odi.get(i - 1) != null && odi.get(i - 1) >= odi.get(i), odi.toString());
            }
            assertEquals(String.valueOf(odi.get(0)), cellText(0, PatientColumn.ODI));
            assertFalse(odi.get(0) == null, "no ODI at the top");
        } finally {
            sortBy(PatientColumn.NAME);
        }
    }

    @Test
    @Order(6)
    void aRedFlagPatientShowsTheMarker() throws Exception {
        PatientSummary flagged = store().listPatients(PatientQuery.all().withRedFlagOnly(true).withPage(0, 1)).get(0);
        sortBy(PatientColumn.RED_FLAG);
        try {
            assertEquals(flagged.id(), loadedRows(1).get(0).id(), "red flags are not sorted first");
            assertEquals(PatientColumn.RED_FLAG_MARKER, cellText(0, PatientColumn.RED_FLAG));
            NatTable table = view.getTable();
            // +1: the header row
            assertTrue(table.getCellByPosition(positionOf(PatientColumn.RED_FLAG), 1).getConfigLabels()
                    .hasLabel("physiobench.redFlag"), "the red-flag cell is not drawn as a red flag");
            int last = rows().getRowCount() - 1;
            assertEquals("", cellText(last, PatientColumn.RED_FLAG), "the last patient has no red flag");
        } finally {
            sortBy(PatientColumn.NAME);
        }
    }

    @Test
    @Order(7)
    void selectingAPatientShowsItsProgress() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        ProgressView progress = (ProgressView) page.showView(ProgressView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(view);
        PatientSummary row = loadedRows(4).get(3);
        // A click while the row's page is being re-read (the previous test re-sorted the list)
        // selects nothing yet - a known gap, docs/STATUS.md; the second click must then work.
        for (int attempt = 1; attempt <= 3 && !progressShows(progress, row); attempt++) {
            click(positionOf(PatientColumn.NAME), attempt % 2 == 1 ? 3 : 2);
            click(positionOf(PatientColumn.NAME), 3);
            waitUpTo(10, () -> progressShows(progress, row));
        }
        waitFor(() -> progressShows(progress, row), "the progress view shows " + row.index().displayName());
        assertEquals(row.id(), view.selectedPatient().orElseThrow().id());
        assertFalse(progress.isShowingMessage());

        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1500, 950);
        UiTesting.flush();
        assertTrue(Screenshots.save(shell, "patients.png") > 20, "the workbench looks blank");
    }

    @Test
    @Order(8)
    void aCorruptRecordIsNamedInTheViewAndTheOthersStayListed() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        PatientSummary row = loadedRows(6).get(5);
        corruptDocument(row.id());
        view.getSelectionLayer().doCommand(new SelectRowsCommand(view.getSelectionLayer(), 0, 5, false, false));
        waitFor(() -> view.getStatus().contains("cannot be read"), "the corrupt record named");
        assertTrue(view.getStatus().contains(row.id()), view.getStatus());
        assertFalse(view.getStatus().contains("Exception"), "a stack trace: " + view.getStatus());
        assertTrue(view.getSelection().isEmpty(), "a corrupt record was selected");
        assertEquals(1000, rows().getRowCount(), "the other patients are no longer listed");
        view.getSelectionLayer().doCommand(new SelectRowsCommand(view.getSelectionLayer(), 0, 6, false, false));
        waitFor(() -> view.selectedPatient().map(p -> p.id().equals(rows().getRowObject(6).id())).orElse(false),
                "the next patient loaded");
    }

    /** Damages one patient's document behind the store's back, as a disk error or a bad edit would. */
    private static void corruptDocument(String id) throws Exception {
        StoreSettings.Sqlite settings = (StoreSettings.Sqlite) store().settings();
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + settings.file());
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection
                        .prepareStatement("UPDATE patient_document SET document = '{\"broken' WHERE id = ?")) {
            update.setString(1, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    private void sortBy(PatientColumn column) throws InterruptedException {
        // what a click on the column header sends
        int position = positionOf(column);
        assertTrue(position >= 0, column.header() + " is out of sight");
        view.getTable().doCommand(new SortColumnCommand(view.getTable(), position, false));
        waitFor(() -> rows().query().order() == column.order() && rows().getRowCount() == 1000,
                "sorted by " + column.header());
        assertTrue(view.getStatus().endsWith(" patients"), view.getStatus());
    }

    private static boolean progressShows(ProgressView progress, PatientSummary row) {
        return progress.getPatient().map(p -> p.getId().equals(row.id())).orElse(false);
    }

    /** Runs the event loop until {@code condition} holds or {@code seconds} pass. */
    private static void waitUpTo(int seconds, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            UiTesting.flush();
            try {
                Thread.sleep(20); // leave the core to the job that loads the patient
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Selects a row with the command a left click on a body cell sends ({@code row} 0 is the
     * first patient; +1 for the header row).
     */
    private void click(int columnPosition, int row) {
        NatTable table = view.getTable();
        table.doCommand(new SelectRowsCommand(table, columnPosition, row + 1, false, false));
        UiTesting.flush();
    }

    /** @return where the column is on screen, or -1 when it is scrolled out of sight */
    private int positionOf(PatientColumn column) {
        NatTable table = view.getTable();
        for (int position = 0; position < table.getColumnCount(); position++) {
            if (table.getColumnIndexByPosition(position) == column.ordinal()) {
                return position;
            }
        }
        return -1;
    }

    private void clearFilter() throws InterruptedException {
        if (!view.getFilter().getText().isEmpty()) {
            view.getFilter().setText("");
            waitFor(() -> rows().query().nameContains() == null, "the filter cleared");
        }
    }

    private PatientPages rows() {
        return view.getRows();
    }

    private String cellText(int row, PatientColumn column) throws InterruptedException {
        loadedRows(row + 1);
        Object value = rows().getDataValue(column.ordinal(), row);
        return value == null ? "" : value.toString();
    }

    /** @return the first {@code count} rows, once the table has read their pages */
    private List<PatientSummary> loadedRows(int count) throws InterruptedException {
        List<PatientSummary> result = new ArrayList<>();
        waitFor(() -> {
            result.clear();
            for (int i = 0; i < count; i++) {
                PatientSummary row = rows().getRowObject(i);
                if (row == null) {
                    return false;
                }
                result.add(row);
            }
            return true;
        }, count + " rows read");
        return result;
    }

    private static List<String> names(List<PatientSummary> rows) {
        return rows.stream().map(row -> row.index().displayName()).toList();
    }

    private static ClinicalStore store() throws Exception {
        return WorkbenchStore.get().store();
    }

    /** Dispatches UI events until the condition holds (the store works in the background). */
    private void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; the view says: " + view.getStatus()
                        + " (" + rows().query() + ")");
            }
            UiTesting.flush();
            Thread.sleep(20);
        }
    }
}
