package org.physiobench.store.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.physiobench.store.api.PatientIndex;

/**
 * The index columns this store last wrote or read for recently used records, by version: a
 * hint that spares a save reading them back before its UPDATE. It is never trusted alone: the
 * UPDATE requires the record to hold exactly these values ({@link PatientRows#update}), so a
 * stale hint (another process wrote, a transaction rolled back) only costs the read it would
 * have spared.
 */
final class KnownIndexes {

    /** Records an editor keeps open at once are few; this bounds the memory, not the result. */
    private static final int CAPACITY = 256;

    private record Known(long version, PatientIndex index) {
    }

    private final Map<String, Known> known = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void remember(String id, long version, PatientIndex index) {
        known.put(id, new Known(version, index));
    }

    /** @return the index columns of record {@code id} at {@code version}, or {@code null} if not known */
    synchronized PatientIndex at(String id, long version) {
        Known entry = known.get(id);
        return entry != null && entry.version() == version ? entry.index() : null;
    }
}
