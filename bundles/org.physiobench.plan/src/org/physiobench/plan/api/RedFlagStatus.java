package org.physiobench.plan.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.clinical.api.RedFlagTriage;
import org.physiobench.clinical.api.Triage;
import org.physiobench.clinical.api.TriageFinding;
import org.physiobench.clinical.api.TriageRules;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.MedicalReview;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;

/**
 * A patient's red-flag status: the graded triage ({@link RedFlagTriage}; IFOMPT 2020, GIRFT 2023,
 * NICE NG59) of every finding that is still active. The one reading of the red flags: the patient
 * editor's banner, the Patients list's column and filter, plan suggestions and contraindication
 * checks all use it, so they cannot disagree.
 *
 * <p>A "yes" stays active across assessments until a later screening answers the same question
 * "no" (the assessment records who and when), or a {@link MedicalReview} dated on or after the
 * "yes" names the finding (a review that names no finding covers every finding answered before
 * it). The finding is dated by the first "yes" of its run: confirming it at later visits (a
 * history of cancer stays a history of cancer) keeps the review's cover, while a "yes" after a
 * "no" is a new finding the review has not seen and raises it again. A screening that does not
 * ask a question leaves its earlier answer as it was.
 *
 * <p>The age findings come from the birth date at the latest assessment (today when there is
 * none), never from a yes/no answer; a legacy "age over 50" answer counts only when no birth date
 * is recorded. A "yes" under a question id the rules do not know (older or imported records) is a
 * non-urgent finding of its recorded category: a positive answer is never hidden.
 *
 * @param triage the graded triage of the active findings
 * @param active the active findings answered "yes", by key, with when and by whom (not the age findings)
 * @param reviewed the findings a medical review cleared, each with its review
 * @param ageYears the patient's age used for the age findings, if the birth date is known
 * @param referred whether the latest screening records a referral for medical review
 */
public record RedFlagStatus(Triage triage, Map<String, Answered> active, List<Reviewed> reviewed, OptionalInt ageYears,
        boolean referred) {

    /** The level a "yes" to a question id the rules do not know gets. */
    static final TriageLevel UNKNOWN_FINDING_LEVEL = TriageLevel.NON_URGENT;

    /**
     * A finding answered "yes".
     *
     * @param key the answer key
     * @param since the date of the first "yes" of the current run, no "no" since ({@code null} if undated)
     * @param by the therapist of that assessment, if recorded
     * @param category the category recorded with the answer (for keys the rules do not know)
     */
    public record Answered(String key, LocalDate since, String by, RedFlagCategory category) {
    }

    /**
     * A finding a medical review cleared.
     *
     * @param key the answer key
     * @param label the finding as a therapist reads it
     * @param review the review that cleared it
     */
    public record Reviewed(String key, String label, MedicalReview review) {
    }

    public RedFlagStatus {
        Objects.requireNonNull(triage, "triage");
        active = Map.copyOf(active);
        reviewed = List.copyOf(reviewed);
    }

    /** @return the patient's status as of today */
    public static RedFlagStatus of(Patient patient) {
        return of(patient, LocalDate.now());
    }

    /**
     * @param today the date a patient without assessments is aged at
     * @return the patient's status from every assessment of every episode, by date
     */
    public static RedFlagStatus of(Patient patient, LocalDate today) {
        List<Assessment> assessments = byDate(
                patient.getEpisodes().stream().flatMap(episode -> episode.getAssessments().stream()).toList());
        LocalDate ageOn = assessments.stream().map(Assessment::getDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(today);
        return from(assessments, patient.getMedicalReviews(), age(patient.getBirthDate(), ageOn));
    }

    /**
     * The status one assessment's screening gives on its own, aged at its date: what deleting the
     * assessment would take away. Earlier answers and reviews are not included; the patient's
     * status is {@link #of(Patient)}.
     */
    public static RedFlagStatus of(Assessment assessment) {
        LocalDate on = assessment.getDate() != null ? assessment.getDate() : LocalDate.now();
        OptionalInt age = age(ClinicalRecords.patientOf(assessment).map(Patient::getBirthDate).orElse(null), on);
        return from(List.of(assessment), List.of(), age);
    }

    /**
     * @return whether {@code assessment} records a red-flag screening: at least one question was
     *         answered yes or no
     */
    public static boolean screened(Assessment assessment) {
        return assessment.getRedFlagScreening() != null
                && assessment.getRedFlagScreening().getAnswers().stream().anyMatch(RedFlagStatus::asked);
    }

    private static RedFlagStatus from(List<Assessment> assessments, List<MedicalReview> reviews, OptionalInt age) {
        Map<String, Answered> yes = new LinkedHashMap<>();
        boolean referred = false;
        for (Assessment assessment : assessments) {
            if (!screened(assessment)) {
                continue;
            }
            Map<String, Boolean> answers = new LinkedHashMap<>();
            Map<String, RedFlagCategory> categories = new LinkedHashMap<>();
            for (RedFlagAnswer answer : assessment.getRedFlagScreening().getAnswers()) {
                if (asked(answer) && answer.getQuestionId() != null) {
                    // two answers to one question in one screening: "yes" wins, a positive answer is never hidden
                    answers.merge(answer.getQuestionId(), answer.getAnswer() == ScreeningAnswer.YES, Boolean::logicalOr);
                    if (answer.getCategory() != null) {
                        categories.putIfAbsent(answer.getQuestionId(), answer.getCategory());
                    }
                }
            }
            answers.forEach((key, positive) -> {
                if (!positive) {
                    yes.remove(key);
                } else if (!yes.containsKey(key)) {
                    // a "yes" confirmed at a later visit keeps the date the run of "yes" answers began
                    yes.put(key, new Answered(key, assessment.getDate(), assessment.getTherapistId(), categories.get(key)));
                }
            });
            referred = assessment.getRedFlagScreening().isReferredForMedicalReview();
        }
        Map<String, Answered> active = new LinkedHashMap<>();
        List<Reviewed> reviewed = new ArrayList<>();
        yes.forEach((key, answered) -> reviewOf(answered, reviews).ifPresentOrElse(
                review -> reviewed.add(new Reviewed(key, label(key), review)), () -> active.put(key, answered)));
        return new RedFlagStatus(triage(active, age), active, reviewed, age, referred);
    }

    private static Triage triage(Map<String, Answered> active, OptionalInt age) {
        Set<RedFlagQuestion> positive = EnumSet.noneOf(RedFlagQuestion.class);
        List<TriageFinding> unknown = new ArrayList<>();
        active.values().forEach(answered -> RedFlagQuestion.fromId(answered.key()).ifPresentOrElse(positive::add,
                () -> unknown.add(new TriageFinding(answered.key(), answered.key() + " (recorded answer)",
                        UNKNOWN_FINDING_LEVEL, answered.category(), null))));
        return RedFlagTriage.triage(TriageRules.builtIn(), positive, age, unknown);
    }

    /** @return the latest review that covers the "yes": dated on or after it, naming it or naming nothing */
    private static Optional<MedicalReview> reviewOf(Answered answered, List<MedicalReview> reviews) {
        return reviews.stream().filter(review -> review.getDate() != null)
                .filter(review -> answered.since() == null || !review.getDate().isBefore(answered.since()))
                .filter(review -> review.getFindings().isEmpty() || review.getFindings().contains(answered.key()))
                .max(Comparator.comparing(MedicalReview::getDate));
    }

    private static boolean asked(RedFlagAnswer answer) {
        return answer.getAnswer() == ScreeningAnswer.YES || answer.getAnswer() == ScreeningAnswer.NO;
    }

    private static OptionalInt age(LocalDate birth, LocalDate on) {
        if (birth == null || birth.isAfter(on)) {
            return OptionalInt.empty();
        }
        int years = Period.between(birth, on).getYears();
        return years > RedFlagTriage.AGE_MAX ? OptionalInt.empty() : OptionalInt.of(years);
    }

    private static String label(String key) {
        return RedFlagQuestion.fromId(key).map(RedFlagQuestion::label).orElse(key + " (recorded answer)");
    }

    private static List<Assessment> byDate(List<Assessment> assessments) {
        return assessments.stream()
                .sorted(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** @return the patient's level */
    public TriageLevel level() {
        return triage.level();
    }

    /** @return whether the banner shows anything: a finding of any level, or a review to report */
    public boolean raised() {
        return level() != TriageLevel.NONE;
    }

    /** @return whether active treatment waits for a medical review (urgent or emergency) */
    public boolean blocksActiveTreatment() {
        return level().blocksActiveTreatment();
    }

    /**
     * @return each suspected category with the highest level that suspects it, as the
     *         contraindication check reads it
     */
    public Map<RedFlagCategory, TriageLevel> suspectedLevels() {
        return triage.suspectedLevels();
    }

    /** @return the categories a finding at non-urgent or above suspects */
    public Set<RedFlagCategory> suspected() {
        return triage.suspected();
    }

    /**
     * @return each active finding a "yes" answer raised, as the banner names it ({@code Cauda
     *         equina syndrome: Saddle anaesthesia}), without the age findings: what a correction
     *         of the answers would have to remove
     */
    public List<String> answeredFindings() {
        return List.copyOf(answeredFindingsByKey().values());
    }

    /**
     * @return the {@link #answeredFindings()} by answer key, from the most urgent: what a medical
     *         review can cover
     */
    public Map<String, String> answeredFindingsByKey() {
        Map<String, String> findings = new LinkedHashMap<>();
        triage.byUrgency().stream().filter(finding -> active.containsKey(finding.key()))
                .forEach(finding -> findings.put(finding.key(), describe(finding)));
        return findings;
    }

    /** @return whether the finding of {@code question} comes from the patient's age, not from an answer */
    public boolean fromAge(RedFlagQuestion question) {
        return question.derived() && ageYears.isPresent()
                && triage.findings().stream().anyMatch(finding -> finding.key().equals(question.id()));
    }

    /**
     * @return the banner text: empty when nothing is found and nothing was reviewed, else the
     *         level and its action ({@code EMERGENCY - Same-day emergency assessment (emergency
     *         department); no treatment}) when a finding is active, then the {@link #detailLines()}
     */
    public String bannerText() {
        List<String> lines = new ArrayList<>();
        if (raised()) {
            lines.add(level().label() + " - " + level().action());
        }
        lines.addAll(detailLines());
        return String.join("\n", lines);
    }

    /**
     * @return each active finding from the most urgent ({@code Cauda equina syndrome: Saddle
     *         anaesthesia (since 2026-11-02)}, {@code Risk factor: Age over 50 (age 59)}), then the
     *         findings a medical review cleared, then the referral if one is recorded
     */
    public List<String> detailLines() {
        List<String> lines = new ArrayList<>();
        for (TriageFinding finding : triage.byUrgency()) {
            lines.add(describe(finding) + detail(finding));
        }
        for (Reviewed clear : reviewed) {
            MedicalReview review = clear.review();
            lines.add("Medically reviewed " + review.getDate() + (blank(review.getReviewer()) ? "" : " by " + review.getReviewer())
                    + ": " + clear.label() + (blank(review.getOutcome()) ? "" : " - " + review.getOutcome()));
        }
        if (referred && raised()) {
            lines.add("Referred for medical review.");
        }
        return lines;
    }

    private String detail(TriageFinding finding) {
        if (RedFlagQuestion.fromId(finding.key()).filter(RedFlagQuestion::derived).isPresent()) {
            return ageYears.isPresent() ? " (age " + ageYears.getAsInt() + ")" : "";
        }
        Answered answered = active.get(finding.key());
        return answered != null && answered.since() != null ? " (since " + answered.since() + ")" : "";
    }

    private static String describe(TriageFinding finding) {
        String what = finding.suspected().map(RedFlagCategory::label).orElse(finding.level().label());
        return what + ": " + finding.label();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
