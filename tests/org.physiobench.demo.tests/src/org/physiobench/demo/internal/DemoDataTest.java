package org.physiobench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiobench.clinical.api.Acuity;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.demo.api.DemoData;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.ClinicalValidation;
import org.physiobench.model.api.DurationClass;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.model.api.Session;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreSettings;

class DemoDataTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesTheSamePatientsAndAnotherSeedOthers() {
        List<Patient> first = new DemoData(42).patients(20);
        List<Patient> again = new DemoData(42).patients(20);
        List<Patient> other = new DemoData(43).patients(20);
        for (int i = 0; i < first.size(); i++) {
            assertTrue(EcoreUtil.equals(first.get(i), again.get(i)), "patient " + i);
        }
        assertFalse(EcoreUtil.equals(first.get(0), other.get(0)));
        assertTrue(EcoreUtil.equals(new DemoData(42).patient(17), first.get(17)), "patient n alone equals patient n of a run");
    }

    @Test
    void patientsAreValidWithWellFormedUniqueIds() {
        Set<String> ids = new HashSet<>();
        for (Patient patient : new DemoData(7).patients(200)) {
            List<Diagnostic> problems = ClinicalValidation.problems(patient).stream()
                    .filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
            assertTrue(problems.isEmpty(), patient.getFamilyName() + ": " + problems);
            assertTrue(ClinicalIds.isWellFormed(patient.getId()));
            assertTrue(ids.add(patient.getId()), "unique id");
        }
    }

    @Test
    void coursesImproveForSomeAndNotForOthers() {
        int improved = 0;
        int notImproved = 0;
        int revised = 0;
        for (Patient patient : new DemoData(11).patients(300)) {
            for (EpisodeOfCare episode : patient.getEpisodes()) {
                List<InstrumentAdministration> odi = ClinicalRecords.administrations(episode, "odi");
                assertFalse(odi.isEmpty(), "every episode starts with an ODI");
                assertFalse(episode.getAssessments().get(0).getRedFlagScreening().getAnswers().isEmpty());
                double change = total(odi.get(0)) - total(odi.get(odi.size() - 1));
                if (odi.size() > 1 && change >= 10) {
                    improved++;
                } else if (odi.size() > 2 && change < 5) {
                    notImproved++;
                }
                revised += episode.getPlans().get(0).getRevisions().size() > 1 ? 1 : 0;
                for (Session session : episode.getSessions()) {
                    assertTrue(session.getPainAfter() <= session.getPainBefore(), "pain after <= before");
                    assertEquals(session.getInterventions().size(), session.getInterventions().stream()
                            .map(i -> i.getPlanned()).filter(Objects::nonNull).count(), "delivered as planned");
                }
            }
        }
        assertTrue(improved > 50, "improving courses: " + improved);
        assertTrue(notImproved > 20, "non-improving courses: " + notImproved);
        assertTrue(revised > 20, "plans revised at review: " + revised);
    }

    @Test
    void theRecordedDurationClassIsTheAcuityOfTheOnsetAtTheFirstVisit() {
        Set<Acuity> seen = EnumSet.noneOf(Acuity.class);
        for (Patient patient : new DemoData(5).patients(300)) {
            for (EpisodeOfCare episode : patient.getEpisodes()) {
                Assessment initial = episode.getAssessments().get(0);
                PainDescription pain = initial.getPain();
                assertEquals(episode.getOnsetDate(), pain.getOnsetDate());
                long days = ChronoUnit.DAYS.between(pain.getOnsetDate(), initial.getDate());
                Acuity acuity = Acuity.ofSymptomDurationDays((int) days);
                assertEquals(acuity.id(), pain.getDurationClass().getLiteral(), days + " days");
                seen.add(acuity);
            }
        }
        assertEquals(EnumSet.allOf(Acuity.class), seen, "acute, subacute and chronic episodes");
    }

    @Test
    void theDurationClassAtTheBoundariesFollowsAcuity() {
        // 84 days is still subacute, 85 chronic; 41 acute, 42 subacute (clinical reference)
        assertEquals("subacute", DurationClass.get(Acuity.ofSymptomDurationDays(84).id()).getLiteral());
        assertEquals("chronic", DurationClass.get(Acuity.ofSymptomDurationDays(85).id()).getLiteral());
        assertEquals("acute", DurationClass.get(Acuity.ofSymptomDurationDays(41).id()).getLiteral());
        assertEquals("subacute", DurationClass.get(Acuity.ofSymptomDurationDays(42).id()).getLiteral());
    }

    @Test
    void redFlagAnswersUseTheScreeningQuestionsAnswerKeys() {
        int yes = 0;
        for (Patient patient : new DemoData(9).patients(400)) {
            for (EpisodeOfCare episode : patient.getEpisodes()) {
                for (RedFlagAnswer answer : episode.getAssessments().get(0).getRedFlagScreening().getAnswers()) {
                    RedFlagQuestion question = RedFlagQuestion.fromId(answer.getQuestionId())
                            .orElseThrow(() -> new AssertionError("unknown answer key " + answer.getQuestionId()));
                    assertEquals(question.category().orElseThrow(), answer.getCategory(), answer.getQuestionId());
                    yes += answer.getAnswer() == ScreeningAnswer.YES ? 1 : 0;
                }
            }
        }
        assertTrue(yes > 0, "some demo patients screen positive");
    }

    @Test
    void scoresFollowFromTheAnswers() {
        for (Patient patient : new DemoData(3).patients(100)) {
            for (InstrumentAdministration odi : ClinicalRecords.administrations(patient, "odi")) {
                List<Integer> values = odi.getAnswers().stream().map(ItemAnswer::getValue).filter(Objects::nonNull)
                        .toList();
                double expected = Math.round(values.stream().mapToInt(Integer::intValue).sum() * 1000.0
                        / (5.0 * values.size())) / 10.0;
                assertEquals(expected, total(odi), 0.051, "ODI = sum / (5 x answered) x 100");
            }
            for (InstrumentAdministration startBack : ClinicalRecords.administrations(patient, "startback")) {
                int[] item = startBack.getAnswers().stream().mapToInt(ItemAnswer::getValue).toArray();
                int item9 = item[8] >= 3 ? 1 : 0;
                int total = item[0] + item[1] + item[2] + item[3] + item[4] + item[5] + item[6] + item[7] + item9;
                int psychosocial = item[4] + item[5] + item[6] + item[7] + item9;
                assertEquals(total, total(startBack), 0);
                assertEquals(psychosocial, ClinicalRecords.score(startBack, "psychosocial").orElseThrow(), 0);
                String group = total <= 3 ? "low" : psychosocial >= 4 ? "high" : "medium";
                assertEquals(group, startBack.getScores().get(0).getInterpretation());
            }
        }
    }

    @Test
    void populatesAStoreWhoseListShowsTheCourses() throws Exception {
        Path file = temp.resolve("demo.db");
        try (ClinicalStore store = ClinicalStores.open(new StoreSettings.Sqlite(file))) {
            DemoData.Result result = new DemoData(5).populate(store, 2500, written -> { });
            assertEquals(2500, result.patients());
            List<PatientSummary> all = store.listPatients(PatientQuery.all());
            assertEquals(2500, all.size());
            assertTrue(all.stream().anyMatch(s -> s.index().redFlag()), "some red flags");
            assertTrue(all.stream().anyMatch(s -> "high".equals(s.index().riskGroup())), "some high-risk patients");
            assertTrue(all.stream().anyMatch(s -> "active".equals(s.index().episodeStatus())), "some active");
            assertTrue(all.stream().anyMatch(s -> "finished".equals(s.index().episodeStatus())), "some finished");
            assertTrue(store.verify().isClean());
            System.out.printf("Demo data: 2500 patients into SQLite in %d ms, file %d KB%n",
                    result.duration().toMillis(), Files.size(file) / 1024);
        }
    }

    private static double total(InstrumentAdministration administration) {
        return ClinicalRecords.score(administration, "total").orElseThrow();
    }
}
