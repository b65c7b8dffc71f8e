package org.physiobench.clinical.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Reports a broken contribution to {@code org.physiobench.instruments}. Every message names the
 * extension id and the contributing plug-in, so whoever reads the log knows which plug-in to fix
 * or remove; the contribution itself is skipped and PhysioBench keeps working.
 */
final class ContributionProblems {

    static final String PLUGIN_ID = "org.physiobench.clinical";

    private final Consumer<IStatus> log;

    ContributionProblems(Consumer<IStatus> log) {
        this.log = log;
    }

    void skipped(IExtension extension, String instrumentId, String problem, Throwable cause) {
        log.accept(new Status(IStatus.ERROR, PLUGIN_ID, "Skipped instrument '" + instrumentId + "' of extension "
                + extensionId(extension) + " contributed by plug-in " + contributor(extension) + ": " + problem, cause));
    }

    void failed(IExtension extension, String instrumentId, Throwable cause) {
        log.accept(new Status(IStatus.ERROR, PLUGIN_ID, "The scorer of instrument '" + instrumentId + "' of extension "
                + extensionId(extension) + " contributed by plug-in " + contributor(extension) + " failed: " + cause,
                cause));
    }

    static String extensionId(IExtension extension) {
        String id = extension.getUniqueIdentifier();
        return id != null ? id : "(without id) to " + extension.getExtensionPointUniqueIdentifier();
    }

    static String contributor(IExtension extension) {
        return extension.getContributor().getName();
    }
}
