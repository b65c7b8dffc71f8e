package org.physiobench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.physiobench.store.api.AuditAction;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditQuery;
import org.physiobench.store.api.AuditVerification;

/**
 * The SQL of the audit trail. Entries are only ever inserted; appending reads and locks the
 * audit head inside the caller's write transaction, so the entry commits (or rolls back)
 * together with the change it describes, and concurrent writers queue up on the head.
 */
final class AuditLog {

    private static final String COLUMNS = "seq, at_utc, actor, record_id, action, detail, prev_hash, hash";
    private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditLog() {
    }

    /** What to append; sequence, time and hashes are assigned on append. */
    record Event(String actor, String recordId, AuditAction action, String detail) {
    }

    /** Appends one entry in the caller's transaction. */
    static AuditEntry append(Connection connection, Dialect dialect, Instant at, Event event) throws SQLException {
        return appendAll(connection, dialect, at, List.of(event)).get(0);
    }

    /** The end of the chain: the last entry's sequence and hash. */
    record Head(long sequence, String hash) {
    }

    /**
     * The head as this store last moved or read it: a guess that spares SQLite's save the read
     * of the head. {@link #append(Connection, Statements, Dialect, Instant, Event, HeadGuess)} moves the
     * head only if it still is exactly the guess, else it reads it; a stale guess (another
     * process appended, a transaction rolled back) costs only the read.
     */
    static final class HeadGuess {
        private volatile Head head;
    }

    /**
     * Appends one entry in the caller's transaction, on SQLite after the head {@code guess}
     * names if the database still holds exactly that head: one conditional UPDATE instead of
     * reading the head and then updating it. SQLite's write transaction holds the database's
     * write lock from its start (BEGIN IMMEDIATE), so no other writer can move the head between
     * that check and the commit, as with a read; the entry, its hash and the chain are the same.
     */
    static AuditEntry append(Connection connection, Statements statements, Dialect dialect, Instant at, Event event,
            HeadGuess guess) throws SQLException {
        Head expected = guess.head;
        AuditEntry entry = null;
        if (dialect == Dialect.SQLITE && expected != null) {
            AuditEntry candidate = chain(expected, at, List.of(event)).get(0);
            if (moveHead(connection, statements, expected, candidate)) {
                statements.run(connection, INSERT, insert -> {
                    bindEntry(insert, candidate);
                    return insert.executeUpdate();
                });
                entry = candidate;
            }
        }
        if (entry == null) {
            entry = append(connection, dialect, at, event);
        }
        guess.head = new Head(entry.sequence(), entry.hash());
        return entry;
    }

    /** @return whether the head was exactly {@code expected} and now points at {@code entry} */
    private static boolean moveHead(Connection connection, Statements statements, Head expected, AuditEntry entry)
            throws SQLException {
        return statements.run(connection,
                "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1 AND last_seq = ? AND last_hash = ?",
                update -> {
                    update.setLong(1, entry.sequence());
                    update.setString(2, entry.hash());
                    update.setLong(3, expected.sequence());
                    update.setString(4, expected.hash());
                    return update.executeUpdate();
                }) == 1;
    }

    /** Appends entries in order, in the caller's transaction, as one batch. */
    static List<AuditEntry> appendAll(Connection connection, Dialect dialect, Instant at, List<Event> events)
            throws SQLException {
        return appendAfter(connection, dialect, lockHead(connection, dialect), at, events);
    }

    /** Reads the head and locks it until the caller's transaction ends (concurrent appenders queue up). */
    static Head lockHead(Connection connection, Dialect dialect) throws SQLException {
        try (PreparedStatement head = connection
                .prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1" + dialect.lockClause());
                ResultSet rows = head.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("The audit head row is missing: the audit trail was tampered with");
            }
            return new Head(rows.getLong(1), rows.getString(2));
        }
    }

    /**
     * Appends entries after {@code head}, which the caller read and locked in this transaction
     * ({@link #lockHead}).
     */
    static List<AuditEntry> appendAfter(Connection connection, Dialect dialect, Head head, Instant at,
            List<Event> events) throws SQLException {
        List<AuditEntry> entries = chain(head, at, events);
        if (entries.isEmpty()) {
            return entries;
        }
        AuditEntry last = entries.get(entries.size() - 1);
        if (dialect == Dialect.POSTGRESQL && entries.size() == 1) {
            insertOneAndSetHead(connection, last);
        } else {
            insertAll(connection, entries);
            setHead(connection, last.sequence(), last.hash());
        }
        return entries;
    }

    /** @return the entries of {@code events} chained after {@code head}, with sequences and hashes */
    private static List<AuditEntry> chain(Head head, Instant at, List<Event> events) {
        long sequence = head.sequence();
        String previousHash = head.hash();
        List<AuditEntry> entries = new ArrayList<>(events.size());
        for (Event event : events) {
            sequence++;
            String hash = AuditChain.hash(previousHash, sequence, at, event.actor(), event.recordId(), event.action(),
                    event.detail());
            entries.add(new AuditEntry(sequence, at, event.actor(), event.recordId(), event.action(), event.detail(),
                    previousHash, hash));
            previousHash = hash;
        }
        return entries;
    }

    /**
     * PostgreSQL: the entry and the new head in one statement, one round trip to the server
     * instead of two (a data-modifying WITH runs whether or not the outer statement reads it).
     */
    private static void insertOneAndSetHead(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("WITH entry AS (INSERT INTO audit_entry ("
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)) UPDATE audit_head SET last_seq = ?, last_hash = ? "
                + "WHERE id = 1")) {
            bindEntry(statement, entry);
            statement.setLong(9, entry.sequence());
            statement.setString(10, entry.hash());
            if (statement.executeUpdate() != 1) {
                throw new SQLException("The audit head row is missing: the audit trail was tampered with");
            }
        }
    }

    /** Inserts entries exactly as given (append, restore). */
    static void insertAll(Connection connection, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                bindEntry(insert, entry);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Binds the entry's {@link #COLUMNS} to parameters 1-8. */
    private static void bindEntry(PreparedStatement insert, AuditEntry entry) throws SQLException {
        insert.setLong(1, entry.sequence());
        insert.setString(2, Timestamps.format(entry.at()));
        insert.setString(3, entry.actor());
        insert.setString(4, entry.recordId());
        insert.setString(5, entry.action().id());
        insert.setString(6, entry.detail());
        insert.setString(7, entry.previousHash());
        insert.setString(8, entry.hash());
    }

    static void setHead(Connection connection, long sequence, String hash) throws SQLException {
        try (PreparedStatement update = connection
                .prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, sequence);
            update.setString(2, hash);
            if (update.executeUpdate() != 1) {
                throw new SQLException("The audit head row is missing: the audit trail was tampered with");
            }
        }
    }

    static List<AuditEntry> query(Connection connection, AuditQuery query) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (query.recordId() != null) {
            conditions.add("record_id = ?");
            parameters.add(query.recordId());
        }
        if (query.actor() != null) {
            conditions.add("actor = ?");
            parameters.add(query.actor());
        }
        if (query.action() != null) {
            conditions.add("action = ?");
            parameters.add(query.action().id());
        }
        // ISO-8601 instants with the same precision sort correctly as text.
        if (query.from() != null) {
            conditions.add("at_utc >= ?");
            parameters.add(Timestamps.format(query.from()));
        }
        if (query.to() != null) {
            conditions.add("at_utc < ?");
            parameters.add(Timestamps.format(query.to()));
        }
        String sql = "SELECT " + COLUMNS + " FROM audit_entry"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY seq"
                + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            List<AuditEntry> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new AuditEntry(rows.getLong(1), Instant.parse(rows.getString(2)), rows.getString(3),
                            rows.getString(4), AuditAction.fromId(rows.getString(5)), rows.getString(6),
                            rows.getString(7), rows.getString(8)));
                }
            }
            return result;
        }
    }

    /** Walks the whole chain in sequence order and compares its end with the head. */
    static AuditVerification verify(Connection connection) throws SQLException {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && verifier.accept(rows.getLong(1), instant(rows.getString(2)), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getString(8))) {
                    // each entry is checked by accept
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                ResultSet rows = head.executeQuery()) {
            if (!rows.next()) {
                return verifier.finish(-1, "(audit head row deleted)");
            }
            return verifier.finish(rows.getLong(1), rows.getString(2));
        }
    }

    /** Streams every entry in sequence order (backup). */
    static void forEach(Connection connection, EntryConsumer consumer) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(new AuditEntry(rows.getLong(1), Instant.parse(rows.getString(2)),
                            rows.getString(3), rows.getString(4), AuditAction.fromId(rows.getString(5)),
                            rows.getString(6), rows.getString(7), rows.getString(8)));
                }
            }
        }
    }

    /** Receives entries one by one. */
    interface EntryConsumer {
        void accept(AuditEntry entry) throws SQLException;
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
