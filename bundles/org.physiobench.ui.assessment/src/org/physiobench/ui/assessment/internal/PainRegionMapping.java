package org.physiobench.ui.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PainRegion;
import org.physiobench.ui.assessment.api.PainMark;
import org.physiobench.ui.assessment.api.RegionKey;

/**
 * Reads and writes body-chart marks in the model's {@link PainDescription}. Each marked area
 * is one {@link PainRegion} (region, side); radiation is the description's
 * {@code radiatesBelowKnee}. A change touches only the regions of the area changed, so
 * entries the chart cannot draw as they are (a bilateral or central buttock, a left-sided
 * lumbar entry) stay in the record until the therapist changes that area.
 */
public final class PainRegionMapping {

    private PainRegionMapping() {
    }

    /** @return the mark of every area of the chart as recorded in {@code pain} */
    public static Map<RegionKey, PainMark> read(PainDescription pain) {
        Map<RegionKey, PainMark> marks = new LinkedHashMap<>();
        for (RegionKey key : RegionKey.ALL) {
            marks.put(key, pain == null || !recorded(pain, key) ? PainMark.NONE
                    : key.isBelowKnee() && pain.isRadiatesBelowKnee() ? PainMark.RADIATING : PainMark.PAIN);
        }
        return marks;
    }

    /**
     * Records {@code mark} for {@code key} in {@code pain}, and whether the pain radiates below
     * the knee given all {@code marks} (which must already hold the new mark), as steps of
     * {@code edit} (commands when the chart has an editing domain).
     */
    public static void write(ModelEdit edit, PainDescription pain, RegionKey key, PainMark mark,
            Map<RegionKey, PainMark> marks) {
        if (mark == PainMark.NONE) {
            remove(edit, pain, key);
        } else if (!recorded(pain, key)) {
            PainRegion region = ClinicalFactory.eINSTANCE.createPainRegion();
            region.setRegion(key.region());
            region.setSide(key.side());
            edit.add(pain, Literals.PAIN_DESCRIPTION__REGIONS, region);
        }
        boolean radiates = marks.values().contains(PainMark.RADIATING);
        if (pain.isRadiatesBelowKnee() != radiates) {
            edit.set(pain, Literals.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE, radiates);
        }
    }

    /** An entry covers an area when it names the same region and the area's side or both sides. */
    private static boolean covers(PainRegion entry, RegionKey key) {
        if (entry.getRegion() != key.region()) {
            return false;
        }
        if (RegionKey.isSpinal(key.region())) {
            return true; // the spine is drawn as one area: a one-sided spinal entry shows on it
        }
        return entry.getSide() == key.side() || entry.getSide() == BodySide.BILATERAL || entry.getSide() == BodySide.CENTRAL
                || entry.getSide() == null;
    }

    private static boolean recorded(PainDescription pain, RegionKey key) {
        return pain.getRegions().stream().anyMatch(entry -> covers(entry, key));
    }

    /** Removes the area; an entry covering both sides keeps covering the other one. */
    private static void remove(ModelEdit edit, PainDescription pain, RegionKey key) {
        List<PainRegion> covering = pain.getRegions().stream().filter(entry -> covers(entry, key)).toList();
        for (PainRegion entry : covering) {
            boolean bothSides = !RegionKey.isSpinal(key.region()) && entry.getSide() != key.side();
            if (bothSides) {
                edit.set(entry, Literals.PAIN_REGION__SIDE, key.side() == BodySide.LEFT ? BodySide.RIGHT : BodySide.LEFT);
            } else {
                edit.remove(pain, Literals.PAIN_DESCRIPTION__REGIONS, entry);
            }
        }
    }
}
