package org.physiobench.benchmarks.jmh;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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
 */
@State(Scope.Benchmark)
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

    /** The note changes and the patient is saved: document, index columns and audit entry in one commit. */
    @Benchmark
    public long saveSessionNote() throws StoreException {
        editNote();
        version = store.savePatient(patient, version, ACTOR);
        return version;
    }

    /** The floor: one INSERT of the same document text, committed (auto-commit) on the same database. */
    @Benchmark
    public int rawInsertSameBytes() throws SQLException {
        rawInsert.setString(1, UUID.randomUUID().toString());
        rawInsert.setString(2, document);
        return rawInsert.executeUpdate();
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
}
