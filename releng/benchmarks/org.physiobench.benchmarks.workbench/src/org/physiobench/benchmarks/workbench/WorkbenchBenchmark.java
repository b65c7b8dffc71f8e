package org.physiobench.benchmarks.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Session;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.editor.api.PatientEditors;
import org.physiobench.ui.editor.internal.PatientEditor;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.patients.internal.PatientPages;
import org.physiobench.ui.patients.internal.PatientsView;
import org.physiobench.ui.progress.api.ProgressData;
import org.physiobench.ui.progress.internal.ProgressView;
import org.physiobench.ui.testing.UiTesting;

/**
 * Runs the in-workbench benchmarks and writes their figures to {@code bench.json}. Each
 * scenario checks that what it timed really happened (rows shown, editor and chart open); none
 * checks how long it took - the figures are for the harness table and its targets.
 */
class WorkbenchBenchmark {

    /** Typed one key at a time into the patient filter: common name prefixes. */
    private static final List<String> KEYSTROKES = List.of("m", "ma", "mar", "mart", "s", "sm", "smi", "smit", "j", "jo",
            "joh", "john", "l", "le", "lee", "a", "an", "ann");
    private static final long TIMEOUT_NANOS = 120_000_000_000L;

    private final int patients = Integer.getInteger("bench.patients", 1000);
    private final int sessions = Integer.getInteger("bench.sessions", 300);
    private final int repetitions = Integer.getInteger("bench.repetitions", 3);
    private final List<Samples> results = new ArrayList<>();

    @Test
    void measure() throws Exception {
        ClinicalStore store = WorkbenchStore.get().store();
        BenchmarkData.ensurePatients(store, patients);
        String longPatient = BenchmarkData.ensureLongTreatedPatient(store, sessions);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

        try {
            patientList(page);
            heapWithListShown();
            openLongTreatedPatient(page, store, longPatient);
        } finally {
            // a shared (cached) data set stays as the other benchmarks expect it
            BenchmarkData.removeLongTreatedPatient(store);
        }
        write();
    }

    /** Opening the Patients view until its first page is drawn, then filter as you type. */
    private void patientList(IWorkbenchPage page) throws Exception {
        Samples show = sample("patientList.show");
        for (int run = 0; run < repetitions; run++) {
            if (page.findView(PatientsView.ID) != null) {
                page.hideView(page.findView(PatientsView.ID));
                UiTesting.flush();
            }
            long started = System.nanoTime();
            PatientsView view = (PatientsView) page.showView(PatientsView.ID);
            waitFor(() -> view.getRows().getRowCount() >= patients && view.getRows().getRowObject(0) != null, "the first page");
            view.getTable().redraw();
            view.getTable().update();
            show.addSince(started);
        }
        PatientsView view = (PatientsView) page.findView(PatientsView.ID);
        Samples keystroke = sample("patientList.filterKeystroke");
        Samples painted = sample("patientList.filterKeystrokePainted");
        Samples storeOnly = sample("patientList.filterStoreOnly");
        for (String typed : KEYSTROKES) {
            filter(view, typed, null, null); // warm-up, not counted: the first keystrokes run while the JIT compiles
        }
        for (int run = 0; run < repetitions; run++) {
            for (String typed : KEYSTROKES) {
                keystroke.add(filter(view, typed, painted, storeOnly));
            }
        }
        filter(view, "", null, null);
        assertEquals(patients + 1, view.getRows().getRowCount(), "the whole list is back after clearing the filter");
    }

    /**
     * The time the list needs for one keystroke once the filter applies: query, first page and
     * redraw. The filter's typing pause (the view queries when typing stops, not per key) is a
     * deliberate delay and not part of it: the benchmark asks the view for the list directly.
     * GTK 3 paints at its next frame, not in {@code update()}: the time until the table's paint
     * after the new rows arrived is recorded apart in {@code painted}.
     */
    private static double filter(PatientsView view, String typed, Samples painted, Samples storeOnly)
            throws Exception {
        view.getFilter().setText(typed);
        long[] lastPaint = { 0 };
        // added after the table's own paint listener: runs when the table has painted
        Listener paint = event -> lastPaint[0] = System.nanoTime();
        view.getTable().addListener(SWT.Paint, paint);
        try {
            long started = System.nanoTime();
            view.refresh();
            String expected = typed.isEmpty() ? null : typed;
            waitFor(() -> Objects.equals(expected, view.getRows().query().nameContains())
                    && (view.getRows().getRowCount() == 0 || view.getRows().getRowObject(0) != null),
                    "the rows for '" + typed + "'");
            long rowsIn = System.nanoTime();
            view.getTable().redraw();
            view.getTable().update();
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            if (painted != null) {
                waitFor(() -> lastPaint[0] > rowsIn, "the table painted for '" + typed + "'");
                painted.add((lastPaint[0] - started) / 1_000_000.0);
            }
            // let the view's own debounced filter for this text pass before the next key (it
            // finds the query on its way and asks for none; were it queried, the next key would
            // wait for it)
            Thread.sleep(400);
            UiTesting.flush();
            waitFor(() -> view.getRows().isIdle(), "the debounced query");
            if (painted != null) {
                storeOnly(view.getRows().query(), storeOnly);
            }
            return millis;
        } finally {
            view.getTable().removeListener(SWT.Paint, paint);
        }
    }

    /**
     * The same keystroke's query straight from the store, as the view asked it before it counted
     * beside the first page (count, then first page), right after the view's keystroke: under
     * the same machine load, so the two show what the view adds to the query.
     */
    private static void storeOnly(PatientQuery query, Samples samples) throws Exception {
        ClinicalStore store = WorkbenchStore.get().store();
        long started = System.nanoTime();
        store.countPatients(query);
        store.listPatients(query.withPage(0, PatientPages.PAGE_SIZE));
        samples.addSince(started);
    }

    private void heapWithListShown() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        Samples heap = sample("patientList.heapUsed");
        heap.unit("MB");
        for (int run = 0; run < 3; run++) {
            System.gc();
            Thread.sleep(200);
            UiTesting.flush();
            heap.add((runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0));
        }
    }

    /** Load from the store, open in the editor, and the progress chart showing it. */
    private void openLongTreatedPatient(IWorkbenchPage page, ClinicalStore store, String id) throws Exception {
        ProgressView progress = (ProgressView) page.showView(ProgressView.ID);
        Samples load = sample("openPatient.load");
        Samples editor = sample("openPatient.editor");
        Samples chart = sample("openPatient.chart");
        Samples total = sample("openPatient.total");
        // CPU time of the UI thread (the whole opening runs on it): much less at the mercy of
        // other processes on a shared machine than the wall-clock figures, so runs compare
        Samples totalCpu = sample("openPatient.totalCpu");
        // GTK 3 paints at its next frame, after the figures above: the time until the editor has
        // painted is what the therapist waits for, reported beside them (no target)
        Samples painted = sample("openPatient.painted");
        Samples edit = sample("openPatient.editToChart");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < repetitions + 1; run++) {
            page.closeAllEditors(false);
            UiTesting.flush();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            StoredPatient record = store.loadPatient(id, "bench");
            long loaded = System.nanoTime();
            PatientEditor opened = (PatientEditor) PatientEditors.open(page, record);
            opened.getPageContainer().update();
            long editorShown = System.nanoTime();
            waitFor(() -> progress.getPatient().orElse(null) == opened.getPatient(), "the progress chart");
            opened.getPageContainer().update();
            progress.getChart().update();
            long shown = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
            long paintedAt = waitForPaint(opened.getPageContainer());
            assertEquals(sessions, opened.getPatient().getEpisodes().get(0).getSessions().size());
            assertSame(opened.getPatient(), progress.getPatient().get());
            if (run > 0) {
                // the first opening loads the editor's classes: reported apart as the cold figure
                load.add((loaded - started) / 1e6);
                editor.add((editorShown - loaded) / 1e6);
                chart.add((shown - editorShown) / 1e6);
                total.add((shown - started) / 1e6);
                totalCpu.add(cpu / 1e6);
                painted.add((paintedAt - started) / 1e6);
            } else {
                sample("openPatient.cold").add((shown - started) / 1e6);
            }
            double edited = editShownOnChart(opened, progress);
            if (run > 0) {
                edit.add(edited);
            }
        }
        page.closeAllEditors(false);
    }

    /**
     * Waits until the editor has painted (GTK draws the window's controls in one frame, which one
     * pass of the event loop dispatches), so an edit measured next does not also pay for it.
     *
     * @return when the pass that painted it ended ({@link System#nanoTime()})
     */
    private static long waitForPaint(Composite container) throws InterruptedException {
        boolean[] painted = { false };
        Listener paint = event -> painted[0] |= event.widget instanceof Control control && within(control, container);
        Display display = container.getDisplay();
        display.addFilter(SWT.Paint, paint);
        try {
            long deadline = System.nanoTime() + TIMEOUT_NANOS;
            while (!painted[0]) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Timed out waiting for the editor to paint");
                }
                if (!display.readAndDispatch() && !painted[0]) {
                    Thread.sleep(1);
                }
            }
            return System.nanoTime();
        } finally {
            display.removeFilter(SWT.Paint, paint);
        }
    }

    private static boolean within(Control control, Composite container) {
        for (Control at = control; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    /**
     * One edit of the open record (a session's pain after, through the editor's command stack)
     * until the Progress chart shows it: the view follows the working copy, so every edit of a
     * long record costs this.
     */
    private static double editShownOnChart(PatientEditor editor, ProgressView progress) throws InterruptedException {
        EditingDomain domain = editor.getEditingDomain();
        List<Session> sessions = editor.getPatient().getEpisodes().get(0).getSessions();
        Session last = sessions.get(sessions.size() - 1);
        ProgressData before = progress.getChart().getData();
        // another value than the stored one: setting the same value changes nothing
        int painAfter = last.getPainAfter() == null ? 1 : (last.getPainAfter() + 1) % 11;
        long started = System.nanoTime();
        domain.getCommandStack().execute(SetCommand.create(domain, last, ClinicalPackage.Literals.SESSION__PAIN_AFTER, painAfter));
        waitFor(() -> progress.getChart().getData() != before, "the progress chart to show the edit");
        progress.getChart().update();
        double millis = (System.nanoTime() - started) / 1e6;
        assertEquals(painAfter, progress.getChart().getData().sessionPain().get(sessions.size() - 1).after(), "the edit on the chart");
        return millis;
    }

    private Samples sample(String name) {
        Samples samples = new Samples(name, "ms");
        results.add(samples);
        return samples;
    }

    private void write() throws IOException {
        String json = "{\n  \"patients\": " + patients + ",\n  \"sessions\": " + sessions + ",\n  \"repetitions\": " + repetitions
                + ",\n  " + String.join(",\n  ", results.stream().map(Samples::json).toList()) + "\n}\n";
        Path file = Path.of(System.getProperty("bench.json", "target/benchmarks/workbench.json"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        System.out.println(String.format(Locale.ROOT, "%-34s %8s %8s %17s", "workbench benchmark", "p50", "p95", "min-max"));
        results.forEach(samples -> System.out.println(samples.row()));
        System.out.println("bench: figures written to " + file);
        assertTrue(Files.size(file) > 0);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
            }
        }
    }
}
