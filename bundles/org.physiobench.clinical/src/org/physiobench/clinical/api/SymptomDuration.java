package org.physiobench.clinical.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How long a patient's symptoms have lasted, and what that is known from. The clinical reference
 * ("Guidance for plan suggestions") counts acuity from the onset date, else from the duration
 * class the therapist recorded, never from the start of the episode of care:
 * <ul>
 * <li>{@link Basis#ONSET_DATE}: {@code days} is exact, the whole days from the onset to today;</li>
 * <li>{@link Basis#DURATION_CLASS}: the therapist recorded acute, subacute or chronic on some date
 * and no onset date; {@code days} is the fewest days that class means
 * ({@link Acuity#minimumDays()}) plus the days since it was recorded. A class recorded acute 50
 * days ago is therefore at least subacute today. The exact duration is unknown, so a rule that
 * needs it (manipulation: under 16 days) does not hold;</li>
 * <li>{@link Basis#NOT_RECORDED}: neither was recorded; there is no acuity.</li>
 * </ul>
 *
 * @param basis what the duration is known from
 * @param days exact days ({@link Basis#ONSET_DATE}), the fewest days
 *        ({@link Basis#DURATION_CLASS}), or 0 ({@link Basis#NOT_RECORDED})
 */
public record SymptomDuration(Basis basis, int days) {

    /** What a symptom duration is known from. */
    public enum Basis {
        ONSET_DATE, DURATION_CLASS, NOT_RECORDED
    }

    private static final SymptomDuration NOT_RECORDED = new SymptomDuration(Basis.NOT_RECORDED, 0);

    public SymptomDuration {
        Objects.requireNonNull(basis, "basis");
        if (days < 0) {
            throw new IllegalArgumentException("symptom duration must not be negative: " + days + " days");
        }
        if (basis == Basis.NOT_RECORDED && days != 0) {
            throw new IllegalArgumentException("a duration that was not recorded has no days: " + days);
        }
    }

    /**
     * @param onset the day the pain began
     * @param today the day the duration is wanted for
     * @throws IllegalArgumentException if the onset is after {@code today}
     */
    public static SymptomDuration sinceOnset(LocalDate onset, LocalDate today) {
        long days = ChronoUnit.DAYS.between(Objects.requireNonNull(onset, "onset"), Objects.requireNonNull(today, "today"));
        if (days < 0) {
            throw new IllegalArgumentException("the onset " + onset + " is after " + today);
        }
        return new SymptomDuration(Basis.ONSET_DATE, Math.toIntExact(days));
    }

    /** @return exact days, e.g. from an onset date computed elsewhere */
    public static SymptomDuration ofDays(int days) {
        return new SymptomDuration(Basis.ONSET_DATE, days);
    }

    /**
     * @param recorded the duration class the therapist recorded
     * @param recordedOn the day it was recorded (the assessment's date)
     * @param today the day the duration is wanted for; a day before {@code recordedOn} counts as
     *        that day
     */
    public static SymptomDuration fromDurationClass(Acuity recorded, LocalDate recordedOn, LocalDate today) {
        Objects.requireNonNull(recorded, "recorded");
        long since = Math.max(0, ChronoUnit.DAYS.between(Objects.requireNonNull(recordedOn, "recordedOn"),
                Objects.requireNonNull(today, "today")));
        return new SymptomDuration(Basis.DURATION_CLASS, Math.toIntExact(recorded.minimumDays() + since));
    }

    /** @return neither an onset date nor a duration class was recorded */
    public static SymptomDuration notRecorded() {
        return NOT_RECORDED;
    }

    /** @return the acuity ({@link Acuity#ofSymptomDurationDays(int)}); empty when not recorded */
    public Optional<Acuity> acuity() {
        return basis == Basis.NOT_RECORDED ? Optional.empty() : Optional.of(Acuity.ofSymptomDurationDays(days));
    }

    /** @return the exact days since onset, when an onset date gives them */
    public OptionalInt exactDays() {
        return basis == Basis.ONSET_DATE ? OptionalInt.of(days) : OptionalInt.empty();
    }

    /** @return the duration as a therapist reads it, e.g. "20 days since onset" */
    public String describe() {
        return switch (basis) {
            case ONSET_DATE -> days + (days == 1 ? " day" : " days") + " since onset";
            case DURATION_CLASS -> "at least " + days + " days (from the recorded duration class; no onset date)";
            case NOT_RECORDED -> "duration not recorded (no onset date, no duration class)";
        };
    }
}
