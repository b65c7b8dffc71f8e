package org.physiobench.store.api;

import java.time.LocalDate;

import org.physiobench.core.api.TriageLevel;

/**
 * The indexed columns of a patient record: what the patient list shows, sorts and filters on
 * without parsing any document. Derived from the patient aggregate on every save.
 *
 * @param familyName family name (may be empty, never {@code null})
 * @param givenName given name(s) (may be empty, never {@code null})
 * @param birthDate date of birth, or {@code null} when unknown
 * @param episodeStatus status of the current episode of care (e.g. "active", "discharged"),
 *            or {@code null} without an episode
 * @param lastVisit date of the last session or assessment, or {@code null}
 * @param latestOdi the latest Oswestry Disability Index score (0-100 %), or {@code null}
 * @param latestNprs the latest pain intensity on the 0-10 numeric rating scale, or {@code null}
 * @param riskGroup the latest STarT Back risk group ("low", "medium", "high"), or {@code null}
 * @param triageLevel the patient's red-flag status ({@code org.physiobench.plan.api.RedFlagStatus}:
 *            every active finding of every episode, cleared only by a later "no" or a medical
 *            review), the same level the patient editor's banner shows; never {@code null}
 * @param reviewDue the re-assessment due date: the earliest review date of the current revision
 *            of the patient's plans in force, or {@code null} when none is set
 */
public record PatientIndex(String familyName, String givenName, LocalDate birthDate, String episodeStatus,
        LocalDate lastVisit, Integer latestOdi, Integer latestNprs, String riskGroup, TriageLevel triageLevel,
        LocalDate reviewDue) {

    public PatientIndex {
        familyName = familyName == null ? "" : familyName;
        givenName = givenName == null ? "" : givenName;
        triageLevel = triageLevel == null ? TriageLevel.NONE : triageLevel;
    }

    /**
     * @return whether the patient has a red flag: a finding at {@link TriageLevel#NON_URGENT} or
     *         above (a risk factor alone, such as age, is not a red flag)
     */
    public boolean redFlag() {
        return triageLevel.suspectsPathology();
    }

    /** @return "Family, Given" as the patient list shows it */
    public String displayName() {
        if (givenName.isEmpty()) {
            return familyName;
        }
        return familyName.isEmpty() ? givenName : familyName + ", " + givenName;
    }
}
