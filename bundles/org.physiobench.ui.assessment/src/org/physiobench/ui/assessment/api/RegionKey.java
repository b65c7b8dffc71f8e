package org.physiobench.ui.assessment.api;

import java.util.List;
import java.util.Objects;

import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;

/**
 * One clickable area of the body chart: a region of the model on one side. The spine
 * (thoracic, lumbar) is central; every other region has a left and a right area. The list
 * {@link #ALL} is the keyboard order, head to foot.
 */
public record RegionKey(BodyRegion region, BodySide side) {

    /** Every area of the chart, head to foot, left before right. */
    public static final List<RegionKey> ALL = List.of(
            central(BodyRegion.THORACIC), central(BodyRegion.LUMBAR),
            left(BodyRegion.SACROILIAC), right(BodyRegion.SACROILIAC),
            left(BodyRegion.BUTTOCK), right(BodyRegion.BUTTOCK),
            left(BodyRegion.GROIN), right(BodyRegion.GROIN),
            left(BodyRegion.THIGH_ANTERIOR), right(BodyRegion.THIGH_ANTERIOR),
            left(BodyRegion.THIGH_POSTERIOR), right(BodyRegion.THIGH_POSTERIOR),
            left(BodyRegion.KNEE), right(BodyRegion.KNEE),
            left(BodyRegion.LOWER_LEG), right(BodyRegion.LOWER_LEG),
            left(BodyRegion.FOOT), right(BodyRegion.FOOT));

    public RegionKey {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(side, "side");
    }

    public static RegionKey central(BodyRegion region) {
        return new RegionKey(region, BodySide.CENTRAL);
    }

    public static RegionKey left(BodyRegion region) {
        return new RegionKey(region, BodySide.LEFT);
    }

    public static RegionKey right(BodyRegion region) {
        return new RegionKey(region, BodySide.RIGHT);
    }

    /** @return whether the region is on the spine, drawn as one central area */
    public static boolean isSpinal(BodyRegion region) {
        return region == BodyRegion.THORACIC || region == BodyRegion.LUMBAR;
    }

    /** @return whether the region lies below the knee, where radiation is recorded */
    public boolean isBelowKnee() {
        return region == BodyRegion.LOWER_LEG || region == BodyRegion.FOOT;
    }

    /** @return the name a therapist (or a screen reader) reads, e.g. {@code Left lower leg} */
    public String label() {
        String name = switch (region) {
            case THORACIC -> "thoracic spine";
            case LUMBAR -> "lumbar spine";
            case SACROILIAC -> "sacroiliac joint";
            case BUTTOCK -> "buttock";
            case GROIN -> "groin";
            case THIGH_ANTERIOR -> "front of thigh";
            case THIGH_POSTERIOR -> "back of thigh";
            case KNEE -> "knee";
            case LOWER_LEG -> "lower leg";
            case FOOT -> "foot";
        };
        return switch (side) {
            case LEFT -> "Left " + name;
            case RIGHT -> "Right " + name;
            case BILATERAL -> "Both sides, " + name;
            case CENTRAL -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
    }
}
