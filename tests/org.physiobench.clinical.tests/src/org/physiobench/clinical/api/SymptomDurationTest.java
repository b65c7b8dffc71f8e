package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one acuity definition: from the onset date, else from the recorded duration class. */
class SymptomDurationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @ParameterizedTest(name = "onset {0} -> {1} days, {2}")
    @CsvSource({ "2026-11-26, 0, ACUTE", "2026-11-11, 15, ACUTE", "2026-11-10, 16, ACUTE", "2026-10-16, 41, ACUTE",
            "2026-10-15, 42, SUBACUTE", "2026-09-03, 84, SUBACUTE", "2026-09-02, 85, CHRONIC",
            "2023-11-26, 1096, CHRONIC" })
    void fromTheOnsetDate(LocalDate onset, int days, Acuity acuity) {
        SymptomDuration duration = SymptomDuration.sinceOnset(onset, TODAY);
        assertEquals(OptionalInt.of(days), duration.exactDays());
        assertEquals(Optional.of(acuity), duration.acuity());
    }

    @ParameterizedTest(name = "{0} recorded {1} days ago -> at least {2} days, {3}")
    @CsvSource({ "ACUTE, 0, 0, ACUTE", "ACUTE, 41, 41, ACUTE", "ACUTE, 42, 42, SUBACUTE",
            "SUBACUTE, 0, 42, SUBACUTE", "SUBACUTE, 42, 84, SUBACUTE", "SUBACUTE, 43, 85, CHRONIC",
            "CHRONIC, 0, 85, CHRONIC" })
    void fromTheDurationClassAgedSinceItWasRecorded(Acuity recorded, int daysAgo, int atLeast, Acuity acuity) {
        SymptomDuration duration = SymptomDuration.fromDurationClass(recorded, TODAY.minusDays(daysAgo), TODAY);
        assertEquals(atLeast, duration.days());
        assertEquals(OptionalInt.empty(), duration.exactDays(), "a class gives no exact duration");
        assertEquals(Optional.of(acuity), duration.acuity());
    }

    @Test
    void notRecordedHasNoAcuity() {
        assertEquals(Optional.empty(), SymptomDuration.notRecorded().acuity());
        assertTrue(SymptomDuration.notRecorded().describe().contains("not recorded"));
    }

    @Test
    void badInputIsRejectedWithAClearError() {
        IllegalArgumentException future = assertThrows(IllegalArgumentException.class,
                () -> SymptomDuration.sinceOnset(TODAY.plusDays(1), TODAY));
        assertTrue(future.getMessage().contains("after"), future.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SymptomDuration.ofDays(-1));
        assertThrows(IllegalArgumentException.class, () -> Acuity.ofSymptomDurationDays(-1));
    }

    @Test
    void acuityIdsAreTheDurationClassLiterals() {
        assertEquals(Optional.of(Acuity.SUBACUTE), Acuity.fromId("subacute"));
        assertEquals(Optional.empty(), Acuity.fromId("long"));
        assertEquals(85, Acuity.CHRONIC.minimumDays());
    }

    @Test
    void patientTextsFitTheAcuity() {
        assertTrue(PatientEducation.painNeuroscience(Optional.of(Acuity.CHRONIC)).contains("long-lasting"));
        for (Optional<Acuity> notChronic : java.util.List.of(Optional.of(Acuity.ACUTE), Optional.of(Acuity.SUBACUTE),
                Optional.<Acuity>empty())) {
            assertTrue(!PatientEducation.painNeuroscience(notChronic).contains("long-lasting"), notChronic.toString());
            assertTrue(!PatientEducation.selfManagement(notChronic).contains("long-lasting"), notChronic.toString());
        }
    }
}
