package org.physiobench.store.api;

import java.nio.file.Path;
import java.util.List;

import org.physiobench.model.api.Patient;

/**
 * The clinical record store. Thread-safe; open one per process with
 * {@link ClinicalStores#open(StoreSettings)} and close it on shutdown.
 *
 * <p>Every method that changes or reveals a record takes the acting user ({@code actor}, the
 * therapist's user id) and appends an audit entry in the same transaction as the change.
 */
public interface ClinicalStore extends AutoCloseable {

    /** @return where this store's data lives */
    StoreSettings settings();

    /** @return the id of the newest schema change applied to this store */
    String schemaVersion() throws StoreException;

    /**
     * Lists patients from the indexed columns only: no document is parsed, so a corrupt record
     * still shows up in the list.
     */
    List<PatientSummary> listPatients(PatientQuery query) throws StoreException;

    /** @return how many patients {@link #listPatients(PatientQuery)} would return without paging */
    long countPatients(PatientQuery query) throws StoreException;

    /**
     * Loads one patient aggregate and audits the view.
     *
     * @throws RecordNotFoundException when there is no such record
     * @throws CorruptRecordException when the record exists but its document cannot be read
     */
    StoredPatient loadPatient(String id, String actor) throws StoreException;

    /**
     * Creates or updates a patient aggregate (its id comes from the aggregate).
     *
     * @param expectedVersion 0 to create a new record, otherwise the version the change is
     *            based on (from {@link StoredPatient#version()} or the last save)
     * @return the new version
     * @throws StoreConflictException when the record's version is not {@code expectedVersion}
     *             (changed or deleted by someone else, or created twice); nothing was written
     */
    long savePatient(Patient patient, long expectedVersion, String actor) throws StoreException;

    /**
     * Creates many new records in one transaction (import, demo data): all or nothing.
     *
     * @throws StoreConflictException when one of them exists already
     */
    void createPatients(List<? extends Patient> patients, String actor) throws StoreException;

    /**
     * Archives a record (hidden from default lists, kept with its history) or brings it back.
     *
     * @return the new version
     */
    long setArchived(String id, long expectedVersion, boolean archived, String actor) throws StoreException;

    /** Deletes a record for good. Its audit entries stay. */
    void deletePatient(String id, long expectedVersion, String actor) throws StoreException;

    /**
     * Audits that a record left the store in another form (a PDF report, a printed letter).
     *
     * @param detail what was exported and where to (no clinical content)
     */
    void recordExport(String id, String actor, String detail) throws StoreException;

    /** @return audit entries matching the query, oldest first */
    List<AuditEntry> auditTrail(AuditQuery query) throws StoreException;

    /** Checks the audit trail's hash chain and names the first bad entry. */
    AuditVerification verifyAuditTrail() throws StoreException;

    /**
     * Checks the whole store: schema version, every document parses as a patient, audit chain
     * intact. Problems are reported, nothing is changed.
     */
    VerificationReport verify() throws StoreException;

    /**
     * Writes every record and the whole audit trail to one backup file (a consistent
     * snapshot), then audits the export. An existing file is not overwritten.
     *
     * @return what the file contains
     */
    VerificationReport backup(Path file, String actor) throws StoreException;

    /**
     * Restores a backup file after checking its integrity (checksums, audit chain). The
     * restored audit trail is continued with a "restore" entry.
     *
     * @throws StoreException when the file is damaged or, with {@link RestoreMode#INTO_EMPTY},
     *             the store is not empty; the store is then unchanged
     */
    VerificationReport restore(Path file, RestoreMode mode, String actor) throws StoreException;

    /** Closes the connections. */
    @Override
    void close();
}
