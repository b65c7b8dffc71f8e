package org.physiobench.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.physiobench.cli.api.CommandFailure;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Subcommand;
import org.physiobench.cli.api.UsageException;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.InstrumentUnavailableException;
import org.physiobench.modality.api.ModalityRegistry;

/**
 * Dispatches {@code physiobench <subcommand> ...} to its {@link Subcommand} and turns failures into
 * exit codes with a one-line message on standard error. Nothing but results ever goes to standard
 * output, so scripts can parse it.
 */
final class CommandLine {

    private final List<Subcommand> subcommands = new ArrayList<>();
    private final SubcommandSource contributed;
    private final Subcommand help;

    CommandLine(InstrumentRegistry instruments, Supplier<ModalityRegistry> modalities) {
        this(instruments, modalities, SubcommandSource.NONE);
    }

    /**
     * @param contributed subcommands of other bundles (the store subcommands), created only
     *            when typed or listed by help
     */
    CommandLine(InstrumentRegistry instruments, Supplier<ModalityRegistry> modalities, SubcommandSource contributed) {
        this.contributed = contributed;
        subcommands.add(new ScoreCommand(instruments));
        subcommands.add(new ChangeCommand(instruments));
        subcommands.add(new ScreenCommand());
        subcommands.add(new InstrumentsCommand(instruments));
        subcommands.add(new ModalitiesCommand(modalities));
        help = new HelpCommand(this::all);
    }

    /** @return the names of the subcommands built into this bundle (contributions may not take them) */
    static List<String> builtInNames() {
        return List.of("score", "change", "screen", "instruments", "modalities", "help");
    }

    /** Every subcommand in help order: built in, contributed (created now), help last. */
    private List<Subcommand> all() {
        List<Subcommand> all = new ArrayList<>(subcommands);
        for (String name : contributed.names()) {
            try {
                contributed.find(name).ifPresent(all::add);
            } catch (CommandFailure broken) {
                // Logged by the source; help still explains every subcommand that works.
            }
        }
        all.add(help);
        return all;
    }

    int run(String[] arguments, Io io) {
        List<String> words = Arrays.asList(arguments);
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h")) {
            return run("help", List.of(), io);
        }
        return run(words.get(0), words.subList(1, words.size()), io);
    }

    private int run(String name, List<String> arguments, Io io) {
        try {
            Subcommand subcommand = find(name).orElseThrow(() -> new UsageException("unknown subcommand '" + name
                    + "'; see physiobench --help"));
            if (arguments.contains("--help") || arguments.contains("-h")) {
                io.out().println(subcommand.help());
                return ExitCodes.OK;
            }
            return subcommand.run(arguments, io);
        } catch (UsageException e) {
            return fail(io, name, e.getMessage(), ExitCodes.INVALID_INPUT);
        } catch (InstrumentUnavailableException e) {
            return fail(io, name, e.getMessage(), ExitCodes.FAILURE);
        } catch (CommandFailure e) {
            return fail(io, name, e.getMessage(), e.exitCode());
        }
    }

    private Optional<Subcommand> find(String name) {
        if (name.equals(help.name())) {
            return Optional.of(help);
        }
        Optional<Subcommand> builtIn = subcommands.stream().filter(subcommand -> subcommand.name().equals(name))
                .findFirst();
        return builtIn.isPresent() ? builtIn : contributed.find(name);
    }

    private static int fail(Io io, String subcommand, String message, int exitCode) {
        // One line: a message containing line breaks would break "one line on stderr" for scripts.
        io.err().println("physiobench " + subcommand + ": " + message.replaceAll("\\s*\\R\\s*", " "));
        return exitCode;
    }
}
