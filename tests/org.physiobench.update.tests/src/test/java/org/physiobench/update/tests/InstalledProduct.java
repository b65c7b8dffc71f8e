package org.physiobench.update.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private copy of the materialized product, driven through its launcher script exactly
 * as an admin would drive it. The copy keeps the build output untouched.
 */
final class InstalledProduct {

	/** Where Tycho materializes the product for linux/gtk/x86_64. */
	static final String MATERIALIZED = "releng/org.physiobench.product/target/products/org.physiobench.product/linux/gtk/x86_64/physiobench";
	private static final Duration COMMAND_LIMIT = Duration.ofMinutes(5);
	private static final Duration WINDOW_LIMIT = Duration.ofMinutes(2);
	private static final Pattern WINDOW_LINE = Pattern.compile("0x\\p{XDigit}+ \"([^\"]*)\":.*?\\s(\\d+)x(\\d+)[+-]");

	record Result(int exitCode, String out, String err) {

		List<String> errLines() {
			return err.lines().filter(line -> !line.isBlank()).toList();
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private final Path home;
	private final Path data;

	private InstalledProduct(Path home, Path data) {
		this.home = home;
		this.data = data;
	}

	static InstalledProduct copyOf(Path materialized, Path workDir) throws IOException {
		if (!Files.isExecutable(materialized.resolve("physiobench"))) {
			throw new IllegalStateException("no materialized product at " + materialized + ": build releng/org.physiobench.product first");
		}
		Path home = workDir.resolve("physiobench");
		TreeCopy.copy(materialized, home);
		return new InstalledProduct(home, Files.createDirectories(workDir.resolve("data")));
	}

	Path home() {
		return home;
	}

	Result run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(home.resolve("physiobench").toString(), "--data", data.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("physiobench-out", ".txt");
		Path err = Files.createTempFile("physiobench-err", ".txt");
		try {
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException("physiobench " + String.join(" ", args) + " did not finish within " + COMMAND_LIMIT);
			}
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** `physiobench installed` as id -> version; fails the caller when the command fails. */
	Map<String, String> installed() throws IOException, InterruptedException {
		Result result = run("installed");
		if (result.exitCode() != 0) {
			throw new AssertionError("physiobench installed failed: " + result);
		}
		Map<String, String> roots = new TreeMap<>();
		result.out().lines().filter(line -> !line.isBlank()).forEach(line -> {
			String[] parts = line.split(" ");
			roots.put(parts[0], parts[1]);
		});
		return roots;
	}

	/**
	 * Starts the workbench on the current X display and waits until its window is mapped
	 * (xwininfo lists it by title), then stops it. Returns false if the process ended or
	 * no window appeared within the limit.
	 */
	boolean workbenchOpens() throws IOException, InterruptedException {
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			throw new IllegalStateException("no DISPLAY: run the end-to-end tests under xvfb-run (releng/scripts/test.sh does)");
		}
		Process workbench = new ProcessBuilder(home.resolve("physiobench").toString(), "--data", data.toString())
				.redirectErrorStream(true).redirectOutput(data.resolve("workbench.log").toFile()).start();
		try {
			long deadline = System.nanoTime() + WINDOW_LIMIT.toNanos();
			while (System.nanoTime() < deadline && workbench.isAlive()) {
				if (workbenchWindowMapped()) {
					return true;
				}
				Thread.sleep(1000);
			}
			return false;
		} finally {
			workbench.descendants().forEach(ProcessHandle::destroy);
			workbench.destroy();
			if (!workbench.waitFor(30, TimeUnit.SECONDS)) {
				workbench.destroyForcibly();
			}
		}
	}

	/**
	 * SWT creates small helper shells that carry the product name as their X class; the
	 * workbench window is the one whose title starts with the product name and that has
	 * a real size (xwininfo line: 0x... "PhysioBench ": ("PhysioBench" ...)  1274x691+0+0).
	 */
	private static boolean workbenchWindowMapped() throws IOException, InterruptedException {
		Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
		String tree = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		xwininfo.waitFor();
		Matcher window = WINDOW_LINE.matcher(tree);
		while (window.find()) {
			if (window.group(1).startsWith("PhysioBench") && Integer.parseInt(window.group(2)) >= 400) {
				return true;
			}
		}
		return false;
	}

	String workbenchLog() throws IOException {
		Path log = data.resolve("workbench.log");
		return Files.exists(log) ? Files.readString(log) : "";
	}
}
