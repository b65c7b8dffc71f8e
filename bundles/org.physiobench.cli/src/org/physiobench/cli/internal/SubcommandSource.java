package org.physiobench.cli.internal;

import java.util.List;
import java.util.Optional;

import org.physiobench.cli.api.Subcommand;

/**
 * Subcommands that come from outside this bundle (the store subcommands of
 * {@code org.physiobench.cli.store}). Known by name first and created only when typed, so that
 * {@code physiobench score} never loads the store and the database stack behind them.
 */
interface SubcommandSource {

    /** No contributed subcommands. */
    SubcommandSource NONE = of(List.of());

    /** @return the contributed names in a stable order, without creating any subcommand */
    List<String> names();

    /**
     * @return the subcommand called {@code name}, created on first use; empty when none has
     *         that name
     * @throws org.physiobench.cli.api.CommandFailure when it is contributed but cannot be
     *             created (the reason is in the log)
     */
    Optional<Subcommand> find(String name);

    /** @return a source of already created subcommands (tests, or a fixed set) */
    static SubcommandSource of(List<? extends Subcommand> subcommands) {
        List<Subcommand> fixed = List.copyOf(subcommands);
        return new SubcommandSource() {
            @Override
            public List<String> names() {
                return fixed.stream().map(Subcommand::name).toList();
            }

            @Override
            public Optional<Subcommand> find(String name) {
                return fixed.stream().filter(subcommand -> subcommand.name().equals(name)).findFirst()
                        .map(Subcommand.class::cast);
            }
        };
    }
}
