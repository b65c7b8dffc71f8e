package org.physiobench.clinical.api;

import org.physiobench.clinical.internal.ExtensionInstrumentRegistry;

/** Access to the instruments installed in the running platform. */
public final class Instruments {

    private Instruments() {
    }

    /**
     * @return the registry of the instruments contributed to {@code org.physiobench.instruments}
     *         in the running platform; it follows plug-ins being installed and uninstalled
     */
    public static InstrumentRegistry registry() {
        return ExtensionInstrumentRegistry.platform();
    }
}
