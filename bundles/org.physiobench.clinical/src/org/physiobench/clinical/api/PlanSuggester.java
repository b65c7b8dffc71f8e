package org.physiobench.clinical.api;

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

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;

/**
 * Suggests goals and modalities from an assessment: acuity (JOSPT 2021 guideline, George et al.,
 * doi 10.2519/jospt.2021.0304), STarT Back group (stratified care, Hill et al. 2011), directional
 * preference (treatment-based classification, Alrwaily et al. 2016). Red flags follow the graded
 * triage ({@link RedFlagTriage}): at an urgent or emergency level only the referral is suggested
 * (active treatment waits for the medical review); at a non-urgent level the GP review is
 * suggested beside the treatment, whose contraindications the modality registry checks; a
 * risk factor alone changes nothing.
 *
 * <p>Modalities are named by their canonical ids (e.g. {@code core.bird-dog}); whether one is
 * contraindicated for this patient is checked by the modality registry, not here. A modality
 * suggested for two reasons appears once, with the first reason.
 */
public final class PlanSuggester {

    private PlanSuggester() {
    }

    public static PlanSuggestion suggest(AssessmentSummary assessment) {
        Acuity acuity = assessment.acuity();
        Triage triage = assessment.triage();
        if (triage.level().blocksActiveTreatment()) {
            return new PlanSuggestion(acuity, referrals(triage));
        }
        Suggestions suggestions = new Suggestions();
        suggestions.referrals(referrals(triage));
        byAcuity(acuity, suggestions);
        assessment.riskGroup().ifPresent(group -> byRiskGroup(group, suggestions));
        byDirectionalPreference(assessment.directionalPreference(), suggestions);
        return new PlanSuggestion(acuity, suggestions.all());
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

    private static void byAcuity(Acuity acuity, Suggestions suggestions) {
        suggestions.goal("goal.reduce-pain", "Reduce pain by at least 2 points or 30 % on the NPRS (the MCID)",
                "A change the patient perceives as important; measure at re-assessment", OSTELO_2008);
        suggestions.modality("education.pain-neuroscience",
                "Patient education is recommended throughout the episode, whatever the acuity", JOSPT_2021);
        switch (acuity) {
            case ACUTE -> {
                suggestions.goal("goal.stay-active", "Stay active and return to usual activities",
                        "Acute low back pain (under 6 weeks): advice to stay active with education", JOSPT_2021);
                suggestions.modality("manual-therapy.joint-mobilisation",
                        "Acute low back pain: non-thrust mobilisation is recommended", JOSPT_2021);
                suggestions.modality("manual-therapy.spinal-manipulation",
                        "Acute low back pain: thrust manipulation is recommended", JOSPT_2021);
            }
            case SUBACUTE -> {
                suggestions.goal("goal.reduce-disability",
                        "Reduce disability by at least 10 points or 30 % on the ODI (the MCID)",
                        "Subacute low back pain (6-12 weeks): prevent progression to chronic disability", OSTELO_2008);
                suggestions.modality("manual-therapy.joint-mobilisation",
                        "Subacute low back pain: the guideline's mobilisation recommendation for acute pain still "
                                + "applies early on (PhysioBench's reading: no separate subacute stratum)",
                        JOSPT_2021);
                suggestions.modality("core.abdominal-bracing",
                        "Subacute low back pain: start specific trunk activation to prepare for strengthening",
                        JOSPT_2021);
            }
            case CHRONIC -> {
                suggestions.goal("goal.reduce-disability",
                        "Reduce disability by at least 10 points or 30 % on the ODI (the MCID)",
                        "Chronic low back pain (over 12 weeks): function is the main outcome", OSTELO_2008);
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
        }
    }

    private static void byRiskGroup(StartBackGroup group, Suggestions suggestions) {
        switch (group) {
            case LOW -> {
                suggestions.goal("goal.self-management", "Manage the back pain independently with advice and a home programme",
                        "STarT Back low risk: advice, reassurance and self-management", STARTBACK_HILL_2011);
                suggestions.modality("prevention.self-management",
                        "STarT Back low risk: advice, reassurance and self-management", STARTBACK_HILL_2011);
            }
            case MEDIUM -> {
                suggestions.modality("core.bird-dog", "STarT Back medium risk: physiotherapy with exercise",
                        STARTBACK_HILL_2011);
                suggestions.modality("manual-therapy.joint-mobilisation",
                        "STarT Back medium risk: physiotherapy with manual therapy", STARTBACK_HILL_2011);
            }
            case HIGH -> {
                suggestions.goal("goal.reduce-fear-avoidance",
                        "Reduce fear of movement and return to valued activities",
                        "STarT Back high risk: psychosocial factors drive the disability", STARTBACK_HILL_2011);
                suggestions.modality("education.pain-neuroscience",
                        "STarT Back high risk: psychologically informed physiotherapy", STARTBACK_HILL_2011);
                suggestions.modality("education.activity-pacing",
                        "STarT Back high risk: psychologically informed physiotherapy (graded activity)",
                        STARTBACK_HILL_2011);
            }
        }
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
            modalities.putIfAbsent(modalityId,
                    new Suggestion(Suggestion.Kind.MODALITY, modalityId, modalityId, rationale, reference));
        }

        List<Suggestion> all() {
            List<Suggestion> all = new ArrayList<>(referrals);
            all.addAll(goals.values());
            all.addAll(modalities.values());
            return all;
        }
    }
}
