package org.physiobench.store.api;

import org.physiobench.model.api.Patient;

/**
 * A patient aggregate as loaded from the store, with the version the next save must name.
 *
 * @param id the record id
 * @param version the version loaded
 * @param archived whether the record is archived
 * @param patient the patient aggregate (a fresh copy; the caller owns it)
 */
public record StoredPatient(String id, long version, boolean archived, Patient patient) {
}
