package org.physiobench.cli.store.internal;

import org.physiobench.cli.api.FullRuntime;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.StoreException;

/**
 * Opens the clinical record store a subcommand works on. The application opens the configured
 * store; tests hand in one on a temporary file.
 */
@FunctionalInterface
public interface StoreOpener {

    /**
     * The store this installation is configured for ({@link ClinicalStores#configuredSettings()}:
     * {@code -Dphysiobench.store.url/user/password}, then preferences, else the embedded SQLite
     * file in the data folder the launcher passes as {@code -Dphysiobench.data}).
     */
    StoreOpener CONFIGURED = () -> {
        // The command line starts at level 4; the store runs on the full runtime, as in the workbench.
        FullRuntime.start();
        return ClinicalStores.open(ClinicalStores.configuredSettings());
    };

    /** @return an open store; the caller closes it */
    ClinicalStore open() throws StoreException;

    /**
     * The user named in audit entries for changes made from the command line: the operating
     * system account, marked so that the audit trail tells it apart from the workbench.
     */
    static String actor() {
        String user = System.getProperty("user.name", "unknown");
        return "cli:" + (user.isBlank() ? "unknown" : user);
    }
}
