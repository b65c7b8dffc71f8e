package org.physiobench.clinical.api;

import java.util.List;
import java.util.Objects;

/**
 * A subscale: the sum of a fixed list of items, e.g. the FABQ physical-activity subscale (items
 * 2, 3, 4, 5).
 *
 * @param id the stable id, also the key in the command line's {@code subscores}, e.g.
 *        {@code physicalActivity}
 * @param name the name a therapist reads
 * @param items the 1-based numbers of the items that are summed
 */
public record Subscale(String id, String name, List<Integer> items) {

    public Subscale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }
}
