package org.physiobench.store.api;

import java.time.LocalDate;

/**
 * Which patients a list shows. Immutable; start from {@link #all()} and narrow it down with
 * the {@code with...} methods. Every criterion runs on an indexed column.
 *
 * @param nameContains case-insensitive part of the family or given name, or {@code null}
 * @param birthDate exact date of birth, or {@code null}
 * @param episodeStatus exact episode status, or {@code null}
 * @param riskGroup exact STarT Back risk group, or {@code null}
 * @param redFlagOnly only patients with a positive red-flag answer
 * @param includeArchived also archived patients
 * @param order sort order
 * @param offset rows to skip (paging)
 * @param limit maximum rows, or 0 for no limit
 */
public record PatientQuery(String nameContains, LocalDate birthDate, String episodeStatus, String riskGroup,
        boolean redFlagOnly, boolean includeArchived, Order order, int offset, int limit) {

    /** Sort orders of the patient list. */
    public enum Order {
        /** Family name, then given name, then id. */
        NAME,
        /** Most recent visit first; patients without a visit last. */
        LAST_VISIT_DESC,
        /** Date of birth, oldest first. */
        BIRTH_DATE,
        /** Latest ODI, most disabled first; patients without an ODI last. */
        LATEST_ODI_DESC,
        /** Latest NPRS, most pain first; patients without a rating last. */
        LATEST_NPRS_DESC,
        /** Episode status alphabetically, then name; patients without an episode last. */
        EPISODE_STATUS,
        /** STarT Back risk group high, medium, low, then name; patients without a group last. */
        RISK_GROUP_DESC,
        /** Patients with a positive red-flag answer first, then name. */
        RED_FLAG_FIRST
    }

    public PatientQuery {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        order = order == null ? Order.NAME : order;
    }

    /** @return every patient that is not archived, sorted by name */
    public static PatientQuery all() {
        return new PatientQuery(null, null, null, null, false, false, Order.NAME, 0, 0);
    }

    public PatientQuery withNameContains(String text) {
        return new PatientQuery(text, birthDate, episodeStatus, riskGroup, redFlagOnly, includeArchived, order, offset,
                limit);
    }

    public PatientQuery withBirthDate(LocalDate date) {
        return new PatientQuery(nameContains, date, episodeStatus, riskGroup, redFlagOnly, includeArchived, order,
                offset, limit);
    }

    public PatientQuery withEpisodeStatus(String status) {
        return new PatientQuery(nameContains, birthDate, status, riskGroup, redFlagOnly, includeArchived, order, offset,
                limit);
    }

    public PatientQuery withRiskGroup(String group) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, group, redFlagOnly, includeArchived, order,
                offset, limit);
    }

    public PatientQuery withRedFlagOnly(boolean only) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, only, includeArchived, order, offset,
                limit);
    }

    public PatientQuery withArchived(boolean include) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, redFlagOnly, include, order, offset,
                limit);
    }

    public PatientQuery withOrder(Order newOrder) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, redFlagOnly, includeArchived,
                newOrder, offset, limit);
    }

    public PatientQuery withPage(int newOffset, int newLimit) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, redFlagOnly, includeArchived, order,
                newOffset, newLimit);
    }
}
