package org.physiobench.ui.progress.internal;

import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;

/**
 * The colours of one progress chart, created once for all its charts and the responder table
 * and disposed with it, rather than per chart and per redraw.
 */
public final class ChartColors {

    private final Color score;
    private final Color mcid;
    private final Color goal;
    private final Color painBefore;
    private final Color painAfter;
    private final Color marker;
    private final Color responder;

    public ChartColors(Device device) {
        score = new Color(device, 30, 90, 170);
        mcid = new Color(device, 220, 120, 0);
        goal = new Color(device, 20, 140, 60);
        painBefore = new Color(device, 200, 40, 40);
        painAfter = new Color(device, 20, 140, 60);
        marker = new Color(device, 110, 60, 160);
        responder = new Color(device, 222, 242, 222);
    }

    /** A score's line. */
    public Color score() {
        return score;
    }

    /** The MCID threshold from baseline. */
    public Color mcid() {
        return mcid;
    }

    /** The plan's goal. */
    public Color goal() {
        return goal;
    }

    public Color painBefore() {
        return painBefore;
    }

    public Color painAfter() {
        return painAfter;
    }

    /** The plan revision markers. */
    public Color marker() {
        return marker;
    }

    /** The background of a responder's row. */
    public Color responder() {
        return responder;
    }

    /** @return every colour, for checks that they are disposed with the chart */
    public List<Color> all() {
        return List.of(score, mcid, goal, painBefore, painAfter, marker, responder);
    }

    public void dispose() {
        all().forEach(Color::dispose);
    }
}
