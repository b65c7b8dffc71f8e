package org.physiobench.clinical.api;

import java.util.Arrays;
import java.util.Optional;

import org.physiobench.core.api.RedFlagCategory;

/**
 * The red-flag screening questions, each with the category of serious pathology a "yes" points
 * to (AHCPR clinical practice guideline no. 14, Bigos et al. 1994, as listed in the PhysioBench
 * clinical reference).
 *
 * <p>The {@link #id()} is the stable answer key used by the intake form, the store, exports and
 * {@link RedFlagScreening#screen(java.util.Map, java.util.OptionalInt)}; never change one.
 */
public enum RedFlagQuestion {

    // Cauda equina
    SADDLE_ANAESTHESIA("saddle-anaesthesia", RedFlagCategory.CAUDA_EQUINA, "Saddle anaesthesia"),
    BLADDER_OR_BOWEL_DYSFUNCTION("bladder-bowel-dysfunction", RedFlagCategory.CAUDA_EQUINA,
            "New bladder or bowel dysfunction (retention, frequency, overflow incontinence)"),
    PROGRESSIVE_NEUROLOGICAL_DEFICIT("progressive-neurological-deficit", RedFlagCategory.CAUDA_EQUINA,
            "Severe or progressive neurological deficit in the legs"),
    FOOT_DROP("foot-drop", RedFlagCategory.CAUDA_EQUINA, "Foot drop"),

    // Fracture
    MAJOR_TRAUMA("major-trauma", RedFlagCategory.FRACTURE, "Major trauma"),
    MINOR_TRAUMA_OLDER_OR_OSTEOPOROTIC("minor-trauma-older-or-osteoporotic", RedFlagCategory.FRACTURE,
            "Minor trauma or strenuous lifting in an older or osteoporotic patient"),
    PROLONGED_CORTICOSTEROIDS("prolonged-corticosteroids", RedFlagCategory.FRACTURE, "Prolonged corticosteroid use"),

    // Tumour or infection
    AGE_OVER_50("age-over-50", RedFlagCategory.TUMOUR_OR_INFECTION, "Age over 50"),
    AGE_UNDER_20("age-under-20", RedFlagCategory.TUMOUR_OR_INFECTION, "Age under 20"),
    HISTORY_OF_CANCER("history-of-cancer", RedFlagCategory.TUMOUR_OR_INFECTION, "History of cancer"),
    FEVER_OR_CHILLS("fever-chills", RedFlagCategory.TUMOUR_OR_INFECTION, "Fever or chills"),
    UNEXPLAINED_WEIGHT_LOSS("unexplained-weight-loss", RedFlagCategory.TUMOUR_OR_INFECTION, "Unexplained weight loss"),
    RECENT_BACTERIAL_INFECTION("recent-bacterial-infection", RedFlagCategory.TUMOUR_OR_INFECTION,
            "Recent bacterial infection"),
    IV_DRUG_USE("iv-drug-use", RedFlagCategory.TUMOUR_OR_INFECTION, "Intravenous drug use"),
    IMMUNOSUPPRESSION("immunosuppression", RedFlagCategory.TUMOUR_OR_INFECTION, "Immunosuppression"),
    PAIN_WORSE_LYING_DOWN("pain-worse-lying-down", RedFlagCategory.TUMOUR_OR_INFECTION, "Pain worse when lying down"),
    SEVERE_NIGHT_PAIN("severe-night-pain", RedFlagCategory.TUMOUR_OR_INFECTION, "Severe night pain");

    private final String id;
    private final RedFlagCategory category;
    private final String label;

    RedFlagQuestion(String id, RedFlagCategory category, String label) {
        this.id = id;
        this.category = category;
        this.label = label;
    }

    /** @return the stable answer key, e.g. {@code saddle-anaesthesia} */
    public String id() {
        return id;
    }

    /** @return the category of serious pathology a "yes" points to */
    public RedFlagCategory category() {
        return category;
    }

    /** @return the question as a therapist reads it */
    public String label() {
        return label;
    }

    /** @return the question with this answer key, if there is one */
    public static Optional<RedFlagQuestion> fromId(String id) {
        return Arrays.stream(values()).filter(question -> question.id.equals(id)).findFirst();
    }
}
