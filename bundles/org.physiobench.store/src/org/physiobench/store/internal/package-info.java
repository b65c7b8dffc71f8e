/**
 * Implementation of the clinical record store: JDBC access shared by SQLite and PostgreSQL,
 * Liquibase migration, the JSON codec of the EMF aggregates, the audit hash chain and the
 * backup file format. Not API: visible only to the store's tests and the demo generator.
 */
package org.physiobench.store.internal;
