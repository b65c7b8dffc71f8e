package org.physiobench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.model.api.ClinicalPackage.Literals;

/** The model's data types are written as ISO-8601 and the shared vocabulary's ids. */
class DataTypesTest {

    @Test
    void dateIsIsoLocalDate() {
        assertRoundTrip(Literals.DATE, LocalDate.of(2026, 2, 28), "2026-02-28");
    }

    @Test
    void timestampIsIsoInstantInUtc() {
        assertRoundTrip(Literals.TIMESTAMP, Instant.parse("2026-11-26T17:40:05.123Z"), "2026-11-26T17:40:05.123Z");
    }

    @ParameterizedTest
    @EnumSource(RedFlagCategory.class)
    void redFlagCategoryIsItsId(RedFlagCategory category) {
        assertRoundTrip(Literals.RED_FLAG_CATEGORY, category, category.id());
    }

    @ParameterizedTest
    @EnumSource(TreatmentComponent.class)
    void treatmentComponentIsItsId(TreatmentComponent component) {
        assertRoundTrip(Literals.TREATMENT_COMPONENT, component, component.id());
    }

    @Test
    void nullStaysNull() {
        assertNull(EcoreUtil.createFromString(Literals.DATE, null));
        assertNull(EcoreUtil.convertToString(Literals.TIMESTAMP, null));
    }

    @Test
    void unknownIdsAndBadDatesAreClearErrors() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> EcoreUtil.createFromString(Literals.TREATMENT_COMPONENT, "acupuncture"));
        assertTrue(unknown.getMessage().contains("Unknown treatment component id 'acupuncture'"), unknown.getMessage());
        assertThrows(RuntimeException.class, () -> EcoreUtil.createFromString(Literals.DATE, "28.02.2026"));
    }

    private static void assertRoundTrip(EDataType type, Object value, String literal) {
        assertEquals(literal, EcoreUtil.convertToString(type, value));
        assertEquals(value, EcoreUtil.createFromString(type, literal));
    }
}
