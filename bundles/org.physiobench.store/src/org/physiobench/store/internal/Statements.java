package org.physiobench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the statements of a save, on SQLite prepared once per connection and kept: preparing
 * and finalising a statement took 15-40 us each (sqlite3_prepare_v2 parses and plans it every
 * time), and a save runs four. The statements are prepared on the pool's physical connection,
 * so the pool neither closes nor tracks them; they end with their connection (SQLite finalises
 * a closed connection's statements, and a closed statement is prepared again). A connection is
 * used by one thread at a time, so its statements are too.
 */
final class Statements {

    /** Statement work that may fail with SQL errors. */
    interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Prepares and closes every statement (PostgreSQL's driver keeps its own server-side statements). */
    static final Statements UNCACHED = new Statements(false);

    private final boolean cached;
    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new HashMap<>();

    private Statements(boolean cached) {
        this.cached = cached;
    }

    /** @return statements kept per connection */
    static Statements cachedPerConnection() {
        return new Statements(true);
    }

    /** Runs {@code work} with the statement of {@code sql} on {@code connection}. */
    <T> T run(Connection connection, String sql, Work<T> work) throws SQLException {
        if (!cached) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            }
        }
        PreparedStatement statement = kept(connection.unwrap(Connection.class), sql);
        try {
            return work.run(statement);
        } finally {
            statement.clearParameters();
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private PreparedStatement kept(Connection physical, String sql) throws SQLException {
        Map<String, PreparedStatement> statements;
        synchronized (byConnection) {
            statements = byConnection.get(physical);
            if (statements == null) {
                // A new connection: the pool retired others (their statements hold them, so drop them here).
                byConnection.keySet().removeIf(Statements::isClosed);
                statements = new HashMap<>();
                byConnection.put(physical, statements);
            }
        }
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }
}
