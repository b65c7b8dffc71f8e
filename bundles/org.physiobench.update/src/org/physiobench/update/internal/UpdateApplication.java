package org.physiobench.update.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.physiobench.update.api.InstalledUnit;
import org.physiobench.update.api.Installation;
import org.physiobench.update.api.UnitChange;
import org.physiobench.update.api.UpdateException;

/**
 * {@code physiobench update|install|uninstall|installed|revert}: the headless face of
 * {@link Installation}; {@code physiobench trust|untrust}: the certificates it trusts
 * ({@link TrustedCertificates}). Results go to stdout; a failure is one line on stderr and a
 * non-zero exit code ({@link ExitCode}). Ctrl-C cancels a running operation, which then
 * rolls back.
 */
public final class UpdateApplication implements IApplication {

	private static final long CANCEL_GRACE_SECONDS = 60;

	private final PrintStream out = System.out;
	private final PrintStream err = System.err;
	private ConsoleProgress progress;

	@Override
	public Object start(IApplicationContext context) {
		String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = raw == null ? List.of() : Arrays.asList(raw);
		CommandLine line;
		try {
			line = CommandLine.parse(args);
		} catch (IllegalArgumentException e) {
			return fail(ExitCode.USAGE, e.getMessage());
		}
		// p2's XML parser and transport print diagnostics to stderr; the admin gets one line
		// from us, the diagnostics go to the log.
		ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
		System.setErr(new PrintStream(diagnostics, true, StandardCharsets.UTF_8));
		ConsoleProgress monitor = new ConsoleProgress(out, ConsoleProgress.isTerminal());
		progress = monitor;
		CountDownLatch finished = new CountDownLatch(1);
		Thread cancelOnInterrupt = new Thread(() -> cancelAndWait(monitor, finished), "physiobench-update-cancel");
		Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
		try {
			return run(line, monitor);
		} catch (UpdateException e) {
			return fail(ExitCode.of(e.reason()), e.getMessage());
		} catch (RuntimeException e) {
			return fail(ExitCode.FAILED, "unexpected error: " + e);
		} finally {
			finished.countDown();
			removeHook(cancelOnInterrupt);
			System.setErr(err);
			logDiagnostics(diagnostics);
		}
	}

	private static void logDiagnostics(ByteArrayOutputStream diagnostics) {
		String text = diagnostics.toString(StandardCharsets.UTF_8).strip();
		if (!text.isEmpty()) {
			ILog.of(UpdateApplication.class).info("Diagnostics printed during the operation:\n" + text);
		}
	}

	/** On Ctrl-C: cancel, then give p2 time to roll back before the JVM exits. */
	private static void cancelAndWait(ConsoleProgress monitor, CountDownLatch finished) {
		monitor.setCanceled(true);
		try {
			finished.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// the JVM is already shutting down (Ctrl-C): the hook is running
		}
	}

	private Integer run(CommandLine line, ConsoleProgress monitor) throws UpdateException {
		switch (line.command()) {
		case "trust" -> trust(line);
		case "untrust" -> untrust(line.fingerprint().orElseThrow());
		default -> change(line, monitor);
		}
		return EXIT_OK;
	}

	private void change(CommandLine line, ConsoleProgress monitor) throws UpdateException {
		Installation installation = Installation.running();
		switch (line.command()) {
		case "installed" -> installation.installedRoots().forEach(this::print);
		case "update" -> report(installation.updateAll(line.repositories(), monitor), "PhysioBench is up to date");
		case "install" -> report(installation.install(line.repositories().get(0), line.unitId().orElseThrow(), monitor), "already installed");
		case "uninstall" -> report(installation.uninstall(line.unitId().orElseThrow(), monitor), "nothing to uninstall");
		case "revert" -> report(installation.revert(monitor), "nothing to revert");
		default -> throw new IllegalStateException(line.command());
		}
	}

	private void trust(CommandLine line) throws UpdateException {
		TrustedCertificates trusted = TrustedCertificates.ofRunning();
		if (line.list()) {
			trusted.list().forEach(this::print);
			return;
		}
		List<TrustedCertificates.Entry> added = trusted.add(TrustedCertificates.readFile(line.certificate().orElseThrow()));
		if (added.isEmpty()) {
			out.println("already trusted");
		}
		added.forEach(entry -> out.println("trusted " + entry.fingerprint() + " " + entry.subject()));
	}

	private void untrust(String fingerprint) throws UpdateException {
		TrustedCertificates.Entry removed = TrustedCertificates.ofRunning().remove(fingerprint);
		out.println("untrusted " + removed.fingerprint() + " " + removed.subject()
				+ " (installed plug-ins it signed stay installed; `physiobench uninstall` removes them)");
	}

	/** fingerprint, built in or added, subject: the fingerprint first, it is what untrust takes. */
	private void print(TrustedCertificates.Entry entry) {
		out.println(entry.fingerprint() + " " + (entry.builtIn() ? "built-in" : "added") + " " + entry.subject());
	}

	private void print(InstalledUnit unit) {
		out.println(unit.id() + " " + unit.version() + (unit.name().equals(unit.id()) ? "" : "  (" + unit.name() + ")"));
	}

	private void report(List<UnitChange> changes, String whenNothing) {
		progress.done();
		if (changes.isEmpty()) {
			out.println(whenNothing);
			return;
		}
		changes.forEach(change -> out.println(change.describe()));
		out.println("Done. Restart PhysioBench to use the changed installation.");
	}

	private Integer fail(ExitCode code, String message) {
		if (progress != null) {
			progress.done();
		}
		err.println("physiobench: " + message);
		return code.value();
	}

	@Override
	public void stop() {
		// Runs to completion or to cancellation; nothing to interrupt from outside.
	}
}
