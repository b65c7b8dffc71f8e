package org.physiobench.cli.store.internal;

import java.util.List;
import java.util.Set;

import org.physiobench.cli.api.Arguments;
import org.physiobench.cli.api.CommandFailure;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Subcommand;
import org.physiobench.cli.api.UsageException;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;

/**
 * A subcommand that works on the configured clinical record store: parses its arguments before
 * the store is opened (a usage error never touches the database), opens the store, runs, and
 * closes it again. A store that cannot be opened or fails is exit code 1 with its message.
 */
abstract class StoreCommand implements Subcommand {

    private final StoreOpener stores;
    private final Set<String> switches;
    private final Set<String> options;

    /**
     * @param switches the options without a value this subcommand accepts
     * @param options the options with a value this subcommand accepts
     */
    StoreCommand(StoreOpener stores, Set<String> switches, Set<String> options) {
        this.stores = stores;
        this.switches = Set.copyOf(switches);
        this.options = Set.copyOf(options);
    }

    /**
     * Checks the arguments before the store is opened.
     *
     * @throws UsageException when they are wrong
     */
    abstract void check(Arguments arguments);

    /** Does the work on the open store; returns the exit code. */
    abstract int run(Arguments arguments, ClinicalStore store, Io io) throws StoreException;

    @Override
    public final int run(List<String> words, Io io) {
        Arguments arguments = Arguments.parse(name(), words, switches, options);
        check(arguments);
        try (ClinicalStore store = open()) {
            return run(arguments, store, io);
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage(), ExitCodes.FAILURE, e);
        }
    }

    private ClinicalStore open() throws StoreException {
        try {
            return stores.open();
        } catch (IllegalArgumentException e) {
            // An unsupported physiobench.store.url or pool size: the user's setting is wrong.
            throw new UsageException(e.getMessage());
        }
    }
}
