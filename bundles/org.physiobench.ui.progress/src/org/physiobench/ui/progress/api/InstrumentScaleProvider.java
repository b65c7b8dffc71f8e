package org.physiobench.ui.progress.api;

import java.util.List;

/**
 * Supplies the instrument scales the progress view charts. Register one as an OSGi service
 * (the clinical bundle's instrument definitions) to replace the {@link ReferenceScales}.
 */
@FunctionalInterface
public interface InstrumentScaleProvider {

    /** @return the scales to chart, in display order */
    List<InstrumentScale> scales();
}
