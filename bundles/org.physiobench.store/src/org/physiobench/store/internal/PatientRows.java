package org.physiobench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.physiobench.core.api.TriageLevel;
import org.physiobench.store.api.PatientIndex;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;

/** The SQL of the patient_record table. Every method runs on the caller's connection. */
final class PatientRows {

    static final String KIND_PATIENT = "patient";

    private static final String SUMMARY_COLUMNS = "id, version, family_name, given_name, birth_date, episode_status, "
            + "last_visit, latest_odi, latest_nprs, risk_group, triage_level, review_due, archived, updated_at, "
            + "updated_by";

    private static final String INSERT = "INSERT INTO patient_record (id, kind, version, "
            + indexColumnList().substring("SELECT ".length()) + ", archived, updated_at, updated_by) VALUES (?, ?, ?, "
            + "?, ".repeat(IndexColumn.values().length) + "?, ?, ?)";

    /** The triage levels by their stored value (the ordinal: see {@link IndexColumn#TRIAGE_LEVEL}). */
    private static final TriageLevel[] LEVELS = TriageLevel.values();

    /** How a row without a computed triage level is listed (see {@link #level(Integer)}). */
    static final TriageLevel UNINDEXED_LEVEL = TriageLevel.NON_URGENT;

    private static final String INSERT_DOCUMENT = "INSERT INTO patient_document (id, document) VALUES (?, ?)";

    /** Rows with their documents (the document table is only read when a document is needed). */
    private static final String SELECT_FULL = "SELECT r.kind, d.document, r." + SUMMARY_COLUMNS.replace(", ", ", r.")
            + " FROM patient_record r LEFT JOIN patient_document d ON d.id = r.id";

    /** The index columns of one version of a record, in {@link IndexColumn} order. */
    private static final String SELECT_INDEX = indexColumnList() + " FROM patient_record WHERE id = ? AND version = ?";

    private PatientRows() {
    }

    /** A stored row as written: document and columns. */
    record Row(String id, String kind, long version, String document, PatientIndex index, boolean archived,
            Instant updatedAt, String updatedBy) {
    }

    /** The two insert statements of a record: its columns and its document. */
    record Insert(PreparedStatement record, PreparedStatement document) implements AutoCloseable {
        /** Binds one row and adds it to both batches. */
        void add(Row row) throws SQLException {
            bindInsert(record, row);
            record.addBatch();
            document.setString(1, row.id());
            document.setString(2, row.document());
            document.addBatch();
        }

        /** Runs the batches, records first (the documents refer to them). */
        void execute() throws SQLException {
            record.executeBatch();
            document.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            try (PreparedStatement r = record; PreparedStatement d = document) {
                // closes both
            }
        }
    }

    static Insert prepareInsert(Connection connection) throws SQLException {
        PreparedStatement record = connection.prepareStatement(INSERT);
        try {
            return new Insert(record, connection.prepareStatement(INSERT_DOCUMENT));
        } catch (SQLException e) {
            record.close();
            throw e;
        }
    }

    private static void bindInsert(PreparedStatement insert, Row row) throws SQLException {
        insert.setString(1, row.id());
        insert.setString(2, row.kind());
        insert.setLong(3, row.version());
        int next = bindIndex(insert, 4, row.index());
        insert.setInt(next++, row.archived() ? 1 : 0);
        insert.setString(next++, Timestamps.format(row.updatedAt()));
        insert.setString(next, row.updatedBy());
    }

    /** Binds family_name .. review_due from position {@code first}; returns the next position. */
    static int bindIndex(PreparedStatement statement, int first, PatientIndex index) throws SQLException {
        int p = first;
        for (IndexColumn column : IndexColumn.values()) {
            column.bind(statement, p++, index);
        }
        return p;
    }

    /** @return "family_name = ?, ... review_due = ?": every index column, in {@link #bindIndex} order */
    static String indexAssignments() {
        StringBuilder sql = new StringBuilder();
        for (IndexColumn column : IndexColumn.values()) {
            sql.append(sql.isEmpty() ? "" : ", ").append(column.sqlName()).append(" = ?");
        }
        return sql.toString();
    }

    private static String indexColumnList() {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (IndexColumn column : IndexColumn.values()) {
            sql.append(column.ordinal() == 0 ? "" : ", ").append(column.sqlName());
        }
        return sql.toString();
    }

    static String searchName(PatientIndex index) {
        return (index.familyName() + " " + index.givenName()).toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a new version of a record: only the index columns whose values changed, so that
     * saving a session note does not rewrite every index of the patient list (in SQLite each
     * index named in an UPDATE is rewritten whether its value changed or not: 15 instead of 7
     * pages per save).
     * <p>
     * With {@code known}, the index columns this store wrote or read at {@code expectedVersion},
     * the changed columns are taken from it and the stored row is not read first: the UPDATE's
     * WHERE requires the version and every column it leaves alone to hold exactly those values.
     * When it updates nothing (a conflict, or another writer changed the row without this store
     * seeing it) the columns are read and the update tried as without {@code known}, so the
     * result is the same either way.
     *
     * @param known the index columns stored at {@code expectedVersion} as far as this store
     *            knows, or {@code null}
     * @return rows updated: 1, or 0 when the record is missing or not at {@code expectedVersion}
     */
    static int update(Connection connection, Statements statements, String id, long expectedVersion,
            String document, PatientIndex index, PatientIndex known, Instant at, String actor) throws SQLException {
        int updated = 0;
        if (known != null) {
            updated = updateRecord(connection, statements, id, expectedVersion, differing(known, index), index, known,
                    at, actor);
        }
        if (updated == 0) {
            List<IndexColumn> changed = changedColumns(connection, id, expectedVersion, index);
            if (changed == null) {
                return 0;
            }
            updated = updateRecord(connection, statements, id, expectedVersion, changed, index, null, at, actor);
        }
        // Only after the version check passed (and locked the record row) is the document replaced.
        if (updated == 1) {
            int documents = statements.run(connection, "UPDATE patient_document SET document = ? WHERE id = ?",
                    update -> {
                        update.setString(1, document);
                        update.setString(2, id);
                        return update.executeUpdate();
                    });
            if (documents != 1) {
                throw new SQLException("Record " + id + " has no document row");
            }
        }
        return updated;
    }

    /** @return the columns whose values in {@code index} differ from those in {@code stored} */
    private static List<IndexColumn> differing(PatientIndex stored, PatientIndex index) {
        List<IndexColumn> changed = new ArrayList<>();
        for (IndexColumn column : IndexColumn.values()) {
            if (!Objects.equals(column.value(stored), column.value(index))) {
                changed.add(column);
            }
        }
        return changed;
    }

    /**
     * The record's UPDATE: version, the {@code changed} index columns and who/when, if the
     * record is at {@code expectedVersion} and, with {@code unchangedAs}, every other index
     * column holds its value there ({@code IS}: equal, or both null).
     */
    private static int updateRecord(Connection connection, Statements statements, String id, long expectedVersion,
            List<IndexColumn> changed, PatientIndex index, PatientIndex unchangedAs, Instant at, String actor)
            throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE patient_record SET version = ?");
        changed.forEach(column -> sql.append(", ").append(column.sqlName()).append(" = ?"));
        sql.append(", updated_at = ?, updated_by = ? WHERE id = ? AND version = ?");
        List<IndexColumn> guarded = new ArrayList<>();
        if (unchangedAs != null) {
            for (IndexColumn column : IndexColumn.values()) {
                if (!changed.contains(column)) {
                    guarded.add(column);
                    sql.append(" AND ").append(column.sqlName()).append(" IS ?");
                }
            }
        }
        return statements.run(connection, sql.toString(), update -> {
            int p = 1;
            update.setLong(p++, expectedVersion + 1);
            for (IndexColumn column : changed) {
                column.bind(update, p++, index);
            }
            update.setString(p++, Timestamps.format(at));
            update.setString(p++, actor);
            update.setString(p++, id);
            update.setLong(p++, expectedVersion);
            for (IndexColumn column : guarded) {
                column.bind(update, p++, unchangedAs);
            }
            // The version check (which also locks the record row) decides, not what was read before.
            return update.executeUpdate();
        });
    }

    /** @return the index columns whose stored values differ from {@code index}, or {@code null} without such a version */
    private static List<IndexColumn> changedColumns(Connection connection, String id, long version,
            PatientIndex index) throws SQLException {
        // Only the index columns, compared as stored (text or integer): the first statement of
        // every SQLite save, so it reads nothing else (no summary, no timestamps to parse).
        try (PreparedStatement select = connection.prepareStatement(SELECT_INDEX)) {
            select.setString(1, id);
            select.setLong(2, version);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                List<IndexColumn> changed = new ArrayList<>();
                int position = 1;
                for (IndexColumn column : IndexColumn.values()) {
                    if (!Objects.equals(column.read(rows, position++), column.value(index))) {
                        changed.add(column);
                    }
                }
                return changed;
            }
        }
    }

    static int setArchived(Connection connection, String id, long expectedVersion, boolean archived, Instant at,
            String actor) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE patient_record SET version = ?, "
                + "archived = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")) {
            update.setLong(1, expectedVersion + 1);
            update.setInt(2, archived ? 1 : 0);
            update.setString(3, Timestamps.format(at));
            update.setString(4, actor);
            update.setString(5, id);
            update.setLong(6, expectedVersion);
            return update.executeUpdate();
        }
    }

    static int delete(Connection connection, String id, long expectedVersion) throws SQLException {
        try (PreparedStatement delete = connection
                .prepareStatement("DELETE FROM patient_record WHERE id = ? AND version = ?")) {
            delete.setString(1, id);
            delete.setLong(2, expectedVersion);
            return delete.executeUpdate();
        }
    }

    /** @return the current version of the record, 0 when there is none */
    static long currentVersion(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM patient_record WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** @return the full row, or {@code null} when there is none */
    static Row find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FULL + " WHERE r.id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? readRow(rows) : null;
            }
        }
    }

    /** Streams every row in id order (verify, backup). */
    static void forEach(Connection connection, RowConsumer consumer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FULL + " ORDER BY r.id")) {
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(readRow(rows));
                }
            }
        }
    }

    /** Receives rows one by one. */
    interface RowConsumer {
        void accept(Row row) throws SQLException;
    }

    private static Row readRow(ResultSet rows) throws SQLException {
        PatientSummary summary = readSummary(rows);
        return new Row(summary.id(), rows.getString("kind"), summary.version(), rows.getString("document"),
                summary.index(), summary.archived(), summary.updatedAt(), summary.updatedBy());
    }

    static List<PatientSummary> list(Connection connection, PatientQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(" FROM patient_record");
        appendWhere(sql, parameters, query);
        sql.append(switch (query.order()) {
            case NAME -> " ORDER BY family_name, given_name, id";
            // (x IS NULL) sorts patients without a visit last in SQLite and PostgreSQL alike.
            case LAST_VISIT_DESC -> " ORDER BY (last_visit IS NULL), last_visit DESC, id";
            case BIRTH_DATE -> " ORDER BY (birth_date IS NULL), birth_date, id";
            case LATEST_ODI_DESC -> " ORDER BY (latest_odi IS NULL), latest_odi DESC, family_name, given_name, id";
            case LATEST_NPRS_DESC -> " ORDER BY (latest_nprs IS NULL), latest_nprs DESC, family_name, given_name, id";
            case EPISODE_STATUS -> " ORDER BY (episode_status IS NULL), episode_status, family_name, given_name, id";
            // high before medium before low: the patients who need the most attention first.
            case RISK_GROUP_DESC -> " ORDER BY CASE risk_group WHEN 'high' THEN 0 WHEN 'medium' THEN 1"
                    + " WHEN 'low' THEN 2 ELSE 3 END, family_name, given_name, id";
            // the ordinal: emergency (4) before urgent before non-urgent before risk factor before none
            case RED_FLAG_FIRST -> " ORDER BY triage_level DESC, family_name, given_name, id";
            case REVIEW_DUE -> " ORDER BY (review_due IS NULL), review_due, family_name, given_name, id";
        });
        if (query.limit() > 0 || query.offset() > 0) {
            // SQLite needs a LIMIT before OFFSET; "no limit" is spelled the same in both.
            sql.append(" LIMIT ").append(query.limit() > 0 ? query.limit() : Integer.MAX_VALUE);
            sql.append(" OFFSET ").append(query.offset());
        }
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            bind(select, parameters);
            select.setFetchSize(1000);
            List<PatientSummary> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(readSummary(rows));
                }
            }
            return result;
        }
    }

    static long count(Connection connection, PatientQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM patient_record");
        appendWhere(sql, parameters, query);
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void appendWhere(StringBuilder sql, List<Object> parameters, PatientQuery query) {
        List<String> conditions = new ArrayList<>();
        if (!query.includeArchived()) {
            conditions.add("archived = 0");
        }
        if (query.nameContains() != null && !query.nameContains().isBlank()) {
            conditions.add("search_name LIKE ? ESCAPE '\\'");
            parameters.add("%" + escapeLike(query.nameContains().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.birthDate() != null) {
            conditions.add("birth_date = ?");
            parameters.add(query.birthDate().toString());
        }
        if (query.episodeStatus() != null) {
            conditions.add("episode_status = ?");
            parameters.add(query.episodeStatus());
        }
        if (query.riskGroup() != null) {
            conditions.add("risk_group = ?");
            parameters.add(query.riskGroup());
        }
        if (query.minimumLevel() != null && query.minimumLevel() != TriageLevel.NONE) {
            // a row not yet reindexed (NULL) reads as UNINDEXED_LEVEL, here as in level()
            conditions.add(query.minimumLevel().compareTo(UNINDEXED_LEVEL) <= 0
                    ? "(triage_level >= ? OR triage_level IS NULL)" : "triage_level >= ?");
            parameters.add(query.minimumLevel().ordinal());
        }
        if (query.reviewDueBy() != null) {
            // ISO dates compare as text; a patient without a due date is never due.
            conditions.add("review_due <= ?");
            parameters.add(query.reviewDueBy().toString());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) parameters.get(i));
            }
        }
    }

    private static PatientSummary readSummary(ResultSet rows) throws SQLException {
        PatientIndex index = new PatientIndex(rows.getString("family_name"), rows.getString("given_name"),
                date(rows.getString("birth_date")), rows.getString("episode_status"),
                date(rows.getString("last_visit")), integer(rows, "latest_odi"), integer(rows, "latest_nprs"),
                rows.getString("risk_group"), level(integer(rows, "triage_level")), date(rows.getString("review_due")));
        return new PatientSummary(rows.getString("id"), rows.getLong("version"), index, rows.getInt("archived") != 0,
                Instant.parse(rows.getString("updated_at")), rows.getString("updated_by"));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /**
     * @return the level stored as {@code ordinal}; {@code null} (a row {@link Reindex} has not
     *         done yet, e.g. one an older PhysioBench wrote since this store opened) or an unknown
     *         value reads as {@link #UNINDEXED_LEVEL}: the red-flag filter lists it, as
     *         RedFlagStatus lists a "yes" it does not know
     */
    static TriageLevel level(Integer ordinal) {
        return ordinal != null && ordinal >= 0 && ordinal < LEVELS.length ? LEVELS[ordinal] : UNINDEXED_LEVEL;
    }

    private static Integer integer(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** The indexed columns of patient_record in insert order, and how each is taken from a {@link PatientIndex}. */
    private enum IndexColumn {
        FAMILY_NAME("family_name", Types.VARCHAR, PatientIndex::familyName),
        GIVEN_NAME("given_name", Types.VARCHAR, PatientIndex::givenName),
        SEARCH_NAME("search_name", Types.VARCHAR, PatientRows::searchName),
        BIRTH_DATE("birth_date", Types.VARCHAR, index -> text(index.birthDate())),
        EPISODE_STATUS("episode_status", Types.VARCHAR, PatientIndex::episodeStatus),
        LAST_VISIT("last_visit", Types.VARCHAR, index -> text(index.lastVisit())),
        LATEST_ODI("latest_odi", Types.INTEGER, PatientIndex::latestOdi),
        LATEST_NPRS("latest_nprs", Types.INTEGER, PatientIndex::latestNprs),
        RISK_GROUP("risk_group", Types.VARCHAR, PatientIndex::riskGroup),
        /**
         * The triage level as its ordinal (0 none .. 4 emergency), not its id: TriageLevel is
         * declared lowest first, so "red flag first" is ORDER BY triage_level DESC and "non-urgent
         * or above" is one range on the column's index (an id would need a CASE to sort and an IN
         * list to filter). The order of TriageLevel is therefore stored data: a new level needs a
         * changeset that renumbers the column.
         */
        TRIAGE_LEVEL("triage_level", Types.INTEGER, index -> index.triageLevel().ordinal()),
        REVIEW_DUE("review_due", Types.VARCHAR, index -> text(index.reviewDue())),
        /**
         * Kept from schema 1 for anyone reading the table with SQL: 1 when the triage level is
         * non-urgent or above (the CLI's redFlag), written from the same status as triage_level.
         * The list neither filters nor sorts on it.
         */
        RED_FLAG("red_flag", Types.INTEGER, index -> index.redFlag() ? 1 : 0);

        private final String sqlName;
        private final int sqlType;
        private final Function<PatientIndex, Object> value;

        IndexColumn(String sqlName, int sqlType, Function<PatientIndex, Object> value) {
            this.sqlName = sqlName;
            this.sqlType = sqlType;
            this.value = value;
        }

        String sqlName() {
            return sqlName;
        }

        /** @return the value as it is stored: text, an Integer, or {@code null} */
        Object value(PatientIndex index) {
            return value.apply(index);
        }

        /** @return the stored value at {@code position} as {@link #value} gives it: text, an Integer, or {@code null} */
        Object read(ResultSet rows, int position) throws SQLException {
            if (sqlType == Types.INTEGER) {
                int number = rows.getInt(position);
                return rows.wasNull() ? null : number;
            }
            return rows.getString(position);
        }

        void bind(PreparedStatement statement, int position, PatientIndex index) throws SQLException {
            Object stored = value(index);
            if (stored == null) {
                statement.setNull(position, sqlType);
            } else if (stored instanceof Integer number) {
                statement.setInt(position, number);
            } else {
                statement.setString(position, (String) stored);
            }
        }

        private static String text(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }
}
