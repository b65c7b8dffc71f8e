package org.physiobench.ui.assessment.internal;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.physiobench.ui.assessment.api.BodyChart;
import org.physiobench.ui.assessment.api.PainMark;
import org.physiobench.ui.assessment.api.RegionKey;

/**
 * Makes every area of the body chart an accessible child (a check box named after the
 * region and side, checked when marked, its value the mark), so a screen reader announces
 * "Left lower leg, radiating pain" as the arrow keys move.
 */
public final class BodyChartAccessibility {

    public static final String NAME = "Body chart";

    private BodyChartAccessibility() {
    }

    /** @return what a screen reader says for {@code key} */
    public static String describe(BodyChart chart, RegionKey key) {
        return key.label() + ", " + describe(chart.getMark(key));
    }

    static String describe(PainMark mark) {
        return switch (mark) {
            case NONE -> "no pain";
            case PAIN -> "pain";
            case RADIATING -> "radiating pain";
        };
    }

    public static void install(BodyChart chart) {
        chart.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = child(event.childID) ? describe(chart, RegionKey.ALL.get(event.childID)) : NAME;
            }

            @Override
            public void getHelp(AccessibleEvent event) {
                event.result = "Arrow keys move between body regions, Space marks pain, Shift+Space marks radiation below the knee";
            }
        });
        chart.getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
            @Override
            public void getChildCount(AccessibleControlEvent event) {
                event.detail = RegionKey.ALL.size();
            }

            @Override
            public void getChildren(AccessibleControlEvent event) {
                Object[] children = new Object[RegionKey.ALL.size()];
                for (int i = 0; i < children.length; i++) {
                    children[i] = i;
                }
                event.children = children;
            }

            @Override
            public void getChildAtPoint(AccessibleControlEvent event) {
                Point local = chart.toControl(event.x, event.y);
                event.childID = chart.regionAt(local.x, local.y).map(RegionKey.ALL::indexOf).orElse(ACC.CHILDID_SELF);
            }

            @Override
            public void getFocus(AccessibleControlEvent event) {
                event.childID = chart.isFocusControl() ? RegionKey.ALL.indexOf(chart.getFocusedRegion()) : ACC.CHILDID_NONE;
            }

            @Override
            public void getLocation(AccessibleControlEvent event) {
                Rectangle bounds = child(event.childID) ? chart.boundsOf(RegionKey.ALL.get(event.childID)) : chart.getClientArea();
                Point origin = chart.toDisplay(bounds.x, bounds.y);
                event.x = origin.x;
                event.y = origin.y;
                event.width = bounds.width;
                event.height = bounds.height;
            }

            @Override
            public void getRole(AccessibleControlEvent event) {
                event.detail = child(event.childID) ? ACC.ROLE_CHECKBUTTON : ACC.ROLE_CLIENT_AREA;
            }

            @Override
            public void getState(AccessibleControlEvent event) {
                int state = ACC.STATE_FOCUSABLE;
                if (child(event.childID)) {
                    RegionKey key = RegionKey.ALL.get(event.childID);
                    if (chart.getMark(key) != PainMark.NONE) {
                        state |= ACC.STATE_CHECKED;
                    }
                    if (chart.isFocusControl() && key.equals(chart.getFocusedRegion())) {
                        state |= ACC.STATE_FOCUSED;
                    }
                } else if (chart.isFocusControl()) {
                    state |= ACC.STATE_FOCUSED;
                }
                event.detail = state;
            }

            @Override
            public void getValue(AccessibleControlEvent event) {
                event.result = child(event.childID) ? describe(chart.getMark(RegionKey.ALL.get(event.childID))) : null;
            }
        });
    }

    private static boolean child(int childId) {
        return childId >= 0 && childId < RegionKey.ALL.size();
    }
}
