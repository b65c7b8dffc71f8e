package org.physiobench.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.physiobench.demo.api.DemoData;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Session;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.StoreException;

/**
 * A durable save of a session note (the therapist edits the note, the editor saves the patient)
 * against a raw JDBC insert of the same document bytes into the same database with the same
 * durability (SQLite: WAL, synchronous=FULL; PostgreSQL: the server's fsync'ing commit).
 * <p>
 * Both are measured <b>interleaved in one invocation</b>, so they see the same machine load,
 * the same JIT state and the same server: each invocation times one save and one raw insert
 * with {@link System#nanoTime()}, alternating which goes first (a commit's flush can make the
 * next one cheaper or dearer). Measured separately, in forks minutes apart, the PostgreSQL
 * ratio moved between 0.8x and 4.4x with the machine's load. JMH's own figure is the pair;
 * the two latency distributions of every measurement iteration are appended to
 * {@code save-<database>.jsonl} in PHYSIOBENCH_BENCH_WORK (microseconds), where bench.py reads
 * them and reports the ratio of the medians and its spread over the iterations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SaveBenchmark {

    private static final String ACTOR = "benchmark";

    /** sqlite, or postgresql (needs PHYSIOBENCH_TEST_PG_URL). */
    @Param({ "sqlite", "postgresql" })
    public String database;

    private BenchmarkDatabase db;
    private ClinicalStore store;
    private Patient patient;
    private Session session;
    private long version;
    private int edits;
    private Connection raw;
    private PreparedStatement rawInsert;
    private String document;
    private boolean measuring;
    private int iteration;
    private final Latencies saves = new Latencies();
    private final Latencies rawInserts = new Latencies();

    @Setup(Level.Trial)
    public void open() throws Exception {
        db = BenchmarkDatabase.create(database, "save");
        store = ClinicalStores.open(db.settings());
        // A new seed per trial: its ids are new, so a reused PostgreSQL database never conflicts.
        patient = new DemoData(System.nanoTime()).patient(0);
        EpisodeOfCare episode = patient.getEpisodes().get(patient.getEpisodes().size() - 1);
        session = ClinicalRecords.newSession(episode, LocalDate.of(2026, 11, 2), "therapist");
        store.createPatients(List.of(patient), ACTOR);
        version = store.loadPatient(patient.getId(), ACTOR).version();
        editNote();
        version = store.savePatient(patient, version, ACTOR);

        raw = db.connect();
        document = storedDocument(raw, patient.getId());
        try (Statement create = raw.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS benchmark_raw_document (id VARCHAR(64) PRIMARY KEY, "
                    + "document TEXT NOT NULL)");
        }
        rawInsert = raw.prepareStatement("INSERT INTO benchmark_raw_document (id, document) VALUES (?, ?)");
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        try (Statement drop = raw.createStatement()) {
            drop.execute("DROP TABLE benchmark_raw_document");
        }
        rawInsert.close();
        raw.close();
        store.close();
        db.dispose();
    }

    /** Only measurement iterations count; warm-up samples are dropped. */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
        saves.clear();
        rawInserts.clear();
    }

    @TearDown(Level.Iteration)
    public void finishIteration() throws IOException {
        if (measuring) {
            iteration++;
            String line = "{\"database\":\"" + database + "\",\"pid\":" + ProcessHandle.current().pid()
                    + ",\"iteration\":" + iteration + ",\"save\":" + saves.toJson() + ",\"raw\":"
                    + rawInserts.toJson() + "}\n";
            Path folder = Files.createDirectories(BenchmarkSettings.work());
            Files.writeString(folder.resolve("save-" + database + ".jsonl"), line, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /**
     * One save and one raw insert, in alternating order, each timed on its own.
     *
     * @return the new version (so the work cannot be optimized away)
     */
    @Benchmark
    public long saveAndRawInsert() throws StoreException, SQLException {
        boolean saveFirst = (edits & 1) == 0;
        if (!saveFirst) {
            rawInsertTimed();
        }
        long start = System.nanoTime();
        saveSessionNote();
        long saved = System.nanoTime() - start;
        if (saveFirst) {
            rawInsertTimed();
        }
        if (measuring) {
            saves.add(saved);
        }
        return version;
    }

    /** The note changes and the patient is saved: document, index columns and audit entry in one commit. */
    private void saveSessionNote() throws StoreException {
        editNote();
        version = store.savePatient(patient, version, ACTOR);
    }

    /** The floor: one INSERT of the same document text, committed (auto-commit) on the same database. */
    private void rawInsertTimed() throws SQLException {
        long start = System.nanoTime();
        rawInsert.setString(1, UUID.randomUUID().toString());
        rawInsert.setString(2, document);
        if (rawInsert.executeUpdate() != 1) {
            throw new SQLException("raw insert wrote no row");
        }
        long elapsed = System.nanoTime() - start;
        if (measuring) {
            rawInserts.add(elapsed);
        }
    }

    /**
     * Edits the note so that the document changes length every time, as real edits do: SQLite
     * rewrites a record of the same length in place, page by page, which would flatter the save.
     */
    private void editNote() {
        edits++;
        session.getSoap().setSubjective("Pain eased after the walk (edit " + edits + "); sitting tolerance 40 minutes"
                + (edits % 2 == 0 ? ", slept through the night twice this week." : "."));
    }

    private static String storedDocument(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT document FROM patient_document WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no document for " + id);
                }
                return rows.getString(1);
            }
        }
    }

    /** Latencies of one iteration in nanoseconds, without boxing (thousands per iteration). */
    private static final class Latencies {
        private long[] values = new long[4096];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        void clear() {
            size = 0;
        }

        /** @return a JSON array of the latencies in microseconds (one decimal) */
        String toJson() {
            StringBuilder json = new StringBuilder(size * 8).append('[');
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    json.append(',');
                }
                json.append(values[i] / 100 / 10.0);
            }
            return json.append(']').toString();
        }
    }
}
