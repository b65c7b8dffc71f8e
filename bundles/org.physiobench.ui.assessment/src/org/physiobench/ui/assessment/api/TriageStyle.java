package org.physiobench.ui.assessment.api;

import org.eclipse.swt.graphics.RGB;
import org.physiobench.core.api.TriageLevel;

/**
 * The colours of a red-flag triage level, the same in the assessment form's banner and the
 * patient editor's: dark red for an emergency, red for urgent, orange for non-urgent, pale amber
 * for a risk factor, quiet green for none. Levels that suspect a pathology are written white on
 * a dark colour so they cannot be missed.
 */
public final class TriageStyle {

    private static final RGB EMERGENCY = new RGB(128, 0, 16);
    private static final RGB URGENT = new RGB(196, 24, 24);
    private static final RGB NON_URGENT = new RGB(190, 90, 0);
    private static final RGB SCREEN = new RGB(255, 236, 179);
    private static final RGB NONE = new RGB(220, 239, 220);

    private TriageStyle() {
    }

    /** @return the background of a banner at {@code level} */
    public static RGB background(TriageLevel level) {
        return switch (level) {
            case EMERGENCY -> EMERGENCY;
            case URGENT -> URGENT;
            case NON_URGENT -> NON_URGENT;
            case SCREEN -> SCREEN;
            case NONE -> NONE;
        };
    }

    /** @return whether the banner's text is white (on a dark background) rather than black */
    public static boolean whiteText(TriageLevel level) {
        return level.suspectsPathology();
    }
}
