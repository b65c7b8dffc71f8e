package org.physiobench.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.AuditAction;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditQuery;
import org.physiobench.store.api.AuditVerification;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.CorruptRecordException;
import org.physiobench.store.api.PatientIndex;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.RecordNotFoundException;
import org.physiobench.store.api.RestoreMode;
import org.physiobench.store.api.StoreConflictException;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.store.api.VerificationReport;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The store on a JDBC database (SQLite or PostgreSQL, same schema and SQL). Each public
 * operation is one transaction that also appends its audit entry.
 */
public final class JdbcClinicalStore implements ClinicalStore {

    /** Column widths of the schema (changelog): checked up front for a clear message. */
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_ACTOR_LENGTH = 100;

    private final StoreSettings settings;
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Transactions transactions;
    private final PatientModel model;
    private final Object jsonLock = new Object();
    private volatile PatientJson json;
    private final Clock clock;
    /** Hints that spare a SQLite save two reads; the database checks both (see their classes). */
    private final KnownIndexes knownIndexes = new KnownIndexes();
    private final AuditLog.HeadGuess auditHead = new AuditLog.HeadGuess();
    private final Statements statements;

    private JdbcClinicalStore(StoreSettings settings, HikariDataSource dataSource, PatientModel model, Clock clock) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.dialect = settings instanceof StoreSettings.PostgreSql ? Dialect.POSTGRESQL : Dialect.SQLITE;
        this.transactions = new Transactions(dataSource, ConnectionPools.snapshotSource(settings, dataSource),
                dialect);
        this.model = model;
        this.clock = clock;
        this.statements = dialect == Dialect.SQLITE ? Statements.cachedPerConnection() : Statements.UNCACHED;
    }

    /**
     * The document codec, made on first use: Jackson's mapper loads some 400 classes, which
     * the workbench's patient list (index columns only) does not need while it starts.
     */
    PatientJson json() {
        PatientJson codec = json;
        if (codec == null) {
            synchronized (jsonLock) {
                codec = json;
                if (codec == null) {
                    codec = new PatientJson(model);
                    json = codec;
                }
            }
        }
        return codec;
    }

    /**
     * Opens the store, creating or migrating its schema first.
     *
     * @throws StoreException when the database cannot be reached or migrated; the message
     *             names it
     */
    static JdbcClinicalStore open(StoreSettings settings, PatientModel model, Clock clock) throws StoreException {
        HikariDataSource dataSource = ConnectionPools.open(settings);
        try {
            SchemaMigration.migrate(dataSource, settings);
            JdbcClinicalStore store = new JdbcClinicalStore(settings, dataSource, model, clock);
            store.call("recompute the patient list's columns after the schema update",
                    () -> Reindex.pending(store.transactions, store::indexFromDocument));
            return store;
        } catch (StoreException | RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    @Override
    public StoreSettings settings() {
        return settings;
    }

    /** @return the pool, for tests that inspect or damage the database directly */
    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public String schemaVersion() throws StoreException {
        return call("read the schema version", () -> transactions.read(SchemaMigration::appliedVersion));
    }

    @Override
    public List<PatientSummary> listPatients(PatientQuery query) throws StoreException {
        return call("list patients", () -> transactions.read(c -> PatientRows.list(c, query)));
    }

    @Override
    public long countPatients(PatientQuery query) throws StoreException {
        return call("count patients", () -> transactions.read(c -> PatientRows.count(c, query)));
    }

    @Override
    public StoredPatient loadPatient(String id, String actor) throws StoreException {
        requireActor(actor);
        PatientRows.Row row = call("load record " + id, () -> transactions.write(c -> {
            PatientRows.Row found = PatientRows.find(c, id);
            if (found != null) {
                audit(c, now(), new AuditLog.Event(actor, id, AuditAction.VIEW, "version " + found.version()));
            }
            return found;
        }));
        if (row == null) {
            throw new RecordNotFoundException(id);
        }
        knownIndexes.remember(id, row.version(), row.index());
        return new StoredPatient(id, row.version(), row.archived(), (Patient) parse(row));
    }

    /** @return the list columns of the row's document, as a save writes them */
    PatientIndex indexFromDocument(PatientRows.Row row) throws CorruptRecordException {
        EObject patient = parse(row);
        try {
            return model.indexOf(patient);
        } catch (RuntimeException e) {
            throw new CorruptRecordException(row.id(), "its list columns cannot be computed: " + e.getMessage(), e);
        }
    }

    /** Parses one row's document; a failure concerns this record only. */
    EObject parse(PatientRows.Row row) throws CorruptRecordException {
        return parse(row, json(), model);
    }

    static EObject parse(PatientRows.Row row, PatientJson json, PatientModel model) throws CorruptRecordException {
        if (!PatientRows.KIND_PATIENT.equals(row.kind())) {
            throw new CorruptRecordException(row.id(), "it is of kind '" + row.kind() + "', not a patient", null);
        }
        if (row.document() == null) {
            throw new CorruptRecordException(row.id(), "its document is missing", null);
        }
        EObject patient;
        try {
            patient = json.read(row.document());
        } catch (IOException | RuntimeException e) {
            throw new CorruptRecordException(row.id(), e.getMessage(), e);
        }
        String storedId = model.idOf(patient);
        if (!row.id().equals(storedId)) {
            throw new CorruptRecordException(row.id(), "its document belongs to record " + storedId, null);
        }
        return patient;
    }

    @Override
    public long savePatient(Patient patient, long expectedVersion, String actor) throws StoreException {
        requireActor(actor);
        // Saved one by one (an editor's record): keep the texts of its parts for the next save.
        PatientRows.Row row = toRow(patient, expectedVersion + 1, actor, now(), true);
        String id = row.id();
        Long written = call("save record " + id, () -> transactions.write(c -> {
            if (expectedVersion == 0) {
                long current = PatientRows.currentVersion(c, id);
                if (current != 0) {
                    return -current;
                }
                try (PatientRows.Insert insert = PatientRows.prepareInsert(c)) {
                    insert.add(row);
                    insert.execute();
                }
                audit(c, row.updatedAt(), new AuditLog.Event(actor, id, AuditAction.CREATE,
                        "version 1" + OverrideAudit.detail(patient, null)));
                return 1L;
            }
            AuditLog.Event updated = new AuditLog.Event(actor, id, AuditAction.UPDATE,
                    "version " + row.version() + overridesAdded(c, patient, id));
            if (dialect == Dialect.POSTGRESQL) {
                // two round trips instead of seven, with the same checks (PostgreSqlSave)
                if (PostgreSqlSave.update(c, row, expectedVersion, updated) == null) {
                    return -PatientRows.currentVersion(c, id);
                }
                return row.version();
            }
            if (PatientRows.update(c, statements, id, expectedVersion, row.document(), row.index(),
                    knownIndexes.at(id, expectedVersion), row.updatedAt(), actor) == 0) {
                return -PatientRows.currentVersion(c, id);
            }
            audit(c, row.updatedAt(), updated);
            return row.version();
        }));
        // A non-positive result is the version found instead of the expected one.
        if (written <= 0) {
            throw new StoreConflictException(id, expectedVersion, -written);
        }
        knownIndexes.remember(id, written, row.index());
        return written;
    }

    @Override
    public void createPatients(List<? extends Patient> patients, String actor) throws StoreException {
        requireActor(actor);
        Instant at = now();
        List<PatientRows.Row> rows = toRows(patients, actor, at);
        Set<String> ids = new HashSet<>();
        for (PatientRows.Row row : rows) {
            if (!ids.add(row.id())) {
                throw new StoreConflictException(row.id(), 0, 1);
            }
        }
        String conflict = call("create " + rows.size() + " records", () -> transactions.write(c -> {
            List<AuditLog.Event> events = new ArrayList<>(rows.size());
            try (PatientRows.Insert insert = PatientRows.prepareInsert(c)) {
                for (PatientRows.Row row : rows) {
                    insert.add(row);
                    events.add(new AuditLog.Event(actor, row.id(), AuditAction.CREATE, "version 1"));
                }
                insert.execute();
            } catch (SQLException e) {
                // Most likely a duplicate id; find it for a precise message (the transaction rolls back).
                for (PatientRows.Row row : rows) {
                    if (existsElsewhere(row.id())) {
                        return row.id();
                    }
                }
                throw e;
            }
            AuditLog.appendAll(c, dialect, at, events);
            return null;
        }));
        if (conflict != null) {
            throw new StoreConflictException(conflict, 0, 1);
        }
        for (PatientRows.Row row : rows) {
            knownIndexes.remember(row.id(), row.version(), row.index());
        }
    }

    private boolean existsElsewhere(String id) throws Exception {
        return transactions.read(c -> PatientRows.currentVersion(c, id)) != 0;
    }

    @Override
    public long setArchived(String id, long expectedVersion, boolean archived, String actor) throws StoreException {
        requireActor(actor);
        Instant at = now();
        long result = call("archive record " + id, () -> transactions.write(c -> {
            if (PatientRows.setArchived(c, id, expectedVersion, archived, at, actor) == 0) {
                return -PatientRows.currentVersion(c, id);
            }
            audit(c, at, new AuditLog.Event(actor, id, AuditAction.ARCHIVE,
                    (archived ? "archived" : "taken out of the archive") + ", version " + (expectedVersion + 1)));
            return expectedVersion + 1;
        }));
        if (result <= 0) {
            throw new StoreConflictException(id, expectedVersion, -result);
        }
        return result;
    }

    @Override
    public void deletePatient(String id, long expectedVersion, String actor) throws StoreException {
        requireActor(actor);
        long found = call("delete record " + id, () -> transactions.write(c -> {
            if (PatientRows.delete(c, id, expectedVersion) == 0) {
                return PatientRows.currentVersion(c, id);
            }
            audit(c, now(), new AuditLog.Event(actor, id, AuditAction.DELETE, "version " + expectedVersion));
            return expectedVersion;
        }));
        if (found != expectedVersion) {
            throw new StoreConflictException(id, expectedVersion, found);
        }
    }

    @Override
    public void recordExport(String id, String actor, String detail) throws StoreException {
        requireActor(actor);
        boolean exists = call("audit the export of record " + id, () -> transactions.write(c -> {
            if (PatientRows.currentVersion(c, id) == 0) {
                return false;
            }
            audit(c, now(), new AuditLog.Event(actor, id, AuditAction.EXPORT, detail));
            return true;
        }));
        if (!exists) {
            throw new RecordNotFoundException(id);
        }
    }

    @Override
    public List<AuditEntry> auditTrail(AuditQuery query) throws StoreException {
        return call("read the audit trail", () -> transactions.read(c -> AuditLog.query(c, query)));
    }

    @Override
    public AuditVerification verifyAuditTrail() throws StoreException {
        return call("verify the audit trail", () -> transactions.snapshot(AuditLog::verify));
    }

    @Override
    public VerificationReport verify() throws StoreException {
        return call("verify the store", () -> transactions.snapshot(c -> {
            List<String> problems = new ArrayList<>();
            String schema = SchemaMigration.appliedVersion(c);
            if (!SchemaMigration.LATEST_CHANGESET.equals(schema)) {
                problems.add("schema version is " + schema + ", expected " + SchemaMigration.LATEST_CHANGESET);
            }
            long[] records = {0};
            PatientRows.forEach(c, row -> {
                records[0]++;
                try {
                    parse(row);
                } catch (CorruptRecordException e) {
                    problems.add(e.getMessage());
                }
            });
            AuditVerification audit = AuditLog.verify(c);
            if (!audit.isIntact()) {
                problems.add(audit.toString());
            }
            return new VerificationReport(schema, records[0], audit, problems);
        }));
    }

    @Override
    public VerificationReport backup(Path file, String actor) throws StoreException {
        requireActor(actor);
        VerificationReport report = call("back up the store to " + file,
                () -> transactions.snapshot(c -> BackupFile.write(file, c, this)));
        call("audit the backup", () -> transactions.write(c -> audit(c, now(),
                new AuditLog.Event(actor, null, AuditAction.EXPORT, "backup of the whole store to " + file))));
        return report;
    }

    /** Checks a backup file without touching any store. */
    public VerificationReport verifyBackup(Path file) throws StoreException {
        return BackupFile.check(file, this::parse).report();
    }

    @Override
    public VerificationReport restore(Path file, RestoreMode mode, String actor) throws StoreException {
        requireActor(actor);
        BackupFile.Summary backup = BackupFile.check(file, this::parse);
        if (!backup.integrityProblems().isEmpty()) {
            throw new StoreException("The backup " + file + " is damaged and was not restored: "
                    + String.join("; ", backup.integrityProblems()));
        }
        call("restore " + file, () -> transactions.write(c -> {
            if (mode == RestoreMode.INTO_EMPTY
                    && (PatientRows.count(c, PatientQuery.all().withArchived(true)) > 0 || AuditLog.count(c) > 0)) {
                throw new StoreException("The store " + settings.describe()
                        + " is not empty: restore into an empty store, or choose to replace its contents");
            }
            // The list columns come from the documents, never from the backup: it may be of an
            // older schema whose columns meant something else (red_flag before 5-triage-level).
            StoreContents.replace(c, file, backup, this::indexFromDocument);
            audit(c, now(), new AuditLog.Event(actor, null, AuditAction.RESTORE, "restored "
                    + backup.report().recordsChecked() + " records from " + file + " (" + mode + ")"));
            return null;
        }));
        return backup.report();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Converts many aggregates; JSON serialisation dominates a bulk insert, so it uses every core. */
    private List<PatientRows.Row> toRows(List<? extends Patient> patients, String actor, Instant at)
            throws StoreException {
        try {
            return patients.parallelStream().map(patient -> {
                try {
                    return toRow(patient, 1, actor, at, false);
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }).toList();
        } catch (UncheckedStoreException e) {
            throw e.storeException;
        }
    }

    /** Carries a StoreException through a stream. */
    private static final class UncheckedStoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StoreException storeException;

        UncheckedStoreException(StoreException cause) {
            super(cause);
            this.storeException = cause;
        }
    }

    private PatientRows.Row toRow(EObject patient, long version, String actor, Instant at, boolean keepFragments)
            throws StoreException {
        if (patient == null || !model.rootClass().isInstance(patient)) {
            throw new StoreException("Only a " + model.rootClass().getName() + " can be saved as a patient record, not "
                    + (patient == null ? "null" : patient.eClass().getName()));
        }
        String id;
        PatientIndex index;
        String document;
        try {
            id = model.idOf(patient);
            index = model.indexOf(patient);
            document = json().write(patient, keepFragments);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot convert the patient to its stored form: " + ConnectionPools.rootMessage(e),
                    e);
        }
        if (id == null || id.isBlank()) {
            throw new StoreException("The patient has no id; it cannot be saved");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new StoreException("The patient id '" + id + "' is longer than " + MAX_ID_LENGTH + " characters");
        }
        return new PatientRows.Row(id, PatientRows.KIND_PATIENT, version, document, index, false, at, actor);
    }

    /**
     * The contraindication overrides this save adds, for its audit entry ({@link OverrideAudit});
     * the version being replaced is read only when the record has overrides at all.
     */
    private String overridesAdded(Connection connection, Patient patient, String id) throws SQLException {
        if (!OverrideAudit.hasOverrides(patient)) {
            return "";
        }
        PatientRows.Row stored = PatientRows.find(connection, id);
        Patient previous = null;
        if (stored != null) {
            try {
                previous = (Patient) parse(stored);
            } catch (CorruptRecordException | ClassCastException e) {
                // the version replaced cannot be read: every override of the record is listed
            }
        }
        return OverrideAudit.detail(patient, previous);
    }

    /** Appends one audit entry in the caller's transaction (on SQLite after the head this store last saw, if it still is). */
    private AuditEntry audit(Connection connection, Instant at, AuditLog.Event event) throws SQLException {
        return AuditLog.append(connection, statements, dialect, at, event, auditHead);
    }

    private Instant now() {
        return Timestamps.now(clock);
    }

    private static void requireActor(String actor) throws StoreException {
        if (actor == null || actor.isBlank()) {
            throw new StoreException("Every change to the store needs the user who makes it (actor)");
        }
        if (actor.length() > MAX_ACTOR_LENGTH) {
            throw new StoreException("The user name '" + actor + "' is longer than " + MAX_ACTOR_LENGTH + " characters");
        }
    }

    /** Work that may fail with SQL or store errors. */
    private interface Call<T> {
        T run() throws Exception;
    }

    private <T> T call(String what, Call<T> work) throws StoreException {
        try {
            return work.run();
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("Cannot " + what + " in " + settings.describe() + ": "
                    + ConnectionPools.rootMessage(e), e);
        }
    }
}
