package org.physiobench.store.api;

import java.time.LocalDate;

import org.physiobench.core.api.TriageLevel;

/**
 * Which patients a list shows. Immutable; start from {@link #all()} and narrow it down with
 * the {@code with...} methods. Every criterion runs on an indexed column.
 *
 * @param nameContains case-insensitive part of the family or given name, or {@code null}
 * @param birthDate exact date of birth, or {@code null}
 * @param episodeStatus exact episode status, or {@code null}
 * @param riskGroup exact STarT Back risk group, or {@code null}
 * @param minimumLevel only patients whose red-flag triage level is at least this one, or {@code null}
 *            for every level
 * @param reviewDueBy only patients whose re-assessment is due on or before this date, or {@code null}
 * @param includeArchived also archived patients
 * @param order sort order
 * @param offset rows to skip (paging)
 * @param limit maximum rows, or 0 for no limit
 */
public record PatientQuery(String nameContains, LocalDate birthDate, String episodeStatus, String riskGroup,
        TriageLevel minimumLevel, LocalDate reviewDueBy, boolean includeArchived, Order order, int offset, int limit) {

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
        /** Most urgent red-flag triage level first (emergency, urgent, non-urgent, risk factor, none), then name. */
        RED_FLAG_FIRST,
        /** Earliest re-assessment due date first, then name; patients without a due date last. */
        REVIEW_DUE
    }

    public PatientQuery {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        order = order == null ? Order.NAME : order;
    }

    /** @return every patient that is not archived, sorted by name */
    public static PatientQuery all() {
        return new PatientQuery(null, null, null, null, null, null, false, Order.NAME, 0, 0);
    }

    public PatientQuery withNameContains(String text) {
        return new PatientQuery(text, birthDate, episodeStatus, riskGroup, minimumLevel, reviewDueBy, includeArchived,
                order, offset, limit);
    }

    public PatientQuery withBirthDate(LocalDate date) {
        return new PatientQuery(nameContains, date, episodeStatus, riskGroup, minimumLevel, reviewDueBy,
                includeArchived, order, offset, limit);
    }

    public PatientQuery withEpisodeStatus(String status) {
        return new PatientQuery(nameContains, birthDate, status, riskGroup, minimumLevel, reviewDueBy, includeArchived,
                order, offset, limit);
    }

    public PatientQuery withRiskGroup(String group) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, group, minimumLevel, reviewDueBy,
                includeArchived, order, offset, limit);
    }

    /** @param level the lowest triage level listed, or {@code null} for every level */
    public PatientQuery withMinimumLevel(TriageLevel level) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, level, reviewDueBy, includeArchived,
                order, offset, limit);
    }

    /**
     * @param only whether to list only patients with a red flag: a triage level of
     *            {@link TriageLevel#NON_URGENT} or above (a risk factor alone is not a red flag)
     */
    public PatientQuery withRedFlagOnly(boolean only) {
        return withMinimumLevel(only ? TriageLevel.NON_URGENT : null);
    }

    /** @return whether only patients with a red flag (non-urgent or above) are listed */
    public boolean redFlagOnly() {
        return minimumLevel != null && minimumLevel.suspectsPathology();
    }

    /** @param date list only patients whose re-assessment is due on or before this date, or {@code null} */
    public PatientQuery withReviewDueBy(LocalDate date) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, minimumLevel, date, includeArchived,
                order, offset, limit);
    }

    public PatientQuery withArchived(boolean include) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, minimumLevel, reviewDueBy, include,
                order, offset, limit);
    }

    public PatientQuery withOrder(Order newOrder) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, minimumLevel, reviewDueBy,
                includeArchived, newOrder, offset, limit);
    }

    public PatientQuery withPage(int newOffset, int newLimit) {
        return new PatientQuery(nameContains, birthDate, episodeStatus, riskGroup, minimumLevel, reviewDueBy,
                includeArchived, order, newOffset, newLimit);
    }
}
