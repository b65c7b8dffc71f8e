package org.physiobench.store.api;

import java.util.List;

/**
 * Result of verifying a store or a backup file: schema version, every document readable,
 * audit chain intact.
 *
 * @param schemaVersion the id of the last schema change applied (Liquibase changeset)
 * @param recordsChecked how many patient documents were parsed
 * @param audit the audit chain check
 * @param problems one line per problem found (empty when everything is fine)
 */
public record VerificationReport(String schemaVersion, long recordsChecked, AuditVerification audit,
        List<String> problems) {

    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        if (isClean()) {
            return "clean: schema " + schemaVersion + ", " + recordsChecked + " records, " + audit;
        }
        return problems.size() + " problem(s): " + String.join("; ", problems);
    }
}
