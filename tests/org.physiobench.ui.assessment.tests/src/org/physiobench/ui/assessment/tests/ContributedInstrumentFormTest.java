package org.physiobench.ui.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.AnswerOption;
import org.physiobench.clinical.api.Band;
import org.physiobench.clinical.api.Direction;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.clinical.api.InvalidAnswersException;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.clinical.api.Scoring;
import org.physiobench.clinical.api.ScoringMethod;
import org.physiobench.clinical.api.Subscale;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * An instrument the form has never heard of (as a third-party plug-in would contribute) gets a
 * form from its item descriptors: a wide scale as a number field, named values as a combo, a
 * few values as radio buttons; its own scorer's result is shown and stored.
 */
class ContributedInstrumentFormTest {

    private FormFixture fixture;

    @BeforeEach
    void open() {
        Patient patient = ClinicalRecords.newPatient("Third", "Party", LocalDate.of(1985, 1, 1));
        Assessment assessment = ClinicalRecords.newAssessment(ClinicalRecords.newEpisode(patient, "LBP", LocalDate.of(2026, 3, 2)),
                AssessmentKind.INITIAL, LocalDate.of(2026, 3, 2), "t");
        fixture = new FormFixture(patient, assessment, registryWith(new WalkingScale()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void itsItemsGetControlsByTheirDescriptorsAndItsScoreIsStored() {
        fixture.page.addInstrument("walk");
        assertTrue(fixture.page.control(AssessmentWidgetIds.item("walk", 1), Control.class) instanceof Text);
        Combo named = fixture.page.control(AssessmentWidgetIds.item("walk", 2), Combo.class);
        assertEquals("9 nine", named.getItem(named.getItemCount() - 1));
        assertEquals(4, fixture.page.control(AssessmentWidgetIds.item("walk", 3), Composite.class).getChildren().length,
                "three values and skip as radio buttons");

        fixture.page.answer("walk", 1, 15).answer("walk", 2, 9).answer("walk", 3, 2);
        assertEquals("26", fixture.page.score("walk"));
        assertEquals("Far", fixture.page.band("walk"));
        assertEquals(Optional.of(26.0), ClinicalRecords.score(fixture.assessment.getAdministrations().get(0), "total"));

        fixture.page.answer("walk", 1, 21);
        assertEquals("26", fixture.page.score("walk"), "21 is outside the item's 0-20 and not recorded");
    }

    private static InstrumentRegistry registryWith(Instrument contributed) {
        List<Instrument> all = new ArrayList<>(Instruments.registry().instruments());
        all.add(contributed);
        return new InstrumentRegistry() {
            @Override
            public List<Instrument> instruments() {
                return all;
            }

            @Override
            public Optional<Instrument> find(String id) {
                return all.stream().filter(instrument -> instrument.id().equals(id)).findFirst();
            }
        };
    }

    /** A made-up instrument: the sum of three items, banded near / far. */
    private static final class WalkingScale implements Instrument {

        private final List<InstrumentItem> items = List.of(
                new InstrumentItem(1, "Minutes walked", null, 0, 20, false, List.of()),
                new InstrumentItem(2, "Named grade", null, 0, 9, false,
                        IntStream.rangeClosed(0, 9).mapToObj(v -> new AnswerOption(v, List.of("zero", "one", "two", "three",
                                "four", "five", "six", "seven", "eight", "nine").get(v))).toList()),
                new InstrumentItem(3, "Stairs", null, 0, 2, false, List.of()));

        @Override
        public String id() {
            return "walk";
        }

        @Override
        public String name() {
            return "Walking scale";
        }

        @Override
        public String version() {
            return "";
        }

        @Override
        public List<InstrumentItem> items() {
            return items;
        }

        @Override
        public Direction direction() {
            return Direction.INCREASE;
        }

        @Override
        public Scoring scoring() {
            return new Scoring(ScoringMethod.SUM, 0, 0, null);
        }

        @Override
        public List<Subscale> subscales() {
            return List.of();
        }

        @Override
        public List<Band> bands() {
            return List.of(new Band("near", "Near", BigDecimal.TEN, null), new Band("far", "Far", BigDecimal.valueOf(31), null));
        }

        @Override
        public List<Mcid> mcids() {
            return List.of();
        }

        @Override
        public String licence() {
            return "test";
        }

        @Override
        public String source() {
            return "test";
        }

        @Override
        public String contributor() {
            return "org.physiobench.ui.assessment.tests";
        }

        @Override
        public Optional<Mcid> mcid(String subscale) {
            return Optional.empty();
        }

        @Override
        public ScoreResult score(List<Integer> answers) {
            if (answers.size() != items.size()) {
                throw new InvalidAnswersException("walk: 3 answers expected");
            }
            if (answers.stream().anyMatch(Objects::isNull)) {
                return ScoreResult.invalid(id(), "every item must be answered");
            }
            BigDecimal sum = BigDecimal.valueOf(answers.stream().mapToInt(Integer::intValue).sum());
            return ScoreResult.valid(id(), sum, sum.compareTo(BigDecimal.TEN) <= 0 ? "near" : "far", Map.of(), Map.of());
        }
    }
}
