package org.physiobench.update.api;

import java.util.Optional;

/**
 * What an operation did (or, for a check, would do) to one root of the installation.
 *
 * @param id   the installable unit id
 * @param from the version before, empty when the unit is newly installed
 * @param to   the version after, empty when the unit is removed
 */
public record UnitChange(String id, Optional<String> from, Optional<String> to) {

	/** @return e.g. "org.x.feature.group 1.0.0 -> 1.0.1", "+ org.x 1.0.0", "- org.x 1.0.0" */
	public String describe() {
		if (from.isPresent() && to.isPresent()) {
			return id + " " + from.get() + " -> " + to.get();
		}
		return to.map(version -> "+ " + id + " " + version).orElseGet(() -> "- " + id + " " + from.orElse(""));
	}
}
