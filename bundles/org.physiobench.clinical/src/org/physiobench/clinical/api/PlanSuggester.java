package org.physiobench.clinical.api;

import static org.physiobench.clinical.api.GuidelineReference.CHILDS_2004;
import static org.physiobench.clinical.api.GuidelineReference.GIRFT_2023;
import static org.physiobench.clinical.api.GuidelineReference.IFOMPT_2020;
import static org.physiobench.clinical.api.GuidelineReference.JOSPT_2021;
import static org.physiobench.clinical.api.GuidelineReference.OSTELO_2008;
import static org.physiobench.clinical.api.GuidelineReference.STARTBACK_HILL_2011;
import static org.physiobench.clinical.api.GuidelineReference.TBC_ALRWAILY_2016;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;

/**
 * Suggests goals and modalities from an assessment, following the PhysioBench clinical reference
 * ("Guidance for plan suggestions"):
 * <ul>
 * <li>With a STarT Back group, stratified care (Hill et al. 2011, Lancet 378:1560): low risk - one
 * session of advice, reassurance and self-management, no routine course of physiotherapy and no
 * manual therapy; medium risk - physiotherapist-led exercise and manual therapy; high risk -
 * psychologically informed physiotherapy (cognitive-behavioural approach, graded activity and
 * exposure) with exercise, no manual therapy.</li>
 * <li>Without one, by acuity (JOSPT 2021 guideline, George et al., doi 10.2519/jospt.2021.0304):
 * acute - advice to stay active, education, non-thrust mobilisation; subacute - mobilisation and
 * specific trunk activation; chronic - trunk strengthening and endurance, specific trunk
 * activation, aerobic and general exercise, pain neuroscience education combined with exercise.
 * Without an onset date or duration class there is no acuity: nothing acuity-specific is
 * suggested.</li>
 * <li>Spinal manipulation (thrust) only where the prediction rule's key criteria hold (Flynn 2002;
 * Childs 2004): symptoms for under 16 days, known from an onset date, and none below the knee;
 * and only where manual therapy is suggested at all (acute without STarT Back, or medium risk).
 * FABQ-W under 19 supports it and is named in the rationale.</li>
 * <li>Pain neuroscience education only for chronic or STarT Back high-risk patients, its patient
 * text fitted to the acuity ({@link PatientEducation}); other patients get advice and
 * self-management education fitted to the acuity.</li>
 * <li>Directional preference (treatment-based classification, Alrwaily et al. 2016) adds repeated
 * movements that way, except at low risk (advice only).</li>
 * </ul>
 * Red flags follow the graded triage ({@link RedFlagTriage}): at an urgent or emergency level only
 * the referral is suggested (active treatment waits for the medical review); at a non-urgent level
 * the GP review is suggested beside the treatment, whose contraindications the modality registry
 * checks; a risk factor alone changes nothing.
 *
 * <p>Modalities are named by their canonical ids (e.g. {@code core.bird-dog}); whether one is
 * contraindicated for this patient is checked by the modality registry, not here. A modality
 * suggested for two reasons appears once, with the first reason.
 */
public final class PlanSuggester {

    /** Manipulation's prediction rule holds for symptoms shorter than this (Flynn 2002; Childs 2004). */
    public static final int MANIPULATION_UNDER_DAYS = 16;

    static final String SPINAL_MANIPULATION = "manual-therapy.spinal-manipulation";
    static final String JOINT_MOBILISATION = "manual-therapy.joint-mobilisation";
    static final String PAIN_NEUROSCIENCE = "education.pain-neuroscience";
    static final String SELF_MANAGEMENT = "prevention.self-management";

    private PlanSuggester() {
    }

    public static PlanSuggestion suggest(AssessmentSummary assessment) {
        SymptomDuration duration = assessment.symptomDuration();
        Triage triage = assessment.triage();
        if (triage.level().blocksActiveTreatment()) {
            return new PlanSuggestion(duration, referrals(triage));
        }
        Suggestions suggestions = new Suggestions();
        suggestions.referrals(referrals(triage));
        Optional<StartBackGroup> group = assessment.riskGroup();
        if (group.isEmpty()) {
            byAcuity(assessment, suggestions);
        } else {
            switch (group.get()) {
                case LOW -> lowRisk(assessment.acuity(), suggestions);
                case MEDIUM -> mediumRisk(assessment, suggestions);
                case HIGH -> highRisk(assessment.acuity(), suggestions);
            }
        }
        if (group.orElse(null) != StartBackGroup.LOW) {
            byDirectionalPreference(assessment.directionalPreference(), suggestions);
        }
        return new PlanSuggestion(duration, suggestions.all());
    }

    /** One referral per suspected category, at the urgency of its triage level, most urgent first. */
    private static List<Suggestion> referrals(Triage triage) {
        List<Suggestion> referrals = new ArrayList<>();
        triage.suspectedLevels().entrySet().stream()
                .sorted(Map.Entry.<RedFlagCategory, TriageLevel>comparingByValue().reversed())
                .forEach(suspected -> referrals.add(referral(suspected.getKey(), suspected.getValue())));
        return referrals;
    }

    private static Suggestion referral(RedFlagCategory category, TriageLevel level) {
        String what = "suspected " + category.label().toLowerCase();
        return switch (level) {
            case EMERGENCY -> new Suggestion(Suggestion.Kind.REFERRAL, "referral." + category.id(),
                    "Send for same-day emergency assessment (emergency department) of " + what,
                    "Red-flag triage: emergency. No treatment; the patient goes today", GIRFT_2023);
            case URGENT -> new Suggestion(Suggestion.Kind.REFERRAL, "referral." + category.id(),
                    "Arrange a medical review within 24 hours for " + what,
                    "Red-flag triage: urgent. Active treatment waits for the medical review; advice is allowed",
                    IFOMPT_2020);
            default -> new Suggestion(Suggestion.Kind.REFERRAL, "referral." + category.id(),
                    "Ask the GP to review " + what + " within days",
                    "Red-flag triage: non-urgent. Treatment may start with caution; re-screen at every visit",
                    IFOMPT_2020);
        };
    }

    /** Without a STarT Back group: by acuity, JOSPT 2021. */
    private static void byAcuity(AssessmentSummary assessment, Suggestions suggestions) {
        Optional<Acuity> acuity = assessment.acuity();
        reducePain(suggestions);
        if (acuity.isEmpty()) {
            selfManagement(acuity, "No onset date or duration class recorded, so no acuity: patient education "
                    + "is recommended throughout; record the onset or duration for acuity-specific suggestions",
                    JOSPT_2021, suggestions);
            return;
        }
        switch (acuity.get()) {
            case ACUTE -> {
                stayActive("Acute low back pain (under 6 weeks): advice to stay active", JOSPT_2021, suggestions);
                selfManagement(acuity, "Acute low back pain: advice to stay active and patient education, "
                        + "fitted to pain that began recently", JOSPT_2021, suggestions);
                suggestions.modality(JOINT_MOBILISATION,
                        "Acute low back pain: non-thrust mobilisation is recommended", JOSPT_2021);
                manipulationIfTheRuleHolds(assessment, suggestions);
            }
            case SUBACUTE -> {
                reduceDisability("Subacute low back pain (6-12 weeks): prevent progression to chronic disability",
                        suggestions);
                selfManagement(acuity, "Subacute low back pain: patient education throughout, fitted to the acuity",
                        JOSPT_2021, suggestions);
                suggestions.modality(JOINT_MOBILISATION,
                        "Subacute low back pain: the guideline's mobilisation recommendation for acute pain still "
                                + "applies early on (PhysioBench's reading: no separate subacute stratum)",
                        JOSPT_2021);
                suggestions.modality("core.abdominal-bracing",
                        "Subacute low back pain: start specific trunk activation to prepare for strengthening",
                        JOSPT_2021);
            }
            case CHRONIC -> {
                reduceDisability("Chronic low back pain (over 12 weeks): function is the main outcome", suggestions);
                chronicExercise(suggestions);
                painNeuroscience(acuity, "Chronic low back pain: pain neuroscience education combined with exercise "
                        + "is recommended", JOSPT_2021, suggestions);
            }
        }
    }

    /** STarT Back low risk: one session of advice, reassurance and self-management; nothing else. */
    private static void lowRisk(Optional<Acuity> acuity, Suggestions suggestions) {
        suggestions.goal("goal.self-management", "Manage the back pain independently with advice and reassurance",
                "STarT Back low risk: advice, reassurance and self-management", STARTBACK_HILL_2011);
        stayActive("STarT Back low risk: advice to stay active", STARTBACK_HILL_2011, suggestions);
        selfManagement(acuity, "STarT Back low risk: one session of advice, reassurance and self-management; "
                + "no routine course of physiotherapy and no manual therapy", STARTBACK_HILL_2011, suggestions);
    }

    /** STarT Back medium risk: physiotherapist-led exercise and manual therapy. */
    private static void mediumRisk(AssessmentSummary assessment, Suggestions suggestions) {
        Optional<Acuity> acuity = assessment.acuity();
        reducePain(suggestions);
        reduceDisability("STarT Back medium risk: physiotherapy aims at function and pain", suggestions);
        if (acuity.orElse(null) == Acuity.CHRONIC) {
            chronicExercise(suggestions);
            painNeuroscience(acuity, "Chronic low back pain: pain neuroscience education combined with exercise "
                    + "is recommended", JOSPT_2021, suggestions);
        } else {
            physiotherapistLedExercise("STarT Back medium risk", suggestions);
            selfManagement(acuity, "Patient education throughout, fitted to the acuity", JOSPT_2021, suggestions);
        }
        suggestions.modality(JOINT_MOBILISATION, "STarT Back medium risk: physiotherapy with manual therapy "
                + "(non-thrust mobilisation)", STARTBACK_HILL_2011);
        manipulationIfTheRuleHolds(assessment, suggestions);
    }

    /**
     * STarT Back high risk: psychologically informed physiotherapy - a cognitive-behavioural
     * approach (pain neuroscience education), graded activity and exposure - with exercise.
     */
    private static void highRisk(Optional<Acuity> acuity, Suggestions suggestions) {
        suggestions.goal("goal.reduce-fear-avoidance", "Reduce fear of movement and return to valued activities",
                "STarT Back high risk: psychosocial factors drive the disability", STARTBACK_HILL_2011);
        reduceDisability("STarT Back high risk: function is the main outcome", suggestions);
        painNeuroscience(acuity, "STarT Back high risk: psychologically informed physiotherapy "
                + "(cognitive-behavioural approach)", STARTBACK_HILL_2011, suggestions);
        suggestions.modality("education.activity-pacing",
                "STarT Back high risk: psychologically informed physiotherapy (graded activity)", STARTBACK_HILL_2011);
        suggestions.modality("functional.task-specific-drill",
                "STarT Back high risk: psychologically informed physiotherapy (graded exposure to the activities "
                        + "the patient fears or avoids)", STARTBACK_HILL_2011);
        if (acuity.orElse(null) == Acuity.CHRONIC) {
            chronicExercise(suggestions);
        } else {
            physiotherapistLedExercise("STarT Back high risk: with exercise", suggestions);
        }
    }

    /**
     * Spinal manipulation only where the prediction rule's key criteria hold: symptoms for under 16
     * days (exact, from an onset date) and none below the knee (Flynn 2002; Childs 2004).
     */
    private static void manipulationIfTheRuleHolds(AssessmentSummary assessment, Suggestions suggestions) {
        OptionalInt days = assessment.symptomDuration().exactDays();
        if (days.isEmpty() || days.getAsInt() >= MANIPULATION_UNDER_DAYS || assessment.symptomsBelowKnee()) {
            return;
        }
        String fabq = assessment.fabqWorkScore().map(work -> work < AssessmentSummary.FABQ_WORK_SUPPORTS_MANIPULATION_BELOW
                ? "; FABQ-W " + work + " (under 19) supports it"
                : "; FABQ-W " + work + " (19 or more) does not support it: weigh that before a thrust").orElse("");
        suggestions.modality(SPINAL_MANIPULATION, "Symptoms for " + days.getAsInt()
                + " days (under 16) and none below the knee: the key criteria of the manipulation prediction rule "
                + "hold (Flynn 2002, validated by Childs 2004)" + fabq, CHILDS_2004);
    }

    private static void reducePain(Suggestions suggestions) {
        suggestions.goal("goal.reduce-pain", "Reduce pain by at least 2 points or 30 % on the NPRS (the MCID)",
                "A change the patient perceives as important; measure at re-assessment", OSTELO_2008);
    }

    private static void reduceDisability(String rationale, Suggestions suggestions) {
        suggestions.goal("goal.reduce-disability", "Reduce disability by at least 10 points or 30 % on the ODI (the MCID)",
                rationale, OSTELO_2008);
    }

    private static void stayActive(String rationale, GuidelineReference reference, Suggestions suggestions) {
        suggestions.goal("goal.stay-active", "Stay active and return to usual activities", rationale, reference);
    }

    private static void selfManagement(Optional<Acuity> acuity, String rationale, GuidelineReference reference,
            Suggestions suggestions) {
        suggestions.modality(SELF_MANAGEMENT, rationale, reference, PatientEducation.selfManagement(acuity));
    }

    private static void painNeuroscience(Optional<Acuity> acuity, String rationale, GuidelineReference reference,
            Suggestions suggestions) {
        suggestions.modality(PAIN_NEUROSCIENCE, rationale, reference, PatientEducation.painNeuroscience(acuity));
    }

    private static void physiotherapistLedExercise(String why, Suggestions suggestions) {
        suggestions.modality("core.abdominal-bracing", why + ": physiotherapist-led exercise, starting with specific "
                + "trunk activation", STARTBACK_HILL_2011);
        suggestions.modality("core.bird-dog", why + ": physiotherapist-led exercise", STARTBACK_HILL_2011);
    }

    private static void chronicExercise(Suggestions suggestions) {
        suggestions.goal("goal.regular-exercise", "Exercise regularly: trunk strengthening and general aerobic activity",
                "Chronic low back pain: exercise is recommended", JOSPT_2021);
        suggestions.modality("core.abdominal-bracing",
                "Chronic low back pain: specific trunk activation exercise is recommended", JOSPT_2021);
        suggestions.modality("core.bird-dog",
                "Chronic low back pain: trunk strengthening and endurance exercise is recommended", JOSPT_2021);
        suggestions.modality("core.side-plank",
                "Chronic low back pain: trunk strengthening and endurance exercise is recommended", JOSPT_2021);
        suggestions.modality("prevention.walking-programme",
                "Chronic low back pain: aerobic and general exercise is recommended", JOSPT_2021);
    }

    private static void byDirectionalPreference(DirectionalPreference preference, Suggestions suggestions) {
        switch (preference) {
            case EXTENSION -> suggestions.modality("flexibility.prone-press-up",
                    "Directional preference for extension: repeated extension for symptom modulation",
                    TBC_ALRWAILY_2016);
            case FLEXION -> suggestions.modality("pain-relief.knee-to-chest",
                    "Directional preference for flexion: repeated flexion for symptom modulation", TBC_ALRWAILY_2016);
            case NONE -> {
                // Nothing to add: symptom modulation by direction needs a preference.
            }
        }
    }

    /** Collects suggestions in order; a goal or modality already suggested keeps its first reason. */
    private static final class Suggestions {

        private final List<Suggestion> referrals = new ArrayList<>();
        private final Map<String, Suggestion> goals = new LinkedHashMap<>();
        private final Map<String, Suggestion> modalities = new LinkedHashMap<>();

        void referrals(List<Suggestion> more) {
            referrals.addAll(more);
        }

        void goal(String id, String text, String rationale, GuidelineReference reference) {
            goals.putIfAbsent(id, new Suggestion(Suggestion.Kind.GOAL, id, text, rationale, reference));
        }

        void modality(String modalityId, String rationale, GuidelineReference reference) {
            modality(modalityId, rationale, reference, "");
        }

        void modality(String modalityId, String rationale, GuidelineReference reference, String patientText) {
            modalities.putIfAbsent(modalityId,
                    new Suggestion(Suggestion.Kind.MODALITY, modalityId, modalityId, rationale, reference, patientText));
        }

        List<Suggestion> all() {
            List<Suggestion> all = new ArrayList<>(referrals);
            all.addAll(goals.values());
            all.addAll(modalities.values());
            return all;
        }
    }
}
