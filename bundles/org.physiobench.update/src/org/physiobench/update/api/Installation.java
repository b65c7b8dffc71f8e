package org.physiobench.update.api;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.physiobench.update.internal.P2Installation;

/**
 * The running PhysioBench installation as p2 sees it: its profile, its update sites and
 * the operations that change it. Every changing operation is all-or-nothing.
 * <p>
 * Progress is reported to the given monitor (may be {@code null}); cancelling it stops
 * the operation with {@link UpdateException.Reason#CANCELLED} and no change.
 */
public interface Installation {

	/**
	 * @return the installation this Java process runs from
	 * @throws UpdateException when p2 has no profile for it (for example when started
	 *                         from an IDE launch, which has no p2 data area)
	 */
	static Installation running() throws UpdateException {
		return P2Installation.running();
	}

	/** @return the roots (features, product) installed, sorted by id */
	List<InstalledUnit> installedRoots();

	/** @return the update sites this installation knows (preconfigured and added) */
	List<URI> updateSites();

	/**
	 * @param repositories where to look; empty means the configured {@link #updateSites()}
	 * @return the updates that {@link #updateAll} would apply; empty when up to date
	 */
	List<UnitChange> checkForUpdates(List<URI> repositories, IProgressMonitor monitor) throws UpdateException;

	/**
	 * Updates every root for which a newer version is in the repositories.
	 *
	 * @param repositories where to look; empty means the configured {@link #updateSites()}
	 * @return the changes made; empty when everything was up to date
	 */
	List<UnitChange> updateAll(List<URI> repositories, IProgressMonitor monitor) throws UpdateException;

	/**
	 * Installs a feature from a repository (a researcher's plug-in, for example). The
	 * repository is remembered as an update site, so later updates come from it.
	 *
	 * @param unitId a feature id ({@code org.example.feature}) or installable unit id
	 *               ({@code org.example.feature.feature.group})
	 */
	List<UnitChange> install(URI repository, String unitId, IProgressMonitor monitor) throws UpdateException;

	/** Removes an installed root (feature id or installable unit id). */
	List<UnitChange> uninstall(String unitId, IProgressMonitor monitor) throws UpdateException;

	/**
	 * Returns the installation to the state before its last change (a second revert
	 * undoes the first). Works offline: the files of the previous state are kept.
	 */
	List<UnitChange> revert(IProgressMonitor monitor) throws UpdateException;
}
