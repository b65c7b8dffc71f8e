package org.physiobench.model.api;

import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

/**
 * The ids of clinical records: random UUID strings, assigned once, never reused, so the
 * store, the audit trail and cross-references can name a record for its whole life.
 */
public final class ClinicalIds {

    private ClinicalIds() {
    }

    /** @return a new random id */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** @return whether {@code id} is a UUID string in canonical form */
    public static boolean isWellFormed(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Gives every record in the tree of {@code root} (root included) that has no id yet a new one;
     * existing ids are never changed.
     *
     * @return how many ids were assigned
     */
    public static int assignMissing(EObject root) {
        int assigned = assignIfMissing(root);
        for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            assigned += assignIfMissing(contents.next());
        }
        return assigned;
    }

    private static int assignIfMissing(EObject object) {
        if (object instanceof Identifiable record && (record.getId() == null || record.getId().isBlank())) {
            record.setId(newId());
            return 1;
        }
        return 0;
    }
}
