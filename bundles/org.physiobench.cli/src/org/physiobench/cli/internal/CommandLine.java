package org.physiobench.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    CommandLine(InstrumentRegistry instruments, Supplier<ModalityRegistry> modalities) {
        this(instruments, modalities, StoreOpener.CONFIGURED);
    }

    CommandLine(InstrumentRegistry instruments, Supplier<ModalityRegistry> modalities, StoreOpener stores) {
        subcommands.add(new ScoreCommand(instruments));
        subcommands.add(new ChangeCommand(instruments));
        subcommands.add(new InstrumentsCommand(instruments));
        subcommands.add(new ModalitiesCommand(modalities));
        subcommands.add(new PatientsCommand(stores));
        subcommands.add(new DemoCommand(stores));
        subcommands.add(new VerifyCommand(stores));
        subcommands.add(new BackupCommand(stores));
        subcommands.add(new RestoreCommand(stores));
        subcommands.add(new HelpCommand(() -> List.copyOf(subcommands)));
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
        return subcommands.stream().filter(subcommand -> subcommand.name().equals(name)).findFirst();
    }

    private static int fail(Io io, String subcommand, String message, int exitCode) {
        // One line: a message containing line breaks would break "one line on stderr" for scripts.
        io.err().println("physiobench " + subcommand + ": " + message.replaceAll("\\s*\\R\\s*", " "));
        return exitCode;
    }
}
