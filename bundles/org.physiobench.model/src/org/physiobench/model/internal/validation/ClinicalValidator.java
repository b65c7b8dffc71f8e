package org.physiobench.model.internal.validation;

import static org.physiobench.model.api.ClinicalConstraint.ADHERENCE_OUT_OF_RANGE;
import static org.physiobench.model.api.ClinicalConstraint.ADMINISTRATION_INCOMPLETE;
import static org.physiobench.model.api.ClinicalConstraint.ANGLE_IMPLAUSIBLE;
import static org.physiobench.model.api.ClinicalConstraint.DATE_MISSING;
import static org.physiobench.model.api.ClinicalConstraint.DISCHARGE_BEFORE_EPISODE_START;
import static org.physiobench.model.api.ClinicalConstraint.DUPLICATE_ID;
import static org.physiobench.model.api.ClinicalConstraint.DUPLICATE_ITEM_ANSWER;
import static org.physiobench.model.api.ClinicalConstraint.GOAL_NOT_MEASURABLE;
import static org.physiobench.model.api.ClinicalConstraint.GOAL_WITHOUT_TARGET_DATE;
import static org.physiobench.model.api.ClinicalConstraint.ITEM_ANSWER_OUT_OF_RANGE;
import static org.physiobench.model.api.ClinicalConstraint.MALFORMED_ID;
import static org.physiobench.model.api.ClinicalConstraint.ONSET_AFTER_ASSESSMENT;
import static org.physiobench.model.api.ClinicalConstraint.PAIN_OUT_OF_RANGE;
import static org.physiobench.model.api.ClinicalConstraint.REVISIONS_OUT_OF_ORDER;
import static org.physiobench.model.api.ClinicalConstraint.REVISION_WITHOUT_AUTHOR;
import static org.physiobench.model.api.ClinicalConstraint.REVISION_WITHOUT_REASON;
import static org.physiobench.model.api.ClinicalConstraint.SESSION_OUTSIDE_EPISODE;
import static org.physiobench.model.api.ClinicalConstraint.SESSION_WITHOUT_THERAPIST;
import static org.physiobench.model.api.ClinicalConstraint.TARGET_DATE_NOT_AFTER_PLAN_START;
import static org.physiobench.model.internal.validation.Problems.field;
import static org.physiobench.model.internal.validation.Problems.isBlank;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Discharge;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.Identifiable;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.Score;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.SpinalMovement;
import org.physiobench.model.api.StraightLegRaise;
import org.physiobench.model.api.TreatmentPlan;

/**
 * The clinical constraints of the model, on top of EMF's structural ones (required features,
 * data values, references). One object is checked per call, as {@code Diagnostician} walks
 * the tree; checks that relate an object to its container (a session to its episode) are made
 * on the object, so the diagnostic points at what to correct.
 *
 * <p>Ranges are the scales' own (NPRS 0-10, adherence 0-100 %); angle limits are plausibility
 * bounds that catch typing errors, not clinical norms. Instrument-specific item ranges belong
 * to the instrument definitions (clinical bundle); here only a range no instrument uses
 * (negative, above 100) is refused.
 */
public final class ClinicalValidator extends EObjectValidator {

    /** NPRS: 0 = no pain, 10 = worst imaginable pain (Ostelo 2008, Spine 33:90-94). */
    static final int PAIN_MIN = 0;
    static final int PAIN_MAX = 10;
    /** The largest item value any supported instrument uses (0-100 visual analogue scales). */
    static final int ITEM_VALUE_MAX = 100;
    /** Straight-leg raise: hip flexion beyond 120 degrees is not a measurable SLR angle. */
    static final int SLR_MAX_DEGREES = 120;
    /** Lumbar flexion incl. hip contribution measured with one inclinometer stays below this. */
    static final int FLEXION_MAX_DEGREES = 120;
    /** Extension, side flexion and rotation of the lumbar spine stay below this. */
    static final int OTHER_MOVEMENT_MAX_DEGREES = 90;

    @Override
    public EPackage getEPackage() {
        return ClinicalPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        Problems problems = new Problems(object, diagnostics, context);
        checkClinicalConstraints(object, problems);
        return valid && problems.valid();
    }

    private void checkClinicalConstraints(EObject object, Problems problems) {
        if (object instanceof Identifiable record) {
            checkId(record, problems);
        }
        switch (object) {
            case Patient patient -> checkUniqueIds(patient, problems);
            case EpisodeOfCare episode -> checkEpisode(episode, problems);
            case Assessment assessment -> checkAssessment(assessment, problems);
            case PainDescription pain -> checkPain(pain, problems);
            case InstrumentAdministration administration -> checkAdministration(administration, problems);
            case ItemAnswer answer -> checkItemAnswer(answer, problems);
            case Score score -> checkScore(score, problems);
            case RangeOfMotion rom -> checkRangeOfMotion(rom, problems);
            case StraightLegRaise slr -> problems.checkRange(ANGLE_IMPLAUSIBLE, Literals.STRAIGHT_LEG_RAISE__ANGLE_DEGREES,
                    slr.getAngleDegrees(), 0, SLR_MAX_DEGREES, "a straight-leg-raise angle");
            case TreatmentPlan plan -> checkRevisionOrder(plan, problems);
            case PlanRevision revision -> checkRevision(revision, problems);
            case Goal goal -> checkGoal(goal, problems);
            case Session session -> checkSession(session, problems);
            case Discharge discharge -> checkDischarge(discharge, problems);
            default -> {
                // the other classes carry no clinical constraint of their own
            }
        }
    }

    private static void checkId(Identifiable record, Problems problems) {
        if (record.getId() != null && !ClinicalIds.isWellFormed(record.getId())) {
            problems.warning(MALFORMED_ID, Literals.IDENTIFIABLE__ID,
                    "Id '" + record.getId() + "' is not a UUID; records get their ids from ClinicalIds.newId().");
        }
    }

    /** EMF checks unique ids only inside a resource; a patient is also validated on its own. */
    private static void checkUniqueIds(Patient patient, Problems problems) {
        Map<String, EObject> seen = new HashMap<>();
        seen.put(patient.getId(), patient);
        for (Iterator<EObject> contents = patient.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identifiable record && record.getId() != null) {
                EObject first = seen.putIfAbsent(record.getId(), record);
                if (first != null) {
                    problems.error(DUPLICATE_ID, Literals.IDENTIFIABLE__ID, "Id '" + record.getId() + "' is used by both "
                            + ClinicalLabels.describe(first) + " and " + ClinicalLabels.describe(record) + ".");
                }
            }
        }
    }

    private static void checkEpisode(EpisodeOfCare episode, Problems problems) {
        if (isAfter(episode.getOnsetDate(), episode.getStartDate())) {
            problems.error(ONSET_AFTER_ASSESSMENT, Literals.EPISODE_OF_CARE__ONSET_DATE, "Onset date " + episode.getOnsetDate()
                    + " is after the start of care on " + episode.getStartDate() + ".");
        }
    }

    private static void checkAssessment(Assessment assessment, Problems problems) {
        requireDate(assessment.getDate(), Literals.ASSESSMENT__DATE, problems);
        if (assessment.eContainer() instanceof EpisodeOfCare episode && isAfter(episode.getOnsetDate(), assessment.getDate())) {
            problems.error(ONSET_AFTER_ASSESSMENT, Literals.ASSESSMENT__DATE, "Date " + assessment.getDate()
                    + " is before the onset of the condition on " + episode.getOnsetDate() + " (" + ClinicalLabels.describe(episode) + ").");
        }
    }

    private static void checkPain(PainDescription pain, Problems problems) {
        String scale = "the numeric pain rating scale";
        problems.checkRange(PAIN_OUT_OF_RANGE, Literals.PAIN_DESCRIPTION__CURRENT_INTENSITY, pain.getCurrentIntensity(), PAIN_MIN, PAIN_MAX, scale);
        problems.checkRange(PAIN_OUT_OF_RANGE, Literals.PAIN_DESCRIPTION__WORST_INTENSITY, pain.getWorstIntensity(), PAIN_MIN, PAIN_MAX, scale);
        problems.checkRange(PAIN_OUT_OF_RANGE, Literals.PAIN_DESCRIPTION__BEST_INTENSITY, pain.getBestIntensity(), PAIN_MIN, PAIN_MAX, scale);
        if (pain.getBestIntensity() != null && pain.getWorstIntensity() != null && pain.getBestIntensity() > pain.getWorstIntensity()) {
            problems.error(PAIN_OUT_OF_RANGE, Literals.PAIN_DESCRIPTION__BEST_INTENSITY, "Best intensity " + pain.getBestIntensity()
                    + " is above the worst intensity " + pain.getWorstIntensity() + ".");
        }
        if (pain.eContainer() instanceof Assessment assessment && isAfter(pain.getOnsetDate(), assessment.getDate())) {
            problems.error(ONSET_AFTER_ASSESSMENT, Literals.PAIN_DESCRIPTION__ONSET_DATE, "Onset date " + pain.getOnsetDate()
                    + " is after the assessment date " + assessment.getDate() + ".");
        }
    }

    private static void checkAdministration(InstrumentAdministration administration, Problems problems) {
        if (isBlank(administration.getInstrumentId())) {
            problems.error(ADMINISTRATION_INCOMPLETE, Literals.INSTRUMENT_ADMINISTRATION__INSTRUMENT_ID, "Instrument id is missing.");
        }
        requireDate(administration.getDate(), Literals.INSTRUMENT_ADMINISTRATION__DATE, problems);
        Set<String> answered = new HashSet<>();
        for (ItemAnswer answer : administration.getAnswers()) {
            if (answer.getItemId() != null && !answered.add(answer.getItemId())) {
                problems.error(DUPLICATE_ITEM_ANSWER, Literals.INSTRUMENT_ADMINISTRATION__ANSWERS,
                        "Item '" + answer.getItemId() + "' is answered more than once.");
            }
        }
    }

    private static void checkItemAnswer(ItemAnswer answer, Problems problems) {
        if (isBlank(answer.getItemId())) {
            problems.error(ITEM_ANSWER_OUT_OF_RANGE, Literals.ITEM_ANSWER__ITEM_ID, "Item id is missing.");
        }
        problems.checkRange(ITEM_ANSWER_OUT_OF_RANGE, Literals.ITEM_ANSWER__VALUE, answer.getValue(), 0, ITEM_VALUE_MAX,
                "no instrument item");
    }

    private static void checkScore(Score score, Problems problems) {
        if (score.getValue() != null && !Double.isFinite(score.getValue())) {
            problems.error(ADMINISTRATION_INCOMPLETE, Literals.SCORE__VALUE, "Value of score '" + score.getScoreId() + "' is "
                    + score.getValue() + ", not a number a score can have.");
        }
    }

    private static void checkRangeOfMotion(RangeOfMotion rom, Problems problems) {
        int max = rom.getMovement() == SpinalMovement.FLEXION ? FLEXION_MAX_DEGREES : OTHER_MOVEMENT_MAX_DEGREES;
        String movement = rom.getMovement() == null ? "movement" : rom.getMovement().getLiteral().replace('-', ' ');
        problems.checkRange(ANGLE_IMPLAUSIBLE, Literals.RANGE_OF_MOTION__DEGREES, rom.getDegrees(), 0, max,
                "a plausible lumbar " + movement + " (degrees)");
    }

    private static void checkRevisionOrder(TreatmentPlan plan, Problems problems) {
        int previous = Integer.MIN_VALUE;
        for (PlanRevision revision : plan.getRevisions()) {
            if (revision.getRevisionNumber() <= previous) {
                problems.error(REVISIONS_OUT_OF_ORDER, Literals.TREATMENT_PLAN__REVISIONS, "Revision " + revision.getRevisionNumber()
                        + " follows revision " + previous + "; revisions are numbered in the order they were made.");
            }
            previous = revision.getRevisionNumber();
        }
    }

    private static void checkRevision(PlanRevision revision, Problems problems) {
        if (isBlank(revision.getAuthorId())) {
            problems.error(REVISION_WITHOUT_AUTHOR, Literals.PLAN_REVISION__AUTHOR_ID, "Author is missing: every plan revision records which therapist made it.");
        }
        if (isBlank(revision.getReason())) {
            problems.error(REVISION_WITHOUT_REASON, Literals.PLAN_REVISION__REASON, "Reason is missing: every plan revision records why it was made.");
        }
    }

    private static void checkGoal(Goal goal, Problems problems) {
        if (goal.getTargetValue() == null) {
            problems.error(GOAL_NOT_MEASURABLE, Literals.GOAL__TARGET_VALUE, "Target value is missing, so the goal cannot be measured.");
        } else if (isBlank(goal.getInstrumentId()) && isBlank(goal.getActivity())) {
            problems.error(GOAL_NOT_MEASURABLE, Literals.GOAL__INSTRUMENT_ID,
                    "Neither an instrument nor an activity says what the target value " + goal.getTargetValue() + " measures.");
        }
        if (goal.getTargetDate() == null) {
            problems.error(GOAL_WITHOUT_TARGET_DATE, Literals.GOAL__TARGET_DATE, "Target date is missing.");
        } else if (goal.eContainer() != null && goal.eContainer().eContainer() instanceof TreatmentPlan plan
                && plan.getStartDate() != null && !goal.getTargetDate().isAfter(plan.getStartDate())) {
            problems.error(TARGET_DATE_NOT_AFTER_PLAN_START, Literals.GOAL__TARGET_DATE, "Target date " + goal.getTargetDate()
                    + " is not after the plan's start on " + plan.getStartDate() + ".");
        }
    }

    private static void checkSession(Session session, Problems problems) {
        if (isBlank(session.getTherapistId())) {
            problems.error(SESSION_WITHOUT_THERAPIST, Literals.SESSION__THERAPIST_ID, "Therapist is missing: every session records who treated the patient.");
        }
        String scale = "the numeric pain rating scale";
        problems.checkRange(PAIN_OUT_OF_RANGE, Literals.SESSION__PAIN_BEFORE, session.getPainBefore(), PAIN_MIN, PAIN_MAX, scale);
        problems.checkRange(PAIN_OUT_OF_RANGE, Literals.SESSION__PAIN_AFTER, session.getPainAfter(), PAIN_MIN, PAIN_MAX, scale);
        problems.checkRange(ADHERENCE_OUT_OF_RANGE, Literals.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT,
                session.getHomeProgrammeAdherencePercent(), 0, 100, "adherence (%)");
        if (requireDate(session.getDate(), Literals.SESSION__DATE, problems) && session.eContainer() instanceof EpisodeOfCare episode) {
            if (isAfter(episode.getStartDate(), session.getDate())) {
                problems.error(SESSION_OUTSIDE_EPISODE, Literals.SESSION__DATE, "Date " + session.getDate()
                        + " is before the episode of care started on " + episode.getStartDate() + ".");
            }
            LocalDate discharged = episode.getDischarge() == null ? null : episode.getDischarge().getDate();
            if (isAfter(session.getDate(), discharged)) {
                problems.error(SESSION_OUTSIDE_EPISODE, Literals.SESSION__DATE, "Date " + session.getDate()
                        + " is after the patient was discharged on " + discharged + ".");
            }
        }
    }

    private static void checkDischarge(Discharge discharge, Problems problems) {
        if (requireDate(discharge.getDate(), Literals.DISCHARGE__DATE, problems) && discharge.eContainer() instanceof EpisodeOfCare episode
                && isAfter(episode.getStartDate(), discharge.getDate())) {
            problems.error(DISCHARGE_BEFORE_EPISODE_START, Literals.DISCHARGE__DATE, "Date " + discharge.getDate()
                    + " is before the episode of care started on " + episode.getStartDate() + ".");
        }
    }

    private static boolean requireDate(LocalDate date, EStructuralFeature feature, Problems problems) {
        if (date == null) {
            problems.error(DATE_MISSING, feature, field(feature) + " is missing.");
            return false;
        }
        return true;
    }

    /** @return whether both dates are known and {@code first} is after {@code second} */
    private static boolean isAfter(LocalDate first, LocalDate second) {
        return first != null && second != null && first.isAfter(second);
    }
}
