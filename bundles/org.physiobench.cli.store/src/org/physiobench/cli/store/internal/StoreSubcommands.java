package org.physiobench.cli.store.internal;

import java.util.List;

import org.physiobench.cli.api.Subcommand;

/** The store subcommands on one store, in help order: what plugin.xml contributes, for tests. */
public final class StoreSubcommands {

    private StoreSubcommands() {
    }

    /** @return patients, demo, verify, backup and restore working on the stores {@code stores} opens */
    public static List<Subcommand> using(StoreOpener stores) {
        return List.of(new PatientsCommand(stores), new DemoCommand(stores), new VerifyCommand(stores),
                new BackupCommand(stores), new RestoreCommand(stores));
    }
}
