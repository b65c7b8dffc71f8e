package org.physiobench.ui.assessment.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Region;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.ui.assessment.api.BodyChart;
import org.physiobench.ui.assessment.api.PainMark;
import org.physiobench.ui.assessment.api.RegionKey;
import org.physiobench.ui.assessment.internal.BodyFigure.Area;
import org.physiobench.ui.assessment.internal.BodyFigure.View;

/**
 * Paints the body chart: the two outlines as GC paths, the areas (dotted when unmarked, red
 * for pain, hatched orange for radiation with its path down the leg), the keyboard focus,
 * the side letters and a legend that states whether the pain radiates below the knee.
 */
public final class BodyChartPainter {

    private static final int PAD = 12;
    private static final int TOP = 26;
    private static final int BOTTOM = 64;

    private static final Color BODY_FILL = new Color(236, 236, 236);
    private static final Color BODY_LINE = new Color(110, 110, 110);
    private static final Color AREA_LINE = new Color(175, 175, 175);
    private static final Color PAIN = new Color(215, 40, 40);
    private static final Color RADIATING = new Color(240, 135, 0);
    private static final Color TEXT = new Color(40, 40, 40);

    private final BodyChart chart;

    public BodyChartPainter(BodyChart chart) {
        this.chart = chart;
    }

    /** Pixel scale and figure origins for a client area. */
    private record Layout(double scale, int frontX, int backX, int top) {

        int x(View view, double designX) {
            return (int) Math.round((view == View.FRONT ? frontX : backX) + designX * scale);
        }

        int y(double designY) {
            return (int) Math.round(top + designY * scale);
        }

        double designX(View view, int x) {
            return (x - (view == View.FRONT ? frontX : backX)) / scale;
        }

        double designY(int y) {
            return (y - top) / scale;
        }
    }

    private static Layout layout(Rectangle area) {
        double scale = Math.max(0.1, Math.min((area.width - 3.0 * PAD) / (2.0 * BodyFigure.WIDTH),
                (area.height - TOP - BOTTOM) / (double) BodyFigure.HEIGHT));
        int figures = (int) Math.round(2 * BodyFigure.WIDTH * scale + PAD);
        int frontX = area.x + Math.max(PAD, (area.width - figures) / 2);
        return new Layout(scale, frontX, frontX + (int) Math.round(BodyFigure.WIDTH * scale) + PAD, area.y + TOP);
    }

    /** @return the area under pixel {@code (x, y)} */
    public Optional<Area> areaAt(Rectangle client, int x, int y) {
        Layout layout = layout(client);
        return BodyFigure.areas().stream()
                .filter(area -> area.contains(layout.designX(area.view(), x), layout.designY(y))).findFirst();
    }

    /** @return the pixel bounds of {@code area} */
    public Rectangle bounds(Rectangle client, Area area) {
        Layout layout = layout(client);
        int[] box = area.bounds();
        int x = layout.x(area.view(), box[0]);
        int y = layout.y(box[1]);
        return new Rectangle(x, y, layout.x(area.view(), box[0] + box[2]) - x, layout.y(box[1] + box[3]) - y);
    }

    public void paint(GC gc, Rectangle client) {
        gc.setAntialias(SWT.ON);
        gc.setFillRule(SWT.FILL_WINDING);
        Layout layout = layout(client);
        for (View view : View.values()) {
            drawOutline(gc, layout, view);
            drawHeading(gc, layout, view);
        }
        for (Area area : BodyFigure.areas()) {
            drawArea(gc, layout, area, chart.getMark(area.key()));
        }
        for (RegionKey key : RegionKey.ALL) {
            if (chart.getMark(key) == PainMark.RADIATING) {
                drawRadiationPath(gc, layout, key);
            }
        }
        if (chart.isFocusControl()) {
            for (Area area : BodyFigure.areasOf(chart.getFocusedRegion())) {
                Rectangle box = bounds(client, area);
                gc.setForeground(TEXT);
                gc.drawFocus(box.x - 2, box.y - 2, box.width + 5, box.height + 5);
            }
        }
        drawLegend(gc, client);
    }

    private void drawOutline(GC gc, Layout layout, View view) {
        Path path = new Path(gc.getDevice());
        try {
            int[] head = BodyFigure.HEAD;
            path.addArc(layout.x(view, head[0] - head[2]), layout.y(head[1] - head[3]), (float) (2 * head[2] * layout.scale()),
                    (float) (2 * head[3] * layout.scale()), 0, 360);
            for (int[] shape : List.of(BodyFigure.NECK, BodyFigure.TORSO, BodyFigure.ARM, BodyFigure.mirror(BodyFigure.ARM),
                    BodyFigure.LEG, BodyFigure.mirror(BodyFigure.LEG), BodyFigure.FOOT_OUTLINE,
                    BodyFigure.mirror(BodyFigure.FOOT_OUTLINE))) {
                addPolygon(path, layout, view, shape);
            }
            gc.setBackground(BODY_FILL);
            gc.fillPath(path);
            gc.setForeground(BODY_LINE);
            gc.setLineWidth(1);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
        if (view == View.BACK) {
            // the spine, so the back figure reads as a back
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(layout.x(view, 100), layout.y(84), layout.x(view, 100), layout.y(250));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private static void addPolygon(Path path, Layout layout, View view, int[] points) {
        path.moveTo(layout.x(view, points[0]), layout.y(points[1]));
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(layout.x(view, points[i]), layout.y(points[i + 1]));
        }
        path.close();
    }

    private void drawHeading(GC gc, Layout layout, View view) {
        gc.setForeground(TEXT);
        Font bold = boldFont(gc);
        try {
            gc.setFont(bold);
            String title = view.label();
            Point size = gc.textExtent(title);
            gc.drawText(title, layout.x(view, 100) - size.x / 2, layout.top() - TOP + 4, true);
        } finally {
            gc.setFont(null);
            bold.dispose();
        }
        String viewersLeft = view.viewersLeft() == BodySide.LEFT ? "L" : "R";
        String viewersRight = view.viewersLeft() == BodySide.LEFT ? "R" : "L";
        int y = layout.y(120);
        gc.drawText(viewersLeft, layout.x(view, 2), y, true);
        gc.drawText(viewersRight, layout.x(view, 190), y, true);
    }

    private void drawArea(GC gc, Layout layout, Area area, PainMark mark) {
        int[] pixels = new int[area.points().length];
        for (int i = 0; i < pixels.length; i += 2) {
            pixels[i] = layout.x(area.view(), area.points()[i]);
            pixels[i + 1] = layout.y(area.points()[i + 1]);
        }
        switch (mark) {
            case NONE -> {
                gc.setForeground(AREA_LINE);
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawPolygon(pixels);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            case PAIN -> {
                gc.setAlpha(200);
                gc.setBackground(PAIN);
                gc.fillPolygon(pixels);
                gc.setAlpha(255);
                gc.setForeground(PAIN);
                gc.drawPolygon(pixels);
            }
            case RADIATING -> {
                gc.setAlpha(170);
                gc.setBackground(RADIATING);
                gc.fillPolygon(pixels);
                gc.setAlpha(255);
                hatch(gc, pixels);
                gc.setForeground(RADIATING);
                gc.drawPolygon(pixels);
            }
        }
    }

    /**
     * Diagonal hatching, so radiation differs from pain without relying on colour. The hatch is
     * clipped to the polygon within the paint event's own clipping, which is restored afterwards:
     * resetting it to none would let everything painted later (the legend) draw over whatever
     * covers the part of the chart scrolled out of view - on GTK 3 the page tabs below the form.
     */
    private static void hatch(GC gc, int[] pixels) {
        int[] bounds = BodyFigure.boundingBox(pixels);
        Rectangle box = new Rectangle(bounds[0], bounds[1], bounds[2], bounds[3]);
        Region painted = new Region(gc.getDevice());
        Region clip = new Region(gc.getDevice());
        try {
            gc.getClipping(painted);
            clip.add(pixels);
            clip.intersect(painted);
            gc.setClipping(clip);
            gc.setForeground(TEXT);
            for (int offset = -box.height; offset < box.width; offset += 6) {
                gc.drawLine(box.x + offset, box.y + box.height, box.x + offset + box.height, box.y);
            }
            gc.setClipping(painted);
        } finally {
            clip.dispose();
            painted.dispose();
        }
    }

    /** A dashed line from the lumbar spine down the back of the leg to the radiating area. */
    private void drawRadiationPath(GC gc, Layout layout, RegionKey key) {
        List<RegionKey> route = List.of(RegionKey.central(BodyRegion.LUMBAR), new RegionKey(BodyRegion.BUTTOCK, key.side()),
                new RegionKey(BodyRegion.THIGH_POSTERIOR, key.side()), new RegionKey(BodyRegion.KNEE, key.side()), key);
        int[] line = new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            Area area = BodyFigure.areasOf(route.get(i)).stream().filter(a -> a.view() == View.BACK).findFirst().orElseThrow();
            int[] box = area.bounds();
            line[2 * i] = layout.x(View.BACK, box[0] + box[2] / 2.0);
            line[2 * i + 1] = layout.y(box[1] + box[3] / 2.0);
        }
        gc.setForeground(RADIATING);
        gc.setLineWidth(3);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawPolyline(line);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private void drawLegend(GC gc, Rectangle client) {
        int y = client.y + client.height - BOTTOM + 8;
        int x = client.x + PAD;
        gc.setBackground(PAIN);
        gc.fillRectangle(x, y + 2, 14, 12);
        gc.setForeground(TEXT);
        gc.drawText("Pain", x + 20, y, true);
        int x2 = x + 20 + gc.textExtent("Pain").x + 16;
        gc.setBackground(RADIATING);
        gc.fillRectangle(x2, y + 2, 14, 12);
        hatch(gc, new int[] { x2, y + 2, x2 + 14, y + 2, x2 + 14, y + 14, x2, y + 14 });
        gc.setForeground(TEXT);
        gc.drawText("Radiating below the knee", x2 + 20, y, true);
        String radiation = radiationSummary();
        Font bold = boldFont(gc);
        try {
            gc.setFont(bold);
            gc.setForeground(radiation.startsWith("Radiates") ? PAIN : TEXT);
            gc.drawText(radiation, x, y + 20, true);
        } finally {
            gc.setFont(null);
            bold.dispose();
        }
        gc.setForeground(BODY_LINE);
        gc.drawText(hint(gc, client.width - 2 * PAD), x, y + 38, true);
    }

    /**
     * @return how to use the chart, shortened to what fits into {@code width} (the section's
     *         description above the chart already explains the clicks)
     */
    private String hint(GC gc, int width) {
        String mode = chart.isRadiationMode() ? "Radiation mode: click marks radiation."
                : "Click: pain, Shift+click: radiation.";
        String keys = "Keys: arrows, Space, Shift+Space";
        String full = mode + " " + keys;
        if (gc.textExtent(full).x <= width) {
            return full;
        }
        return chart.isRadiationMode() ? mode : keys;
    }

    private String radiationSummary() {
        boolean left = chart.getMark(RegionKey.left(BodyRegion.LOWER_LEG)) == PainMark.RADIATING
                || chart.getMark(RegionKey.left(BodyRegion.FOOT)) == PainMark.RADIATING;
        boolean right = chart.getMark(RegionKey.right(BodyRegion.LOWER_LEG)) == PainMark.RADIATING
                || chart.getMark(RegionKey.right(BodyRegion.FOOT)) == PainMark.RADIATING;
        if (left || right) {
            return "Radiates below the knee: " + (left && right ? "both legs" : left ? "left leg" : "right leg");
        }
        return "No radiation below the knee";
    }

    private static Font boldFont(GC gc) {
        FontData[] data = gc.getFont().getFontData();
        for (FontData one : data) {
            one.setStyle(SWT.BOLD);
        }
        return new Font(gc.getDevice(), data);
    }
}
