package org.physiobench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalConstraint;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.ClinicalValidation;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.SpinalMovement;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.model.testing.ClinicalExamples;

/**
 * Each clinical constraint, broken once on the valid example patient: exactly that problem is
 * reported, as an error on the right object and field, with a message a therapist can act on.
 */
class ValidationTest {

    @Test
    void painAboveTenIsReported() {
        Diagnostic problem = onlyProblem(patient -> session(patient).setPainBefore(12));
        assertProblem(problem, ClinicalConstraint.PAIN_OUT_OF_RANGE, Literals.SESSION__PAIN_BEFORE,
                "Session on 2026-03-09: Pain before is 12, but the numeric pain rating scale goes from 0 to 10.");
    }

    @Test
    void scaleEndsAreValidAndOneBeyondIsNot() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        session(patient).setPainBefore(10);
        session(patient).setPainAfter(0);
        session(patient).setHomeProgrammeAdherencePercent(100);
        initial(patient).getPain().setWorstIntensity(10);
        initial(patient).getPain().setBestIntensity(0);
        assertEquals(List.of(), ClinicalValidation.problems(patient));

        session(patient).setPainBefore(11);
        session(patient).setPainAfter(-1);
        session(patient).setHomeProgrammeAdherencePercent(101);
        assertEquals(List.of(ClinicalConstraint.PAIN_OUT_OF_RANGE, ClinicalConstraint.PAIN_OUT_OF_RANGE, ClinicalConstraint.ADHERENCE_OUT_OF_RANGE),
                ClinicalValidation.problems(patient).stream().map(problem -> ClinicalConstraint.of(problem).orElseThrow()).toList());
    }

    @Test
    void negativePainInTheAssessmentIsReported() {
        Diagnostic problem = onlyProblem(patient -> initial(patient).getPain().setCurrentIntensity(-1));
        assertProblem(problem, ClinicalConstraint.PAIN_OUT_OF_RANGE, Literals.PAIN_DESCRIPTION__CURRENT_INTENSITY,
                "Current intensity is -1");
        assertTrue(problem.getMessage().startsWith("Pain description of Initial assessment on 2026-03-02: "), problem.getMessage());
    }

    @Test
    void bestPainAboveWorstPainIsReported() {
        Diagnostic problem = onlyProblem(patient -> initial(patient).getPain().setBestIntensity(9));
        assertProblem(problem, ClinicalConstraint.PAIN_OUT_OF_RANGE, Literals.PAIN_DESCRIPTION__BEST_INTENSITY,
                "Best intensity 9 is above the worst intensity 8.");
    }

    @Test
    void itemAnswerOutsideAnyInstrumentRangeIsReported() {
        Diagnostic problem = onlyProblem(patient -> odi(patient).getAnswers().get(0).setValue(101));
        assertProblem(problem, ClinicalConstraint.ITEM_ANSWER_OUT_OF_RANGE, Literals.ITEM_ANSWER__VALUE,
                "Answer to item 'odi-1' of Administration of 'odi' on 2026-03-02: Value is 101");
    }

    @Test
    void unansweredItemsAreAllowed() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        odi(patient).getAnswers().forEach(answer -> answer.setValue(null));
        assertEquals(List.of(), ClinicalValidation.problems(patient));
    }

    @Test
    void itemAnsweredTwiceIsReported() {
        Diagnostic problem = onlyProblem(patient -> ClinicalRecords.answer(odi(patient), "odi-3", 2));
        assertProblem(problem, ClinicalConstraint.DUPLICATE_ITEM_ANSWER, Literals.INSTRUMENT_ADMINISTRATION__ANSWERS,
                "Item 'odi-3' is answered more than once.");
    }

    @Test
    void scoreThatIsNotANumberIsReported() {
        Diagnostic problem = onlyProblem(patient -> odi(patient).getScores().get(0).setValue(Double.NaN));
        assertProblem(problem, ClinicalConstraint.ADMINISTRATION_INCOMPLETE, Literals.SCORE__VALUE, "Value of score 'total' is NaN");
    }

    @Test
    void implausibleRangeOfMotionIsReported() {
        Diagnostic problem = onlyProblem(patient -> {
            RangeOfMotion extension = initial(patient).getExamination().getRangeOfMotion().get(1);
            assertEquals(SpinalMovement.EXTENSION, extension.getMovement());
            extension.setDegrees(95);
        });
        assertProblem(problem, ClinicalConstraint.ANGLE_IMPLAUSIBLE, Literals.RANGE_OF_MOTION__DEGREES,
                "Degrees is 95, but a plausible lumbar extension (degrees) goes from 0 to 90.");
    }

    @Test
    void implausibleStraightLegRaiseIsReported() {
        Diagnostic problem = onlyProblem(patient -> initial(patient).getExamination().getStraightLegRaises().get(0).setAngleDegrees(150));
        assertProblem(problem, ClinicalConstraint.ANGLE_IMPLAUSIBLE, Literals.STRAIGHT_LEG_RAISE__ANGLE_DEGREES, "Angle degrees is 150");
    }

    @Test
    void adherenceAboveHundredPercentIsReported() {
        Diagnostic problem = onlyProblem(patient -> session(patient).setHomeProgrammeAdherencePercent(120));
        assertProblem(problem, ClinicalConstraint.ADHERENCE_OUT_OF_RANGE, Literals.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT,
                "Home programme adherence percent is 120, but adherence (%) goes from 0 to 100.");
    }

    @Test
    void painOnsetAfterTheAssessmentIsReported() {
        Diagnostic problem = onlyProblem(patient -> initial(patient).getPain().setOnsetDate(LocalDate.of(2026, 3, 5)));
        assertProblem(problem, ClinicalConstraint.ONSET_AFTER_ASSESSMENT, Literals.PAIN_DESCRIPTION__ONSET_DATE,
                "Onset date 2026-03-05 is after the assessment date 2026-03-02.");
    }

    @Test
    void assessmentBeforeTheConditionsOnsetIsReported() {
        Diagnostic problem = onlyProblem(patient -> {
            initial(patient).setDate(LocalDate.of(2026, 2, 19));
            initial(patient).getPain().setOnsetDate(null);
        });
        assertProblem(problem, ClinicalConstraint.ONSET_AFTER_ASSESSMENT, Literals.ASSESSMENT__DATE,
                "Initial assessment on 2026-02-19: Date 2026-02-19 is before the onset of the condition on 2026-02-20");
    }

    @Test
    void goalTargetDateNotAfterPlanStartIsReported() {
        Diagnostic problem = onlyProblem(patient -> firstGoal(patient).setTargetDate(LocalDate.of(2026, 3, 2)));
        assertProblem(problem, ClinicalConstraint.TARGET_DATE_NOT_AFTER_PLAN_START, Literals.GOAL__TARGET_DATE,
                "Goal 'Reduce disability to minimal': Target date 2026-03-02 is not after the plan's start on 2026-03-02.");
    }

    @Test
    void dischargeBeforeEpisodeStartIsReported() {
        Diagnostic problem = onlyProblem(patient -> {
            episode(patient).getDischarge().setDate(LocalDate.of(2026, 3, 1));
            episode(patient).getSessions().clear();
        });
        assertProblem(problem, ClinicalConstraint.DISCHARGE_BEFORE_EPISODE_START, Literals.DISCHARGE__DATE,
                "Discharge on 2026-03-01: Date 2026-03-01 is before the episode of care started on 2026-03-02.");
    }

    @Test
    void sessionBeforeEpisodeStartIsReported() {
        Diagnostic problem = onlyProblem(patient -> session(patient).setDate(LocalDate.of(2026, 3, 1)));
        assertProblem(problem, ClinicalConstraint.SESSION_OUTSIDE_EPISODE, Literals.SESSION__DATE,
                "Date 2026-03-01 is before the episode of care started on 2026-03-02.");
    }

    @Test
    void sessionAfterDischargeIsReported() {
        Diagnostic problem = onlyProblem(patient -> session(patient).setDate(LocalDate.of(2026, 6, 1)));
        assertProblem(problem, ClinicalConstraint.SESSION_OUTSIDE_EPISODE, Literals.SESSION__DATE,
                "Date 2026-06-01 is after the patient was discharged on 2026-05-11.");
    }

    @Test
    void goalWithoutTargetValueIsReported() {
        Diagnostic problem = onlyProblem(patient -> firstGoal(patient).setTargetValue(null));
        assertProblem(problem, ClinicalConstraint.GOAL_NOT_MEASURABLE, Literals.GOAL__TARGET_VALUE,
                "Target value is missing, so the goal cannot be measured.");
    }

    @Test
    void goalWithoutInstrumentOrActivityIsReported() {
        Diagnostic problem = onlyProblem(patient -> firstGoal(patient).setInstrumentId(" "));
        assertProblem(problem, ClinicalConstraint.GOAL_NOT_MEASURABLE, Literals.GOAL__INSTRUMENT_ID,
                "Neither an instrument nor an activity says what the target value 20.0 measures.");
    }

    @Test
    void goalWithoutTargetDateIsReported() {
        Diagnostic problem = onlyProblem(patient -> firstGoal(patient).setTargetDate(null));
        assertProblem(problem, ClinicalConstraint.GOAL_WITHOUT_TARGET_DATE, Literals.GOAL__TARGET_DATE, "Target date is missing.");
    }

    @Test
    void revisionWithoutAuthorIsReported() {
        Diagnostic problem = onlyProblem(patient -> secondRevision(patient).setAuthorId(null));
        assertProblem(problem, ClinicalConstraint.REVISION_WITHOUT_AUTHOR, Literals.PLAN_REVISION__AUTHOR_ID,
                "Plan revision 2 of Treatment plan from 2026-03-02: Author is missing");
    }

    @Test
    void revisionWithoutReasonIsReported() {
        Diagnostic problem = onlyProblem(patient -> secondRevision(patient).setReason(""));
        assertProblem(problem, ClinicalConstraint.REVISION_WITHOUT_REASON, Literals.PLAN_REVISION__REASON, "Reason is missing");
    }

    @Test
    void revisionsOutOfOrderAreReported() {
        Diagnostic problem = onlyProblem(patient -> secondRevision(patient).setRevisionNumber(1));
        assertProblem(problem, ClinicalConstraint.REVISIONS_OUT_OF_ORDER, Literals.TREATMENT_PLAN__REVISIONS,
                "Revision 1 follows revision 1");
    }

    @Test
    void sessionWithoutTherapistIsReported() {
        Diagnostic problem = onlyProblem(patient -> session(patient).setTherapistId(null));
        assertProblem(problem, ClinicalConstraint.SESSION_WITHOUT_THERAPIST, Literals.SESSION__THERAPIST_ID,
                "Session on 2026-03-09: Therapist is missing");
    }

    @Test
    void sessionWithoutDateIsReported() {
        Diagnostic problem = onlyProblem(patient -> session(patient).setDate(null));
        assertProblem(problem, ClinicalConstraint.DATE_MISSING, Literals.SESSION__DATE, "Session: Date is missing.");
    }

    @Test
    void duplicateIdIsReported() {
        Diagnostic problem = onlyProblem(patient -> session(patient).setId(episode(patient).getId()));
        assertProblem(problem, ClinicalConstraint.DUPLICATE_ID, Literals.IDENTIFIABLE__ID, "is used by both Episode of care");
    }

    @Test
    void idThatIsNotAUuidIsAWarning() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        session(patient).setId("session-1");
        List<Diagnostic> problems = ClinicalValidation.problems(patient);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity());
        assertEquals(ClinicalConstraint.MALFORMED_ID, ClinicalConstraint.of(problems.get(0)).orElseThrow());
    }

    @Test
    void missingIdIsReportedWithTheRecordsName() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        session(patient).setId(null);
        List<Diagnostic> problems = ClinicalValidation.problems(patient);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Diagnostic.ERROR, problems.get(0).getSeverity());
        assertTrue(problems.get(0).getMessage().contains("'id' of 'Session on 2026-03-09'"), problems.get(0).getMessage());
    }

    @Test
    void emfsOwnDiagnosticianAppliesTheClinicalRulesOnceTheBundleRuns() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        session(patient).setTherapistId(null);

        Diagnostic result = Diagnostician.INSTANCE.validate(patient);

        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertTrue(result.getChildren().stream().anyMatch(
                child -> ClinicalConstraint.of(child).orElse(null) == ClinicalConstraint.SESSION_WITHOUT_THERAPIST), result::toString);
    }

    private static Diagnostic onlyProblem(Consumer<Patient> breakage) {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        breakage.accept(patient);
        List<Diagnostic> problems = ClinicalValidation.problems(patient);
        assertEquals(1, problems.size(), () -> "expected exactly one problem, got " + problems);
        return problems.get(0);
    }

    private static void assertProblem(Diagnostic problem, ClinicalConstraint constraint, EStructuralFeature feature, String messagePart) {
        assertEquals(Diagnostic.ERROR, problem.getSeverity(), problem::getMessage);
        assertEquals(constraint, ClinicalConstraint.of(problem).orElseThrow(), problem::getMessage);
        assertTrue(problem.getMessage().contains(messagePart), () -> "message: " + problem.getMessage());
        List<?> data = problem.getData();
        assertTrue(data.get(0) instanceof EObject object && feature.getEContainingClass().isInstance(object), data::toString);
        assertSame(feature, data.get(1));
    }

    private static EpisodeOfCare episode(Patient patient) {
        return patient.getEpisodes().get(0);
    }

    private static Assessment initial(Patient patient) {
        return episode(patient).getAssessments().get(0);
    }

    private static InstrumentAdministration odi(Patient patient) {
        return initial(patient).getAdministrations().get(0);
    }

    private static Session session(Patient patient) {
        return episode(patient).getSessions().get(0);
    }

    private static TreatmentPlan plan(Patient patient) {
        return episode(patient).getPlans().get(0);
    }

    private static Goal firstGoal(Patient patient) {
        return plan(patient).getRevisions().get(0).getGoals().get(0);
    }

    private static PlanRevision secondRevision(Patient patient) {
        return plan(patient).getRevisions().get(1);
    }
}
