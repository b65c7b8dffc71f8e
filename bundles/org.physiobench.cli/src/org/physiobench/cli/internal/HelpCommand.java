package org.physiobench.cli.internal;

import java.util.List;
import java.util.function.Supplier;

import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Subcommand;
import org.physiobench.cli.api.UsageException;

/** {@code physiobench help [subcommand]} and {@code physiobench --help}. */
final class HelpCommand implements Subcommand {

    private final Supplier<List<Subcommand>> subcommands;

    HelpCommand(Supplier<List<Subcommand>> subcommands) {
        this.subcommands = subcommands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public int run(List<String> arguments, Io io) {
        if (arguments.size() > 1) {
            throw new UsageException("help takes at most one subcommand name");
        }
        if (arguments.size() == 1) {
            Subcommand subcommand = subcommands.get().stream().filter(c -> c.name().equals(arguments.get(0)))
                    .findFirst().orElseThrow(() -> new UsageException("no subcommand '" + arguments.get(0) + "'"));
            io.out().println(subcommand.help());
            return ExitCodes.OK;
        }
        io.out().println("""
                Usage: physiobench [--data DIR] [workbench options]   opens the PhysioBench workbench
                       physiobench <subcommand> [arguments]          runs headless, prints JSON

                Subcommands:
                """);
        for (Subcommand subcommand : subcommands.get()) {
            io.out().println(subcommand.help().indent(2));
        }
        io.out().println("""
                Exit codes: 0 done (in batch mode also when lines were answered with an error object);
                1 an instrument's plug-in is broken (details in the log), the store cannot be opened,
                or another failure;
                2 invalid input or usage (unknown instrument or subcommand, wrong number of answers,
                a value out of range, not a number, a backup file that exists already): a one-line
                message on standard error and nothing on standard output;
                3 the data has problems: verify found a bad record or audit entry, restore refused
                a damaged backup, patients met a list row it could not read.

                Store subcommands (patients, demo, verify, backup, restore) work on the configured
                store: -Dphysiobench.store.url/.user/.password (in PHYSIOBENCH_VMARGS), else the
                preferences, else the embedded SQLite file in the data folder (--data DIR or
                PHYSIOBENCH_DATA, default ~/.local/share/physiobench).""");
        return ExitCodes.OK;
    }

    @Override
    public String help() {
        return """
                help [subcommand], --help
                    Explains every subcommand, or one.""";
    }
}
