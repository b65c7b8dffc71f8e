package org.physiobench.store.internal;

/**
 * The few places where SQLite and PostgreSQL need different SQL. Everything else (schema,
 * queries, values) is shared, so both stores behave the same.
 */
enum Dialect {
    /**
     * Write transactions start with BEGIN IMMEDIATE (configured on the connection), so a
     * transaction that reads the audit head holds the database's write lock already.
     */
    SQLITE(""),
    /** Row lock on the audit head serialises concurrent appenders across connections. */
    POSTGRESQL(" FOR UPDATE");

    private final String lockClause;

    Dialect(String lockClause) {
        this.lockClause = lockClause;
    }

    /** @return the clause that locks a row read inside a write transaction */
    String lockClause() {
        return lockClause;
    }
}
