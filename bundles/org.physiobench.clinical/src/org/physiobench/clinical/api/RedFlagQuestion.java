package org.physiobench.clinical.api;

import java.util.Arrays;
import java.util.Optional;

import org.physiobench.core.api.RedFlagCategory;

/**
 * The red-flag findings of low back pain, each with the category of serious pathology it points
 * to (or none: a risk factor), the question as a therapist reads it and, where a patient must
 * know it, the warning sign in plain words. The triage rules ({@link TriageRules}) decide what a
 * "yes" means; the categories follow the PhysioBench clinical reference ("Red flags: graded
 * triage"; IFOMPT 2020, GIRFT 2023).
 *
 * <p>The {@link #id()} is the stable answer key used by the intake form, the store, exports and
 * {@code physiobench screen}; never change one. The two age findings are {@linkplain #derived()
 * derived} from the birth date and the date of the assessment, never asked.
 */
public enum RedFlagQuestion {

    // Cauda equina (GIRFT 2023): any one of them is an emergency
    SADDLE_ANAESTHESIA("saddle-anaesthesia", RedFlagCategory.CAUDA_EQUINA, "Saddle anaesthesia (numbness around the anus, perineum or genitals)",
            "Numbness or tingling around your bottom or genitals"),
    BLADDER_OR_BOWEL_DYSFUNCTION("bladder-bowel-dysfunction", RedFlagCategory.CAUDA_EQUINA,
            "New bladder or bowel dysfunction (retention, frequency, overflow incontinence)",
            "Difficulty passing or holding urine, or losing control of your bladder or bowels"),
    SEXUAL_DYSFUNCTION("sexual-dysfunction", RedFlagCategory.CAUDA_EQUINA, "New sexual dysfunction",
            "Loss of sensation or function in your genitals during sex"),
    BILATERAL_LEG_SYMPTOMS("bilateral-leg-symptoms", RedFlagCategory.CAUDA_EQUINA,
            "Bilateral leg pain, numbness or weakness",
            "Pain, numbness or weakness in both legs"),

    // Neurological deficit: a motor deficit such as foot drop is urgent, not cauda equina
    PROGRESSIVE_NEUROLOGICAL_DEFICIT("progressive-neurological-deficit", RedFlagCategory.NEUROLOGICAL_DEFICIT,
            "Severe or progressive neurological deficit in the legs",
            "Weakness in a leg that is getting worse"),
    FOOT_DROP("foot-drop", RedFlagCategory.NEUROLOGICAL_DEFICIT, "Foot drop",
            "Your foot drops or slaps when you walk, or you cannot lift your toes"),

    // Fracture
    MAJOR_TRAUMA("major-trauma", RedFlagCategory.FRACTURE, "Major trauma", null),
    MINOR_TRAUMA_OLDER_OR_OSTEOPOROTIC("minor-trauma-older-or-osteoporotic", RedFlagCategory.FRACTURE,
            "Minor trauma or strenuous lifting in an older or osteoporotic patient", null),
    PROLONGED_CORTICOSTEROIDS("prolonged-corticosteroids", RedFlagCategory.FRACTURE, "Prolonged corticosteroid use",
            null),

    // Malignancy
    HISTORY_OF_CANCER("history-of-cancer", RedFlagCategory.MALIGNANCY, "History of cancer", null),
    UNEXPLAINED_WEIGHT_LOSS("unexplained-weight-loss", RedFlagCategory.MALIGNANCY, "Unexplained weight loss",
            "Losing weight without trying"),

    // Infection
    FEVER_OR_CHILLS("fever-chills", RedFlagCategory.INFECTION, "Fever or chills",
            "Fever, chills or feeling generally unwell with your back pain"),
    RECENT_BACTERIAL_INFECTION("recent-bacterial-infection", RedFlagCategory.INFECTION, "Recent bacterial infection",
            null),
    IV_DRUG_USE("iv-drug-use", RedFlagCategory.INFECTION, "Intravenous drug use", null),
    IMMUNOSUPPRESSION("immunosuppression", RedFlagCategory.INFECTION, "Immunosuppression", null),

    // Risk factors: alone they suspect nothing (screen further); with a history of cancer they are urgent
    PAIN_WORSE_LYING_DOWN("pain-worse-lying-down", null, "Pain worse when lying down",
            "Pain that is worse when you lie down"),
    SEVERE_NIGHT_PAIN("severe-night-pain", null, "Severe night pain",
            "Severe pain at night that does not ease when you change position"),
    AGE_OVER_50("age-over-50", null, "Age over 50", null),
    AGE_UNDER_20("age-under-20", null, "Age under 20", null);

    private final String id;
    private final RedFlagCategory category;
    private final String label;
    private final String plainWords;

    RedFlagQuestion(String id, RedFlagCategory category, String label, String plainWords) {
        this.id = id;
        this.category = category;
        this.label = label;
        this.plainWords = plainWords;
    }

    /** @return the stable answer key, e.g. {@code saddle-anaesthesia} */
    public String id() {
        return id;
    }

    /**
     * @return the category of serious pathology the finding points to; empty for a risk factor
     *         (age, night pain, pain lying down), which suspects nothing by itself
     */
    public Optional<RedFlagCategory> category() {
        return Optional.ofNullable(category);
    }

    /** @return the question as a therapist reads it */
    public String label() {
        return label;
    }

    /**
     * @return the warning sign in words a patient understands (discharge advice, handouts), for
     *         the findings a patient can notice and must act on; empty for the others
     */
    public Optional<String> plainWords() {
        return Optional.ofNullable(plainWords);
    }

    /** @return whether the finding comes from the patient's age (birth date), never from an answer */
    public boolean derived() {
        return this == AGE_OVER_50 || this == AGE_UNDER_20;
    }

    /** @return the question with this answer key, if there is one (derived ones included) */
    public static Optional<RedFlagQuestion> fromId(String id) {
        return Arrays.stream(values()).filter(question -> question.id.equals(id)).findFirst();
    }

    /** @return the questions a screening asks, in checklist order (every one but the derived age findings) */
    public static RedFlagQuestion[] asked() {
        return Arrays.stream(values()).filter(question -> !question.derived()).toArray(RedFlagQuestion[]::new);
    }
}
