package org.physiobench.modality.api;

import java.util.Set;

/**
 * The patient conditions a modality contraindication may name besides the red-flag
 * categories of {@link org.physiobench.core.api.RedFlagCategory}. The ids are shared
 * vocabulary: the intake records them on the patient, plugin.xml files name them.
 *
 * <p>A contribution naming any other condition is rejected by the registry: a misspelt
 * condition would never match a patient, and the modality would silently lose a
 * safety check.
 */
public final class ConditionIds {

    /** Reduced bone density: vertebral fracture risk under thrust or loaded flexion. */
    public static final String OSTEOPOROSIS = "osteoporosis";
    /** Oral anticoagulant or antiplatelet therapy: bleeding and bruising risk under deep pressure. */
    public static final String ANTICOAGULATION = "anticoagulation";
    /** Pregnancy: positioning, abdominal pressure and ligament laxity. */
    public static final String PREGNANCY = "pregnancy";
    /** A lumbar spinal fusion: no movement is expected at the fused levels. */
    public static final String SPINAL_FUSION = "spinal-fusion";
    /** Acute radiculopathy: nerve-root signs that neural tension or loading can aggravate. */
    public static final String ACUTE_RADICULOPATHY = "acute-radiculopathy";
    /** Inflammatory arthritis (e.g. axial spondyloarthritis, rheumatoid arthritis): ligament and bone fragility. */
    public static final String INFLAMMATORY_ARTHRITIS = "inflammatory-arthritis";
    /** Spinal surgery within the surgeon's restriction period. */
    public static final String RECENT_SPINAL_SURGERY = "recent-spinal-surgery";

    /** Every known condition id. */
    public static final Set<String> ALL = Set.of(OSTEOPOROSIS, ANTICOAGULATION, PREGNANCY, SPINAL_FUSION,
            ACUTE_RADICULOPATHY, INFLAMMATORY_ARTHRITIS, RECENT_SPINAL_SURGERY);

    private ConditionIds() {
    }
}
