package org.physiobench.core.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of red flags screened for in low back pain: signs of serious pathology
 * that need medical referral before physiotherapy treatment.
 *
 * <p>Source: AHCPR clinical practice guideline no. 14, Acute low back problems in adults
 * (Bigos et al., 1994), as summarised in the PhysioBench clinical reference. The categories are
 * shared vocabulary: screening rules raise them, modality contraindications name them, the
 * model records them, by their stable {@link #id()}.
 */
public enum RedFlagCategory {

    /** Saddle anaesthesia, new bladder or bowel dysfunction, severe or progressive neurological deficit, foot drop. */
    CAUDA_EQUINA("cauda-equina", "Cauda equina syndrome"),

    /** Major trauma; minor trauma or strenuous lifting in an older or osteoporotic patient; prolonged corticosteroid use. */
    FRACTURE("fracture", "Spinal fracture"),

    /**
     * Age over 50 or under 20, history of cancer, fever or chills, unexplained weight loss, recent bacterial
     * infection, IV drug use, immunosuppression, pain worse lying down, severe night pain.
     */
    TUMOUR_OR_INFECTION("tumour-infection", "Tumour or infection");

    private final String id;
    private final String label;

    RedFlagCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the stable id used in plugin.xml, the store and exports, e.g. {@code cauda-equina} */
    public String id() {
        return id;
    }

    /** @return the name a therapist reads */
    public String label() {
        return label;
    }

    /** @return the category with this id, if there is one */
    public static Optional<RedFlagCategory> fromId(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }
}
