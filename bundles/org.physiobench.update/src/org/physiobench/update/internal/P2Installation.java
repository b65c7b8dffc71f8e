package org.physiobench.update.internal;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.physiobench.update.api.InstalledUnit;
import org.physiobench.update.api.Installation;
import org.physiobench.update.api.UnitChange;
import org.physiobench.update.api.UpdateException;
import org.physiobench.update.api.UpdateException.Reason;

/**
 * {@link Installation} on the p2 profile of the running product. Changes go through
 * p2's operations (resolve, then one provisioning job), so a failure in any phase -
 * download, trust check, install - rolls the profile back and nothing changes.
 */
public final class P2Installation implements Installation {

	private final IProvisioningAgent agent;
	private final String profileId;
	private final Repositories repositories;
	private final HeadlessTrustPolicy trustPolicy;

	P2Installation(IProvisioningAgent agent, String profileId, HeadlessTrustPolicy trustPolicy) {
		this.agent = agent;
		this.profileId = profileId;
		this.repositories = new Repositories(agent);
		this.trustPolicy = trustPolicy;
	}

	/**
	 * The running installation, set up for unattended use: content that is unsigned or
	 * signed by an untrusted certificate is refused (there is nobody to ask).
	 */
	public static Installation running() throws UpdateException {
		IProvisioningAgent agent = runningAgent();
		IProfile profile = profileRegistry(agent).getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new UpdateException(Reason.FAILED,
					"this PhysioBench has no p2 profile (started from an IDE?): updates need an installed product");
		}
		HeadlessTrustPolicy policy = new HeadlessTrustPolicy();
		agent.registerService(UIServices.SERVICE_NAME, policy);
		InstallationSettings.prepare(agent, profile);
		return new P2Installation(agent, profile.getProfileId(), policy);
	}

	static IProvisioningAgent runningAgent() throws UpdateException {
		BundleContext context = FrameworkUtil.getBundle(P2Installation.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			throw new UpdateException(Reason.FAILED, "the p2 runtime is not available in this installation");
		}
		try {
			IProvisioningAgent agent = context.getService(reference).createAgent(null);
			if (agent == null) {
				throw new UpdateException(Reason.FAILED, "this PhysioBench has no p2 data area: updates need an installed product");
			}
			return agent;
		} catch (ProvisionException e) {
			throw new UpdateException(Reason.FAILED, "cannot open the p2 data of this installation: " + e.getMessage(), e);
		} finally {
			context.ungetService(reference);
		}
	}

	private static IProfileRegistry profileRegistry(IProvisioningAgent agent) {
		return agent.getService(IProfileRegistry.class);
	}

	private IProfile profile() {
		return profileRegistry(agent).getProfile(profileId);
	}

	@Override
	public List<InstalledUnit> installedRoots() {
		return ProfileRoots.of(profile()).stream().map(ProfileRoots::describe).sorted().toList();
	}

	@Override
	public List<URI> updateSites() {
		return repositories.updateSites();
	}

	@Override
	public List<UnitChange> checkForUpdates(List<URI> sites, IProgressMonitor monitor) throws UpdateException {
		return update(sites, false, SubMonitor.convert(monitor, "Checking for updates", 100));
	}

	@Override
	public List<UnitChange> updateAll(List<URI> sites, IProgressMonitor monitor) throws UpdateException {
		return update(sites, true, SubMonitor.convert(monitor, "Updating PhysioBench", 100));
	}

	/** Resolves the update of every root; applies it only when {@code apply} (else it is a check). */
	private List<UnitChange> update(List<URI> sites, boolean apply, SubMonitor progress) throws UpdateException {
		try (RepositorySelection selection = repositories.select(sites, progress.split(10))) {
			UpdateOperation operation = updateOperation(selection);
			IStatus status = resolve(operation, progress.split(20));
			if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
				return List.of();
			}
			if (!apply) {
				return ProfileRoots.changes(profile(), operation.getProvisioningPlan(), List.of());
			}
			return perform(operation, List.of(), progress.split(70));
		}
	}

	private UpdateOperation updateOperation(RepositorySelection selection) {
		UpdateOperation operation = new UpdateOperation(session(), ProfileRoots.of(profile()));
		configure(operation, selection);
		return operation;
	}

	@Override
	public List<UnitChange> install(URI repository, String unitId, IProgressMonitor monitor) throws UpdateException {
		SubMonitor progress = SubMonitor.convert(monitor, "Installing " + unitId, 100);
		try (RepositorySelection selection = repositories.select(List.of(repository), progress.split(10))) {
			IInstallableUnit unit = selection.newest(unitId, progress.split(5)).orElseThrow(
					() -> new UpdateException(Reason.NOT_FOUND, "no feature " + unitId + " in " + repository));
			InstallOperation operation = new InstallOperation(session(), List.of(unit));
			configure(operation, selection);
			resolve(operation, progress.split(20));
			List<UnitChange> changes = perform(operation, List.of(unit), progress.split(65));
			selection.keep();
			return changes;
		}
	}

	@Override
	public List<UnitChange> uninstall(String unitId, IProgressMonitor monitor) throws UpdateException {
		SubMonitor progress = SubMonitor.convert(monitor, "Uninstalling " + unitId, 100);
		IInstallableUnit root = ProfileRoots.find(profile(), unitId).orElseThrow(
				() -> new UpdateException(Reason.NOT_FOUND, unitId + " is not installed (see `physiobench installed`)"));
		if (ProfileRoots.isProduct(root)) {
			throw new UpdateException(Reason.FAILED, unitId + " is the product itself and cannot be uninstalled");
		}
		try (RepositorySelection selection = repositories.none()) {
			UninstallOperation operation = new UninstallOperation(session(), List.of(root));
			configure(operation, selection);
			resolve(operation, progress.split(30));
			return perform(operation, List.of(), progress.split(70));
		}
	}

	@Override
	public List<UnitChange> revert(IProgressMonitor monitor) throws UpdateException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reverting to the previous installation state", 100);
		IProfile current = profile();
		IProfile previous = ProfileHistory.previous(profileRegistry(agent), current).orElseThrow(
				() -> new UpdateException(Reason.NO_PREVIOUS_STATE, "there is no earlier installation state to revert to"));
		IPlanner planner = agent.getService(IPlanner.class);
		try (RepositorySelection selection = repositories.none()) {
			ProvisioningContext context = selection.context(agent, current);
			IProvisioningPlan plan = planner.getDiffPlan(current, previous, progress.split(20));
			if (plan == null || !plan.getStatus().isOK() && plan.getStatus().getSeverity() != IStatus.INFO) {
				throw StatusTranslation.failure(plan == null ? org.eclipse.core.runtime.Status.CANCEL_STATUS : plan.getStatus(), trustPolicy, "revert");
			}
			List<UnitChange> changes = ProfileRoots.changes(current, previous);
			IStatus result = session().performProvisioningPlan(plan, PhaseSetFactory.createDefaultPhaseSet(), context,
					progress.split(80));
			requireSuccess(result, "revert");
			return changes;
		} catch (OperationCanceledException e) {
			throw StatusTranslation.cancelled();
		}
	}

	private ProvisioningSession session() {
		return new ProvisioningSession(agent);
	}

	private void configure(ProfileChangeOperation operation, RepositorySelection selection) {
		operation.setProfileId(profileId);
		operation.setProvisioningContext(selection.context(agent, profile()));
	}

	private IStatus resolve(ProfileChangeOperation operation, IProgressMonitor monitor) throws UpdateException {
		IStatus status;
		try {
			status = operation.resolveModal(monitor);
		} catch (OperationCanceledException e) {
			throw StatusTranslation.cancelled();
		}
		if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return status;
		}
		if (status.matches(IStatus.CANCEL)) {
			throw StatusTranslation.cancelled();
		}
		if (status.matches(IStatus.ERROR)) {
			throw StatusTranslation.incompatible(status, operation.getResolutionDetails());
		}
		return status;
	}

	private List<UnitChange> perform(ProfileChangeOperation operation, List<IInstallableUnit> requestedRoots,
			IProgressMonitor monitor) throws UpdateException {
		List<UnitChange> changes = ProfileRoots.changes(profile(), operation.getProvisioningPlan(), requestedRoots);
		trustPolicy.reset();
		IStatus result;
		try {
			result = operation.getProvisioningJob(monitor).runModal(monitor);
		} catch (OperationCanceledException e) {
			throw StatusTranslation.cancelled();
		}
		requireSuccess(result, operation.getClass().getSimpleName());
		return changes;
	}

	private void requireSuccess(IStatus result, String what) throws UpdateException {
		if (!result.matches(IStatus.ERROR | IStatus.CANCEL)) {
			return;
		}
		throw StatusTranslation.failure(result, trustPolicy, what);
	}
}
