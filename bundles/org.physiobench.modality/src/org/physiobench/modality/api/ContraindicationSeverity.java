package org.physiobench.modality.api;

import java.util.Arrays;
import java.util.Optional;

/** How strongly a {@link Contraindication} stops a modality, named in plugin.xml by its {@link #id()}. */
public enum ContraindicationSeverity {

    /** The modality must not be planned or delivered while the trigger is present. */
    BLOCK("block"),
    /** The modality may be used with the precaution the reason names; the therapist confirms. */
    WARN("warn");

    private final String id;

    ContraindicationSeverity(String id) {
        this.id = id;
    }

    /** @return the id used in plugin.xml */
    public String id() {
        return id;
    }

    /** @return the severity with this plugin.xml id, if there is one */
    public static Optional<ContraindicationSeverity> fromId(String id) {
        return Arrays.stream(values()).filter(severity -> severity.id.equals(id)).findFirst();
    }
}
