package org.physiobench.model.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.physiobench.model.internal.AdministrationPaths;

/**
 * Helpers to build and query clinical records, for the workbench, the store's demo data and
 * tests. Every record created here already has its id and sits in its container, and every
 * assessment has its sections, so editors can bind to them directly.
 */
public final class ClinicalRecords {

    private static final ClinicalFactory FACTORY = ClinicalFactory.eINSTANCE;

    private ClinicalRecords() {
    }

    /** @return a new patient with an id and empty contact details */
    public static Patient newPatient(String givenName, String familyName, LocalDate birthDate) {
        Patient patient = FACTORY.createPatient();
        patient.setId(ClinicalIds.newId());
        patient.setGivenName(givenName);
        patient.setFamilyName(familyName);
        patient.setBirthDate(birthDate);
        patient.setContact(FACTORY.createContactDetails());
        return patient;
    }

    /** @return a new active episode of care for {@code condition}, added to the patient */
    public static EpisodeOfCare newEpisode(Patient patient, String condition, LocalDate startDate) {
        EpisodeOfCare episode = FACTORY.createEpisodeOfCare();
        episode.setId(ClinicalIds.newId());
        episode.setCondition(condition);
        episode.setStartDate(startDate);
        episode.setStatus(EpisodeStatus.ACTIVE);
        patient.getEpisodes().add(episode);
        return episode;
    }

    /** @return a new assessment with all its (empty) sections, added to the episode */
    public static Assessment newAssessment(EpisodeOfCare episode, AssessmentKind kind, LocalDate date, String therapistId) {
        Assessment assessment = FACTORY.createAssessment();
        assessment.setId(ClinicalIds.newId());
        assessment.setKind(kind);
        assessment.setDate(date);
        assessment.setTherapistId(therapistId);
        assessment.setMedicalHistory(FACTORY.createMedicalHistory());
        assessment.setLifestyle(FACTORY.createLifestyle());
        assessment.setPain(FACTORY.createPainDescription());
        assessment.setRedFlagScreening(FACTORY.createRedFlagScreening());
        assessment.setExamination(FACTORY.createPhysicalExamination());
        episode.getAssessments().add(assessment);
        return assessment;
    }

    /** @return a new administration of {@code instrumentId} without answers, added to the assessment */
    public static InstrumentAdministration newAdministration(Assessment assessment, String instrumentId, LocalDate date) {
        InstrumentAdministration administration = FACTORY.createInstrumentAdministration();
        administration.setId(ClinicalIds.newId());
        administration.setInstrumentId(instrumentId);
        administration.setDate(date);
        assessment.getAdministrations().add(administration);
        return administration;
    }

    /**
     * Records the answer to one item.
     *
     * @param value the coded answer, or {@code null} for an item left unanswered
     */
    public static ItemAnswer answer(InstrumentAdministration administration, String itemId, Integer value) {
        ItemAnswer answer = FACTORY.createItemAnswer();
        answer.setItemId(itemId);
        answer.setValue(value);
        administration.getAnswers().add(answer);
        return answer;
    }

    /** @return a new active plan with its first revision (number 1), added to the episode */
    public static TreatmentPlan newPlan(EpisodeOfCare episode, LocalDate startDate, String authorId, String reason,
            Instant createdAt) {
        TreatmentPlan plan = FACTORY.createTreatmentPlan();
        plan.setId(ClinicalIds.newId());
        plan.setStartDate(startDate);
        plan.setStatus(PlanStatus.ACTIVE);
        PlanRevision first = FACTORY.createPlanRevision();
        first.setId(ClinicalIds.newId());
        first.setRevisionNumber(1);
        first.setAuthorId(authorId);
        first.setReason(reason);
        first.setCreatedAt(createdAt);
        plan.getRevisions().add(first);
        episode.getPlans().add(plan);
        return plan;
    }

    /**
     * Starts a new revision of the plan: a copy of the current one (goals and interventions
     * included, with new ids) that records who revises it, when and why. The earlier revisions
     * stay as they were; edit the returned revision to make the change.
     *
     * @return the new current revision
     * @throws IllegalStateException when the plan has no revision to start from
     */
    public static PlanRevision revise(TreatmentPlan plan, String authorId, String reason, Instant createdAt) {
        PlanRevision current = plan.getCurrentRevision();
        if (current == null) {
            throw new IllegalStateException(ClinicalLabels.describe(plan) + " has no revision to revise");
        }
        PlanRevision next = EcoreUtil.copy(current);
        for (Iterator<EObject> contents = next.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identifiable record) {
                record.setId(null);
            }
        }
        next.setId(null);
        ClinicalIds.assignMissing(next);
        next.setRevisionNumber(current.getRevisionNumber() + 1);
        next.setAuthorId(authorId);
        next.setReason(reason);
        next.setCreatedAt(createdAt);
        next.setAgreedWithPatient(false);
        plan.getRevisions().add(next);
        return next;
    }

    /** @return a new goal added to the revision */
    public static Goal addGoal(PlanRevision revision, String description, String instrumentId, Double targetValue,
            LocalDate targetDate) {
        Goal goal = FACTORY.createGoal();
        goal.setId(ClinicalIds.newId());
        goal.setDescription(description);
        goal.setInstrumentId(instrumentId);
        goal.setTargetValue(targetValue);
        goal.setTargetDate(targetDate);
        goal.setStatus(GoalStatus.ACTIVE);
        revision.getGoals().add(goal);
        return goal;
    }

    /** @return a new planned intervention of {@code modalityId} added to the revision */
    public static PlannedIntervention addIntervention(PlanRevision revision, String modalityId, Parameter... parameters) {
        PlannedIntervention intervention = FACTORY.createPlannedIntervention();
        intervention.setId(ClinicalIds.newId());
        intervention.setModalityId(modalityId);
        intervention.getParameters().addAll(List.of(parameters));
        revision.getInterventions().add(intervention);
        return intervention;
    }

    /** @return a new session with an empty SOAP note, added to the episode */
    public static Session newSession(EpisodeOfCare episode, LocalDate date, String therapistId) {
        Session session = FACTORY.createSession();
        session.setId(ClinicalIds.newId());
        session.setDate(date);
        session.setTherapistId(therapistId);
        session.setSoap(FACTORY.createSoapNote());
        episode.getSessions().add(session);
        return session;
    }

    /** @return a dosage parameter, e.g. {@code parameter("sets", "3")} */
    public static Parameter parameter(String name, String value) {
        Parameter parameter = FACTORY.createParameter();
        parameter.setName(name);
        parameter.setValue(value);
        return parameter;
    }

    /** @return a new therapist (its own aggregate) with an id */
    public static Therapist newTherapist(String username, String displayName) {
        Therapist therapist = FACTORY.createTherapist();
        therapist.setId(ClinicalIds.newId());
        therapist.setUsername(username);
        therapist.setDisplayName(displayName);
        return therapist;
    }

    /**
     * @param scope a patient, an episode or an assessment
     * @return every administration of {@code instrumentId} within {@code scope}, oldest first
     *         (administrations without a date first; equal dates in record order)
     */
    public static List<InstrumentAdministration> administrations(EObject scope, String instrumentId) {
        Objects.requireNonNull(instrumentId);
        return administrations(scope, Set.of(instrumentId)).get(instrumentId);
    }

    /**
     * The administrations of several instruments in one walk of {@code scope} (which visits
     * only the containments that can hold an administration: a long record's sessions, notes
     * and interventions are skipped).
     *
     * @param scope a patient, an episode or an assessment
     * @return for each of {@code instrumentIds}, its administrations within {@code scope} in
     *         the order of {@link #administrations(EObject, String)} (an empty list for none)
     */
    public static Map<String, List<InstrumentAdministration>> administrations(EObject scope,
            Set<String> instrumentIds) {
        Map<String, List<InstrumentAdministration>> found = new HashMap<>();
        for (String instrumentId : instrumentIds) {
            found.put(Objects.requireNonNull(instrumentId), new ArrayList<>());
        }
        AdministrationPaths.forEach(scope, administration -> {
            List<InstrumentAdministration> list = administration.getInstrumentId() == null ? null
                    : found.get(administration.getInstrumentId());
            if (list != null) {
                list.add(administration);
            }
        });
        // A stable sort: equal dates keep the order of the record.
        Comparator<InstrumentAdministration> byDate = Comparator.comparing(InstrumentAdministration::getDate,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        found.values().forEach(list -> list.sort(byDate));
        return found;
    }

    /** @return the most recent administration of {@code instrumentId} within {@code scope}, if any */
    public static Optional<InstrumentAdministration> latestAdministration(EObject scope, String instrumentId) {
        List<InstrumentAdministration> all = administrations(scope, instrumentId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** @return the score {@code scoreId} of the administration, if it was computed */
    public static Optional<Double> score(InstrumentAdministration administration, String scoreId) {
        return administration.getScores().stream().filter(score -> scoreId.equals(score.getScoreId()))
                .map(Score::getValue).filter(Objects::nonNull).findFirst();
    }

    /** @return the record with this id in the patient's tree (the patient included), if any */
    public static Optional<Identifiable> findRecord(Patient patient, String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.equals(patient.getId())) {
            return Optional.of(patient);
        }
        for (Iterator<EObject> contents = patient.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identifiable record && id.equals(record.getId())) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /** @return the patient's active episode that started last, if any */
    public static Optional<EpisodeOfCare> activeEpisode(Patient patient) {
        return patient.getEpisodes().stream().filter(episode -> episode.getStatus() == EpisodeStatus.ACTIVE)
                .max(Comparator.comparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** @return the patient a record belongs to, if it is inside one */
    public static Optional<Patient> patientOf(EObject record) {
        for (EObject object = record; object != null; object = object.eContainer()) {
            if (object instanceof Patient patient) {
                return Optional.of(patient);
            }
        }
        return Optional.empty();
    }
}
