package org.physiobench.ui.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.ui.assessment.api.RegionKey;

/**
 * The geometry of the body chart in design units: two figures (front and back), each
 * {@link #WIDTH} by {@link #HEIGHT}, with their outline and the polygons of the clickable
 * areas. Seen from the front the patient's right is on the viewer's left; seen from the back
 * the patient's left is on the viewer's left, as on a paper body chart.
 */
public final class BodyFigure {

    public static final int WIDTH = 200;
    public static final int HEIGHT = 500;

    /** Which figure. */
    public enum View {
        FRONT("Front"), BACK("Back");

        private final String label;

        View(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** @return the patient's side drawn on the viewer's left of this figure */
        public BodySide viewersLeft() {
            return this == FRONT ? BodySide.RIGHT : BodySide.LEFT;
        }
    }

    /** A clickable area on one figure; {@code points} are x,y pairs in design units. */
    public record Area(RegionKey key, View view, int[] points) {

        public boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = points.length - 2; i < points.length; j = i, i += 2) {
                double xi = points[i], yi = points[i + 1], xj = points[j], yj = points[j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }

        /** @return the bounding box as {x, y, width, height} in design units */
        public int[] bounds() {
            return boundingBox(points);
        }
    }

    // ---- outline (viewer's left half; the right half is mirrored) ----
    /** Head: centre x, centre y, radius x, radius y. */
    public static final int[] HEAD = { 100, 36, 22, 28 };
    public static final int[] NECK = { 90, 60, 110, 60, 112, 80, 88, 80 };
    public static final int[] TORSO = { 50, 80, 150, 80, 142, 160, 138, 222, 146, 264, 54, 264, 62, 222, 58, 160 };
    public static final int[] ARM = { 50, 82, 36, 94, 27, 200, 20, 272, 33, 275, 43, 206, 57, 136 };
    public static final int[] LEG = { 54, 262, 99, 262, 97, 362, 92, 455, 70, 455, 62, 362 };
    public static final int[] FOOT_OUTLINE = { 69, 453, 94, 453, 97, 482, 60, 482 };

    // ---- areas (viewer's left; mirrored for the viewer's right) ----
    private static final int[] THORACIC = { 82, 92, 118, 92, 118, 176, 82, 176 };
    private static final int[] LUMBAR = { 80, 179, 120, 179, 120, 232, 80, 232 };
    private static final int[] SACROILIAC = { 72, 235, 97, 235, 97, 251, 72, 251 };
    private static final int[] BUTTOCK = { 57, 254, 98, 254, 98, 300, 61, 300 };
    private static final int[] GROIN = { 62, 248, 98, 259, 98, 282, 62, 270 };
    private static final int[] THIGH = { 61, 303, 98, 303, 97, 360, 64, 360 };
    private static final int[] KNEE = { 64, 363, 97, 363, 96, 389, 65, 389 };
    private static final int[] LOWER_LEG = { 65, 392, 96, 392, 92, 451, 71, 451 };
    private static final int[] FOOT = { 70, 455, 93, 455, 96, 480, 61, 480 };

    private static final List<Area> AREAS = createAreas();

    private BodyFigure() {
    }

    /** @return every clickable area of both figures */
    public static List<Area> areas() {
        return AREAS;
    }

    /** @return the areas of {@code key} (the knee, lower leg and foot are on both figures) */
    public static List<Area> areasOf(RegionKey key) {
        return AREAS.stream().filter(area -> area.key().equals(key)).toList();
    }

    /** @return the bounding box of x,y pairs as {x, y, width, height} */
    public static int[] boundingBox(int[] points) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (int i = 0; i < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return new int[] { minX, minY, maxX - minX, maxY - minY };
    }

    /** @return {@code points} mirrored about the figure's vertical centre line */
    public static int[] mirror(int[] points) {
        int[] mirrored = points.clone();
        for (int i = 0; i < mirrored.length; i += 2) {
            mirrored[i] = WIDTH - mirrored[i];
        }
        return mirrored;
    }

    private static List<Area> createAreas() {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(RegionKey.central(BodyRegion.THORACIC), View.BACK, THORACIC));
        areas.add(new Area(RegionKey.central(BodyRegion.LUMBAR), View.BACK, LUMBAR));
        paired(areas, View.BACK, BodyRegion.SACROILIAC, SACROILIAC);
        paired(areas, View.BACK, BodyRegion.BUTTOCK, BUTTOCK);
        paired(areas, View.BACK, BodyRegion.THIGH_POSTERIOR, THIGH);
        paired(areas, View.BACK, BodyRegion.KNEE, KNEE);
        paired(areas, View.BACK, BodyRegion.LOWER_LEG, LOWER_LEG);
        paired(areas, View.BACK, BodyRegion.FOOT, FOOT);
        paired(areas, View.FRONT, BodyRegion.GROIN, GROIN);
        paired(areas, View.FRONT, BodyRegion.THIGH_ANTERIOR, new int[] { 61, 285, 98, 285, 97, 360, 64, 360 });
        paired(areas, View.FRONT, BodyRegion.KNEE, KNEE);
        paired(areas, View.FRONT, BodyRegion.LOWER_LEG, LOWER_LEG);
        paired(areas, View.FRONT, BodyRegion.FOOT, FOOT);
        return List.copyOf(areas);
    }

    private static void paired(List<Area> areas, View view, BodyRegion region, int[] viewersLeft) {
        BodySide left = view.viewersLeft();
        BodySide right = left == BodySide.LEFT ? BodySide.RIGHT : BodySide.LEFT;
        areas.add(new Area(new RegionKey(region, left), view, viewersLeft));
        areas.add(new Area(new RegionKey(region, right), view, mirror(viewersLeft)));
    }
}
