package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.ui.action.IMouseAction;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Sex;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.store.api.VerificationReport;
import org.physiobench.ui.patients.api.PatientCommands;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.patients.internal.BackupHandlers;
import org.physiobench.ui.patients.internal.BackupJob;
import org.physiobench.ui.patients.internal.NewPatientDetails;
import org.physiobench.ui.patients.internal.NewPatientDialog;
import org.physiobench.ui.patients.internal.PatientColumn;
import org.physiobench.ui.patients.internal.PatientPages;
import org.physiobench.ui.patients.internal.PatientsView;
import org.physiobench.ui.patients.internal.Prompts;
import org.physiobench.ui.patients.internal.RestoreJob;
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
        PatientSummary flagged = store().listPatients(PatientQuery.all().withRedFlagOnly(true)
                .withOrder(PatientQuery.Order.RED_FLAG_FIRST).withPage(0, 1)).get(0);
        TriageLevel level = flagged.index().triageLevel();
        assertTrue(level.suspectsPathology(), "the demo patients include red flags");
        sortBy(PatientColumn.RED_FLAG);
        try {
            assertEquals(flagged.id(), loadedRows(1).get(0).id(), "the most urgent red flag is not sorted first");
            assertEquals(level.label(), cellText(0, PatientColumn.RED_FLAG), "the level's label");
            NatTable table = view.getTable();
            // +1: the header row
            String label = level.blocksActiveTreatment() ? PatientColumn.URGENT_STYLE : PatientColumn.NON_URGENT_STYLE;
            assertTrue(table.getCellByPosition(positionOf(PatientColumn.RED_FLAG), 1).getConfigLabels()
                    .hasLabel(label), "the red-flag cell is not drawn as a red flag of its level");
            int last = rows().getRowCount() - 1;
            assertEquals("", cellText(last, PatientColumn.RED_FLAG), "the last patient has no finding");
        } finally {
            sortBy(PatientColumn.NAME);
        }
    }

    @Test
    @Order(6)
    void theRedFlagAndDueFiltersListWhatTheStoreFinds() throws Exception {
        long redFlags = store().countPatients(PatientQuery.all().withRedFlagOnly(true));
        long due = store().countPatients(PatientQuery.all().withReviewDueBy(LocalDate.now()));
        long both = store().countPatients(PatientQuery.all().withRedFlagOnly(true).withReviewDueBy(LocalDate.now()));
        assertTrue(redFlags > 0 && redFlags < 1000, redFlags + " red flags");
        try {
            check(view.getRedFlagsOnly(), true);
            waitFor(() -> view.getShownQuery() == rows().query() && rows().getRowCount() == redFlags,
                    redFlags + " patients with red flags");
            for (PatientSummary row : loadedRows((int) Math.min(redFlags, 20))) {
                assertTrue(row.index().redFlag(), row.id() + " has no red flag");
            }
            check(view.getDueOnly(), true);
            waitFor(() -> view.getShownQuery() == rows().query() && rows().getRowCount() == both,
                    both + " patients with red flags and due");
            check(view.getRedFlagsOnly(), false);
            waitFor(() -> view.getShownQuery() == rows().query() && rows().getRowCount() == due, due + " due");
        } finally {
            check(view.getRedFlagsOnly(), false);
            check(view.getDueOnly(), false);
            waitFor(() -> view.getShownQuery() == rows().query() && rows().getRowCount() == 1000, "all patients");
        }
    }

    private static void check(Button box, boolean selected) {
        box.setSelection(selected);
        box.notifyListeners(SWT.Selection, new Event());
        UiTesting.flush();
    }

    @Test
    @Order(7)
    void selectingAPatientShowsItsProgress() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        ProgressView progress = (ProgressView) page.showView(ProgressView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(view);
        PatientSummary row = loadedRows(4).get(3);
        // one click, also when it lands while the row's page is re-read after the previous sort
        click(positionOf(PatientColumn.NAME), 3);
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

    @Test
    @Order(9)
    void aRowSelectedBeforeItsPageArrivesIsLoadedWhenThePageComes() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        // row 450 is on the third page, which nothing has shown yet: selecting it finds no row
        int row = 450;
        view.getSelectionLayer().doCommand(new SelectRowsCommand(view.getSelectionLayer(), 0, row, false, false));
        waitFor(() -> {
            PatientSummary arrived = rows().getRowObject(row);
            return arrived != null && view.selectedPatient().map(p -> p.id().equals(arrived.id())).orElse(false);
        }, "the patient of row " + row + " loaded once its page arrived");
    }

    @Test
    @Order(10)
    void aDoubleClickOrEnterExecutesTheOpenCommandWithThePatientsId() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        List<String> opened = new ArrayList<>();
        IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
        IHandlerActivation activation = handlers.activateHandler(PatientCommands.OPEN_PATIENT, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                opened.add(event.getParameter(PatientCommands.PATIENT_ID));
                return null;
            }
        });
        try {
            // back to the top: the previous test scrolled down to row 450
            view.getSelectionLayer().doCommand(new SelectRowsCommand(view.getSelectionLayer(), 0, 0, false, false));
            UiTesting.flush();
            List<PatientSummary> first = loadedRows(5);
            NatTable table = view.getTable();
            Rectangle cell = table.getBoundsByPosition(positionOf(PatientColumn.NAME), 2 + 1); // +1: the header row
            Event click = new Event();
            click.widget = table;
            click.display = table.getDisplay();
            click.button = 1;
            click.count = 2;
            click.x = cell.x + cell.width / 2;
            click.y = cell.y + cell.height / 2;
            MouseEvent doubleClick = new MouseEvent(click);
            IMouseAction action = table.getUiBindingRegistry().getDoubleClickAction(doubleClick);
            assertNotNull(action, "no double-click action on a patient row");
            action.run(table, doubleClick);
            assertEquals(List.of(first.get(2).id()), opened, "double-click on the third row");
            assertEquals(first.get(2).id(), view.selectedRow().orElseThrow().id(), "the opened row is not selected");

            click(positionOf(PatientColumn.NAME), 4);
            Event enter = new Event();
            enter.keyCode = SWT.CR;
            enter.character = SWT.CR;
            table.notifyListeners(SWT.KeyDown, enter);
            UiTesting.flush();
            assertEquals(List.of(first.get(2).id(), first.get(4).id()), opened, "Enter on the fifth row");
        } finally {
            handlers.deactivateHandler(activation);
        }
    }

    @Test
    @Order(11)
    void withoutThePatientEditorOpeningExplainsItselfInADialog() {
        ErrorDialog.AUTOMATED_MODE = true; // the dialog is built but does not wait for a click
        try {
            assertFalse(PatientCommands.openPatient(page.getWorkbenchWindow(), view.getSite().getShell(), "some-id"),
                    "no bundle of the test runtime handles " + PatientCommands.OPEN_PATIENT);
        } finally {
            ErrorDialog.AUTOMATED_MODE = false;
        }
    }

    @Test
    @Order(12)
    void theNewPatientDialogValidatesThenTheNewPatientIsSavedAndSelected() throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        NewPatientDialog dialog = new NewPatientDialog(view.getSite().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertFalse(dialog.canCreate());
            assertEquals("Enter the family name.", dialog.problem());
            dialog.familyNameField().setText("Zzyzx");
            assertEquals("Enter the given name.", dialog.problem());
            dialog.givenNameField().setText("Quinn");
            assertEquals("Enter the date of birth as YYYY-MM-DD, e.g. 1975-04-23.", dialog.problem());
            dialog.birthDateField().setText("23.4.1975");
            assertTrue(dialog.problem().startsWith("'23.4.1975' is not a date"), dialog.problem());
            dialog.birthDateField().setText("2999-01-01");
            assertTrue(dialog.problem().contains("in the future"), dialog.problem());
            assertFalse(dialog.canCreate());
            dialog.birthDateField().setText("1975-04-23");
            dialog.sexField().select(0);
            dialog.sexField().notifyListeners(SWT.Selection, new Event());
            assertNull(dialog.problem());
            assertTrue(dialog.canCreate());
            dialog.pressCreate();
        } finally {
            dialog.close();
        }
        NewPatientDetails details = dialog.details();
        assertEquals(Sex.FEMALE, details.sex());
        Job job = view.create(details);
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        waitFor(() -> view.selectedPatient().map(p -> "Zzyzx".equals(p.patient().getFamilyName())).orElse(false),
                "the new patient selected");
        Patient created = view.selectedPatient().orElseThrow().patient();
        assertEquals("Quinn", created.getGivenName());
        assertEquals(LocalDate.of(1975, 4, 23), created.getBirthDate());
        assertEquals(Sex.FEMALE, created.getSex());
        assertEquals(1, created.getEpisodes().size(), "a first episode of care");
        assertEquals(EpisodeStatus.ACTIVE, created.getEpisodes().get(0).getStatus());
        assertEquals(NewPatientDetails.DEFAULT_CONDITION, created.getEpisodes().get(0).getCondition());
        assertEquals("Zzyzx", view.getFilter().getText(), "the list is not narrowed to the new patient");
        assertEquals(1001, store().countPatients(PatientQuery.all()));
    }

    @Test
    @Order(13)
    void archivingAsksFirstAndThenTheListNoLongerShowsThePatient() throws Exception {
        view.getFilter().setText("Zzyzx");
        // a click before the table shows the filtered rows would be cleared by their arrival
        waitFor(() -> view.getShownQuery() == rows().query() && "Zzyzx".equals(rows().query().nameContains())
                && rows().getRowCount() == 1, "the new patient listed");
        loadedRows(1);
        click(positionOf(PatientColumn.NAME), 0);
        waitFor(() -> view.selectedRow().isPresent(), "the row selected");
        AnsweringPrompts prompts = new AnsweringPrompts();
        Prompts.use(prompts);
        try {
            prompts.confirmAnswer = false;
            view.archiveSelected();
            assertEquals(1, prompts.confirmations.size());
            assertTrue(prompts.confirmations.get(0).contains("Zzyzx"), prompts.confirmations.toString());
            UiTesting.flush();
            assertEquals(1001, store().countPatients(PatientQuery.all()), "archived without confirmation");

            prompts.confirmAnswer = true;
            view.archiveSelected();
            waitFor(() -> rows().getRowCount() == 0, "the archived patient no longer listed");
            assertEquals(1000, store().countPatients(PatientQuery.all()));
        } finally {
            Prompts.use(Prompts.DIALOGS);
        }
    }

    @Test
    @Order(14)
    void backupWritesEveryRecordToTheChosenFileAndRestoreReadsItBack(@TempDir Path folder) throws Exception {
        waitFor(() -> rows().getRowCount() == 1000, "all patients");
        Path file = folder.resolve("clinic-backup.zip");
        AnsweringPrompts prompts = new AnsweringPrompts();
        prompts.file = file.toString();
        prompts.confirmAnswer = true;
        Prompts.use(prompts);
        Shell shell = view.getSite().getShell();
        try {
            BackupJob backup = BackupHandlers.backup(shell);
            assertTrue(backup.isUser(), "no progress dialog for the backup");
            backup.join();
            assertTrue(backup.getResult().isOK(), backup.getResult().getMessage());
            waitFor(() -> prompts.messages.size() == 1, "the backup's result message");
            assertTrue(prompts.messages.get(0).startsWith("1,001 patient records"), prompts.messages.get(0));
            assertTrue(prompts.messages.get(0).contains(file.toString()), prompts.messages.get(0));
            VerificationReport written = ClinicalStores.verifyBackup(file);
            assertEquals(1001, written.recordsChecked(), "1,000 listed and 1 archived");
            // the one record an earlier test damaged on purpose is reported, nothing else
            assertTrue(written.problems().size() <= 1, written.toString());

            BackupJob again = BackupHandlers.backup(shell); // the file exists now: it is replaced
            again.join();
            assertTrue(again.getResult().isOK(), again.getResult().getMessage());

            RestoreJob restore = BackupHandlers.restore(shell);
            assertTrue(restore.isUser(), "no progress dialog for the restore");
            restore.join();
            assertTrue(restore.getResult().isOK(), restore.getResult().getMessage());
            assertTrue(prompts.confirmations.get(0).contains(file.toString()), "restore replaced records without asking");
            waitFor(() -> prompts.messages.size() == 3, "the restore's result message");
            assertTrue(prompts.messages.get(2).startsWith("1,001 patient records were restored"), prompts.messages.get(2));
            waitFor(() -> rows().getRowCount() == 1000, "the restored patients listed");
        } finally {
            Prompts.use(Prompts.DIALOGS);
        }
    }

    @Test
    @Order(15)
    void theShortcutsReachTheirCommands() {
        page.activate(view);
        UiTesting.flush();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals(PatientCommands.NEW_PATIENT, commandOf(bindings, "CTRL+SHIFT+N"));
        assertEquals(PatientCommands.OPEN_SELECTED_PATIENT, commandOf(bindings, "CTRL+O"));
        assertEquals(PatientCommands.FIND_PATIENT, commandOf(bindings, "CTRL+SHIFT+F"));
        assertEquals(PatientCommands.BACKUP, commandOf(bindings, "CTRL+SHIFT+B"));
        // in the patient list: Ctrl+F finds a patient, Delete archives (not Find/Replace, Delete)
        assertEquals(PatientCommands.FIND_PATIENT, commandOf(bindings, "CTRL+F"));
        assertEquals(PatientCommands.ARCHIVE_PATIENT, commandOf(bindings, "DEL"));
        assertEquals("org.eclipse.ui.file.save", commandOf(bindings, "CTRL+S"));
        assertEquals("org.eclipse.ui.edit.undo", commandOf(bindings, "CTRL+Z"));
        assertEquals("org.eclipse.ui.edit.redo", commandOf(bindings, "CTRL+Y"));
        assertEquals("org.eclipse.ui.edit.redo", commandOf(bindings, "CTRL+SHIFT+Z"));
    }

    @Test
    @Order(16)
    void theFileAndEditMenusHoldTheCommonActions() {
        Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
        List<String> file = menuItems(bar, "&File");
        for (String item : List.of("&New Patient...", "&Save", "&Backup...", "&Restore...", "E&xit")) {
            assertTrue(file.contains(item), item + " missing from " + file);
        }
        assertTrue(file.indexOf("&New Patient...") < file.indexOf("&Save") && file.indexOf("&Save") < file.indexOf("&Backup...")
                && file.indexOf("&Restore...") < file.indexOf("E&xit"), file.toString());
        List<String> edit = menuItems(bar, "&Edit");
        assertTrue(edit.containsAll(List.of("&Undo", "&Redo")), edit.toString());
    }

    @Test
    @Order(17)
    void aFilterAppliedAgainAsksTheStoreNoSecondTime() throws Exception {
        String family = store().listPatients(PatientQuery.all().withPage(300, 1)).get(0).index().familyName();
        view.getFilter().setText(family);
        waitFor(() -> family.equals(rows().query().nameContains()) && view.getShownQuery() == rows().query()
                && rows().isIdle(), "the rows for '" + family + "'");
        PatientQuery shown = view.getShownQuery();

        view.applyFilter(); // the typing paused again on the same text
        view.getFilter().setText(family + "x"); // typed and taken back within the pause
        view.getFilter().setText(family);
        Thread.sleep(400);
        UiTesting.flush();
        waitFor(rows()::isIdle, "the list idle");

        assertSame(shown, rows().query(), "the same filter was queried again");
        assertSame(shown, view.getShownQuery());
        view.refresh(); // asked for explicitly (e.g. the store changed): queried again
        waitFor(() -> view.getShownQuery() != shown && rows().isIdle(), "the refreshed rows");
        assertEquals(shown, view.getShownQuery());
    }

    @Test
    @Order(18)
    void aQueryReplacedBeforeItStartedIsNeverRun() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InstallingListener listener = new InstallingListener() {
            @Override
            void afterCounted() {
                if (counted.size() == 1) {
                    awaitQuietly(release); // holds the loader while newer queries are asked for
                }
            }
        };
        PatientPages pages = new PatientPages(listener);
        try {
            PatientQuery first = PatientQuery.all();
            PatientQuery replaced = PatientQuery.all().withNameContains("a");
            PatientQuery newest = PatientQuery.all().withNameContains("e");
            pages.show(first);
            waitFor(() -> listener.counted.size() == 1, "the first query");
            pages.show(replaced);
            pages.show(newest);
            release.countDown();
            waitFor(pages::isIdle, "the newest query");

            assertEquals(List.of(first, newest), listener.counted);
            assertEquals(newest, pages.query());
            assertEquals(store().countPatients(newest), pages.getRowCount());
        } finally {
            release.countDown();
            pages.dispose();
        }
    }

    @Test
    @Order(19)
    void theRowCountIsRightWithAFullAndWithAShortFirstPage() throws Exception {
        String family = store().listPatients(PatientQuery.all().withPage(700, 1)).get(0).index().familyName();
        PatientPages pages = new PatientPages(new InstallingListener());
        try {
            PatientQuery all = PatientQuery.all();
            PatientQuery few = PatientQuery.all().withNameContains(family);
            for (PatientQuery query : List.of(all, few)) {
                pages.show(query);
                waitFor(() -> query.equals(pages.query()) && pages.isIdle(), "the rows of " + query);
                long expected = store().countPatients(query);
                assertEquals(expected, pages.getRowCount(), query.toString());
                assertEquals(store().listPatients(query.withPage(0, 1)).get(0), pages.getRowObject(0));
            }
            assertTrue(store().countPatients(all) > PatientPages.PAGE_SIZE, "the first page of all is full");
            assertTrue(store().countPatients(few) < PatientPages.PAGE_SIZE, "the first page of '" + family + "' is short");
        } finally {
            pages.dispose();
        }
    }

    /** Installs each query's rows at once (the view does it on the UI thread) and notes the queries. */
    private static class InstallingListener implements PatientPages.Listener {
        final List<PatientQuery> counted = new CopyOnWriteArrayList<>();

        @Override
        public void counted(Runnable install, PatientQuery query, int rowCount) {
            install.run();
            counted.add(query);
            afterCounted();
        }

        /** Called on the loader thread after each query's rows are installed. */
        void afterCounted() {
            // nothing by default
        }

        @Override
        public void loaded(PatientQuery query, int rowCount) {
            // pages after the first are not looked at here
        }

        @Override
        public void failed(StoreException problem) {
            throw new AssertionError(problem);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> menuItems(Menu bar, String label) {
        for (MenuItem top : bar.getItems()) {
            if (label.equals(top.getText())) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event()); // the workbench fills a menu when it is shown
                UiTesting.flush();
                List<String> items = Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
                        .map(item -> item.getText().split("\t")[0]).toList();
                menu.notifyListeners(SWT.Hide, new Event());
                return items;
            }
        }
        throw new AssertionError("no menu " + label);
    }

    private static String commandOf(IBindingService bindings, String keys) {
        try {
            Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
            assertNotNull(binding, "nothing bound to " + keys);
            return binding.getParameterizedCommand().getId();
        } catch (ParseException e) {
            throw new AssertionError(keys, e);
        }
    }

    /** Answers the patient list's questions instead of a person. */
    private static final class AnsweringPrompts implements Prompts {
        final List<String> confirmations = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        boolean confirmAnswer;
        String file;

        @Override
        public boolean confirm(Shell shell, String title, String message) {
            confirmations.add(message);
            return confirmAnswer;
        }

        @Override
        public void inform(Shell shell, String title, String message) {
            messages.add(message);
        }

        @Override
        public void warn(Shell shell, String title, String message) {
            messages.add(message);
        }

        @Override
        public String chooseFile(Shell shell, String title, String suggestedName, boolean save) {
            return file;
        }
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
            waitFor(() -> rows().query().nameContains() == null && view.getShownQuery() == rows().query(),
                    "the filter cleared");
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
