/**
 * The clinical record store: the one API through which PhysioBench reads and writes patient
 * records, whatever database holds them.
 *
 * <p>Open a store with {@link org.physiobench.store.api.ClinicalStores#open(StoreSettings)}:
 * an embedded SQLite file in the therapist's data folder by default, or a PostgreSQL database
 * shared by a clinic. Both have the same schema, created and migrated by Liquibase from the
 * changelog inside this bundle.
 *
 * <p>Guarantees the callers rely on:
 * <ul>
 * <li>Every patient aggregate is one JSON document plus indexed columns for fast lists.</li>
 * <li>Saves are optimistic: a save based on a stale version is refused with a
 * {@link org.physiobench.store.api.StoreConflictException}; nothing is silently
 * overwritten.</li>
 * <li>Every create, view, update, archive, delete, export and restore is appended to a
 * hash-chained audit trail in the same transaction as the change.</li>
 * <li>A record that cannot be read gives a {@link org.physiobench.store.api.CorruptRecordException}
 * for that record only; lists and other records keep working.</li>
 * </ul>
 * Headless: no SWT, no UI.
 */
package org.physiobench.store.api;
