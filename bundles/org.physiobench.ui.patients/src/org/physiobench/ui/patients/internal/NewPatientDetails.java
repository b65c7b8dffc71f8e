package org.physiobench.ui.patients.internal;

import java.time.LocalDate;
import java.util.Objects;

import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Sex;

/**
 * What the New Patient dialog asks for: enough to find the patient again and to start the
 * first episode of care; everything else is recorded in the patient's editor.
 *
 * @param givenName the given name(s)
 * @param familyName the family name
 * @param birthDate the date of birth
 * @param sex administrative sex
 * @param condition what the first episode of care is for, e.g. {@code Low back pain}
 * @param startDate when the episode starts (the first visit)
 */
public record NewPatientDetails(String givenName, String familyName, LocalDate birthDate, Sex sex, String condition,
        LocalDate startDate) {

    /** The condition PhysioBench is made for, proposed for the first episode. */
    public static final String DEFAULT_CONDITION = "Low back pain";

    public NewPatientDetails {
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(startDate, "startDate");
    }

    /** @return a new patient with these details and an active first episode of care */
    public Patient toPatient() {
        Patient patient = ClinicalRecords.newPatient(givenName, familyName, birthDate);
        patient.setSex(sex);
        ClinicalRecords.newEpisode(patient, condition, startDate);
        return patient;
    }
}
