package org.physiobench.update.internal;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;

/**
 * p2 keeps a snapshot of the profile for every committed change; the previous state is
 * the newest snapshot older than the current one.
 */
final class ProfileHistory {

	private ProfileHistory() {
	}

	static Optional<IProfile> previous(IProfileRegistry registry, IProfile current) {
		long now = current.getTimestamp();
		return Arrays.stream(registry.listProfileTimestamps(current.getProfileId()))
				.filter(timestamp -> timestamp < now)
				.max()
				.stream().boxed().findFirst()
				.map(timestamp -> registry.getProfile(current.getProfileId(), timestamp));
	}
}
