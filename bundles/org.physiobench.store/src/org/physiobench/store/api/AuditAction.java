package org.physiobench.store.api;

/** What was done to a record; one audit entry per action. */
public enum AuditAction {
    CREATE, VIEW, UPDATE, ARCHIVE, DELETE, EXPORT, RESTORE;

    /** @return the lower-case name stored in the audit trail */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown id */
    public static AuditAction fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
