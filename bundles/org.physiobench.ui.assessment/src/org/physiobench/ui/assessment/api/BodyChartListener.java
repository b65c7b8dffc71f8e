package org.physiobench.ui.assessment.api;

import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;

/** Told when the therapist changes the mark of a body-chart region. */
@FunctionalInterface
public interface BodyChartListener {

    /**
     * @param region the region changed
     * @param side its side ({@link BodySide#CENTRAL} for the spine)
     * @param mark its new mark
     */
    void regionMarked(BodyRegion region, BodySide side, PainMark mark);
}
