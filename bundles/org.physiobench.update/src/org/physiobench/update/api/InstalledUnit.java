package org.physiobench.update.api;

import java.util.Objects;

/**
 * A root of the installation (a feature or product the admin installed, not one of the
 * bundles it pulls in), as {@code physiobench installed} lists it.
 *
 * @param id      the p2 installable unit id, e.g. {@code org.physiobench.feature.feature.group}
 * @param version its installed version, e.g. {@code 1.0.1.202611261800}
 * @param name    its human-readable name, or the id when it has none
 */
public record InstalledUnit(String id, String version, String name) implements Comparable<InstalledUnit> {

	public InstalledUnit {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(name, "name");
	}

	@Override
	public int compareTo(InstalledUnit other) {
		return id.compareTo(other.id);
	}
}
