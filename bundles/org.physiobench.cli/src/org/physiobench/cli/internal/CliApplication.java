package org.physiobench.cli.internal;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.FullRuntime;
import org.physiobench.cli.api.Io;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.modality.api.Modalities;
import org.physiobench.modality.api.ModalityRegistry;

/**
 * The headless application {@code org.physiobench.cli.application}: the product's
 * {@code physiobench} launcher starts it for a subcommand. Returns the exit code as an
 * {@link Integer}; Equinox hands it to the launcher, which exits the JVM with it.
 *
 * <p>Results go to the process's real standard output, opened here directly in UTF-8, so that
 * nothing another bundle may print to {@code System.out} can interleave with the JSON.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        context.applicationRunning();
        // Libraries print to System.out, which is the same file descriptor as our results
        // (Liquibase announces every schema change the first time a store is opened). Only the
        // subcommand's JSON may reach standard output, so System.out goes nowhere meanwhile.
        PrintStream systemOut = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            CommandLine commandLine = new CommandLine(Instruments.registry(), CliApplication::modalities,
                    ContributedSubcommands.read(RegistryFactory.getRegistry(), CommandLine.builtInNames(),
                            ILog.of(CliApplication.class)));
            exitCode = commandLine.run(arguments == null ? new String[0] : arguments, new Io(in, out, err));
        } catch (RuntimeException e) {
            err.println("physiobench: " + e);
            exitCode = ExitCodes.FAILURE;
        } finally {
            System.setOut(systemOut);
        }
        out.flush();
        err.flush();
        return Integer.valueOf(exitCode);
    }

    /** The modality registry is a Declarative Services component: DS starts with the full runtime. */
    private static ModalityRegistry modalities() {
        FullRuntime.start();
        return Modalities.registry();
    }

    @Override
    public void stop() {
        // A subcommand runs to completion in a moment; there is nothing to interrupt.
    }
}
