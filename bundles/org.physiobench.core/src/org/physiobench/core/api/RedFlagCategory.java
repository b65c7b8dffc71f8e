package org.physiobench.core.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The serious pathologies a red-flag screening of low back pain may suspect. The categories are
 * shared vocabulary: the triage rules of {@code org.physiobench.clinical} name them, modality
 * contraindications name them, the model records them, by their stable {@link #id()}.
 *
 * <p>Sources: IFOMPT International Framework for Red Flags (Finucane et al. 2020, JOSPT
 * 50(7):350-372); GIRFT National Suspected Cauda Equina Syndrome pathway (NHS England 2023);
 * NICE NG59 (2016, updated 2020), as the PhysioBench clinical reference summarises them.
 *
 * <p>Malignancy and infection are separate categories. {@link #TUMOUR_OR_INFECTION}, the combined
 * id of PhysioBench 1.0 ({@code tumour-infection}), stays accepted and means both: a
 * contraindication naming it applies when either is suspected (see {@link #matches(Set)}), and a
 * recorded answer carrying it still reads.
 */
public enum RedFlagCategory {

    /** Saddle anaesthesia, new bladder, bowel or sexual dysfunction, bilateral leg symptoms. */
    CAUDA_EQUINA("cauda-equina", "Cauda equina syndrome"),

    /** Severe or progressive neurological deficit, foot drop (a motor deficit, usually L5). */
    NEUROLOGICAL_DEFICIT("neurological-deficit", "Progressive neurological deficit"),

    /** Major trauma; minor trauma in an older or osteoporotic patient; prolonged corticosteroid use. */
    FRACTURE("fracture", "Spinal fracture"),

    /** History of cancer, unexplained weight loss. */
    MALIGNANCY("malignancy", "Malignancy"),

    /** Fever or chills, IV drug use, immunosuppression, recent bacterial infection. */
    INFECTION("infection", "Spinal infection"),

    /**
     * The combined category of PhysioBench 1.0: means both {@link #MALIGNANCY} and
     * {@link #INFECTION}. Accepted in contributions and records; the triage rules never raise it.
     *
     * @deprecated name {@link #MALIGNANCY} or {@link #INFECTION} (or both)
     */
    @Deprecated(since = "1.1")
    TUMOUR_OR_INFECTION("tumour-infection", "Malignancy or infection");

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

    /**
     * @return the categories this one stands for: itself, or for the combined
     *         {@code tumour-infection} both malignancy and infection
     */
    @SuppressWarnings("deprecation")
    public Set<RedFlagCategory> meaning() {
        return this == TUMOUR_OR_INFECTION ? EnumSet.of(MALIGNANCY, INFECTION) : EnumSet.of(this);
    }

    /**
     * @param suspected the categories suspected for a patient (may contain the combined one, from
     *            an older record)
     * @return whether this category names one of them: {@code tumour-infection} matches a
     *         suspected malignancy or infection, and a recorded {@code tumour-infection} matches
     *         a malignancy or infection contraindication
     */
    public boolean matches(Set<RedFlagCategory> suspected) {
        for (RedFlagCategory other : suspected) {
            if (other.meaning().stream().anyMatch(meaning()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** @return the category with this id, if there is one */
    public static Optional<RedFlagCategory> fromId(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }
}
