package org.physiobench.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;

/**
 * The Patients view's store calls on the cached demo store (100,000 patients unless
 * PHYSIOBENCH_BENCH_PATIENTS says otherwise): what the list waits for before it shows rows.
 * Sampled per call, so the results carry p50 and p95.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PatientListBenchmark {

    /** Rows per store query in the Patients view (PatientPages.PAGE_SIZE). */
    static final int PAGE_SIZE = 200;

    /**
     * Filter texts as a therapist types them, one keystroke each: a family and given name,
     * a long family name, and a short given name (demo names are drawn from built-in lists).
     */
    static final List<String> KEYSTROKES = keystrokes("marsh maria", "pennington", "ida");

    private ClinicalStore store;
    private int keystroke;

    @Setup(Level.Trial)
    public void open() throws StoreException {
        store = ClinicalStores.open(new StoreSettings.Sqlite(DemoStores.withPatients(BenchmarkSettings.patients())));
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    /** The list opens: the row count and the first page, sorted by name (the view's default). */
    @Benchmark
    public void firstPage(Blackhole rows) throws StoreException {
        PatientQuery all = PatientQuery.all();
        rows.consume(store.countPatients(all));
        rows.consume(store.listPatients(all.withPage(0, PAGE_SIZE)));
    }

    /** One keystroke in the filter field: the view counts the matches and reads their first page. */
    @Benchmark
    public void filterKeystroke(Blackhole rows) throws StoreException {
        String text = KEYSTROKES.get(keystroke++ % KEYSTROKES.size());
        PatientQuery filtered = PatientQuery.all().withNameContains(text);
        rows.consume(store.countPatients(filtered));
        rows.consume(store.listPatients(filtered.withPage(0, PAGE_SIZE)));
    }

    static List<String> keystrokes(String... typed) {
        List<String> texts = new ArrayList<>();
        for (String word : typed) {
            for (int length = 1; length <= word.length(); length++) {
                texts.add(word.substring(0, length));
            }
        }
        return List.copyOf(texts);
    }
}
