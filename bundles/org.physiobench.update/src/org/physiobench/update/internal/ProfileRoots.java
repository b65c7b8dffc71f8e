package org.physiobench.update.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.physiobench.update.api.InstalledUnit;
import org.physiobench.update.api.UnitChange;

/**
 * The roots of a profile: what was installed on purpose (product, root features,
 * researchers' plug-ins), as opposed to the bundles they require.
 */
final class ProfileRoots {

	private static final String FEATURE_GROUP = ".feature.group";

	private ProfileRoots() {
	}

	static List<IInstallableUnit> of(IQueryable<IInstallableUnit> profile) {
		List<IInstallableUnit> roots = new ArrayList<>();
		profile.query(new UserVisibleRootQuery(), null)
				.forEach(roots::add);
		return roots;
	}

	/** A root by installable unit id or by feature id. */
	static Optional<IInstallableUnit> find(IProfile profile, String unitId) {
		return of(profile).stream()
				.filter(unit -> unit.getId().equals(unitId) || unit.getId().equals(unitId + FEATURE_GROUP))
				.findFirst();
	}

	static boolean isProduct(IInstallableUnit unit) {
		return QueryUtil.isProduct(unit);
	}

	static InstalledUnit describe(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString());
		return new InstalledUnit(unit.getId(), unit.getVersion().toString(), name == null ? unit.getId() : name);
	}

	/**
	 * The root-level difference a plan makes. p2 cannot query root markers on a plan's
	 * future state, so the roots after the plan are derived: today's roots minus what the
	 * plan removes, plus what it adds for a root id or a newly requested root.
	 */
	static List<UnitChange> changes(IProfile current, IProvisioningPlan plan, Collection<IInstallableUnit> requestedRoots) {
		Map<String, String> before = versions(of(current));
		Map<String, String> after = new TreeMap<>(before);
		Set<String> rootIds = new TreeSet<>(before.keySet());
		requestedRoots.forEach(unit -> rootIds.add(unit.getId()));
		plan.getRemovals().query(QueryUtil.createIUAnyQuery(), null)
				.forEach(unit -> after.remove(unit.getId(), unit.getVersion().toString()));
		plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).forEach(unit -> {
			if (rootIds.contains(unit.getId())) {
				after.put(unit.getId(), unit.getVersion().toString());
			}
		});
		return difference(before, after);
	}

	/** The root-level difference between two profiles (a revert). */
	static List<UnitChange> changes(IProfile current, IProfile target) {
		return difference(versions(of(current)), versions(of(target)));
	}

	private static List<UnitChange> difference(Map<String, String> before, Map<String, String> after) {
		Set<String> ids = new TreeSet<>(before.keySet());
		ids.addAll(after.keySet());
		List<UnitChange> changes = new ArrayList<>();
		for (String id : ids) {
			Optional<String> from = Optional.ofNullable(before.get(id));
			Optional<String> to = Optional.ofNullable(after.get(id));
			if (!from.equals(to)) {
				changes.add(new UnitChange(id, from, to));
			}
		}
		return changes;
	}

	private static Map<String, String> versions(List<IInstallableUnit> units) {
		Map<String, String> versions = new TreeMap<>();
		units.forEach(unit -> versions.put(unit.getId(), unit.getVersion().toString()));
		return versions;
	}
}
