package org.physiobench.modality.api;

import java.util.Arrays;
import java.util.Optional;

/** The value type of a {@link DosageParameter}, named in plugin.xml by its {@link #id()}. */
public enum ParameterType {

    /** A whole number, e.g. sets or repetitions. */
    INTEGER("int"),
    /** A decimal number, e.g. kilometres or kilograms. */
    DECIMAL("decimal"),
    /** One of a fixed list of values, e.g. a mobilisation grade or a side. */
    CHOICE("choice"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** Free text, e.g. the task practised in a task-specific drill. */
    TEXT("text");

    private final String id;

    ParameterType(String id) {
        this.id = id;
    }

    /** @return the id used in plugin.xml */
    public String id() {
        return id;
    }

    /** @return the type with this plugin.xml id, if there is one */
    public static Optional<ParameterType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }

    /** @return whether values of this type are numbers that can have a range */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
