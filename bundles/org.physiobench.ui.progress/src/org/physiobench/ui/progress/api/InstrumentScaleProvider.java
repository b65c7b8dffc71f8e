package org.physiobench.ui.progress.api;

import java.util.List;

/**
 * Supplies the instrument scales the progress view charts. By default the view charts every
 * instrument installed in the clinical instrument registry ({@link ClinicalScales#installed()});
 * an OSGi service of this type, when registered, replaces that choice (e.g. to chart fewer
 * scores on a small screen).
 */
@FunctionalInterface
public interface InstrumentScaleProvider {

    /** @return the scales to chart, in display order */
    List<InstrumentScale> scales();
}
