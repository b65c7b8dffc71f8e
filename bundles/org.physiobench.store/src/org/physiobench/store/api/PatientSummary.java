package org.physiobench.store.api;

import java.time.Instant;

/**
 * One row of the patient list, read from indexed columns only (so a corrupt document never
 * hides a patient from the list).
 *
 * @param id the record id
 * @param version the current version (pass it to the next save)
 * @param index the indexed columns
 * @param archived whether the record is archived
 * @param updatedAt when the record was last written
 * @param updatedBy who wrote it last
 */
public record PatientSummary(String id, long version, PatientIndex index, boolean archived, Instant updatedAt,
        String updatedBy) {
}
