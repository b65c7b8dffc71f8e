package org.physiobench.product.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The materialized product under test: its folder (system property {@code physiobench.product},
 * set by the pom) and its {@code physiobench} launcher, run as a separate process the way a user
 * or a script runs it.
 */
public final class InstalledProduct {

    /** A guard against a hanging process, not a performance limit. */
    private static final long TIMEOUT_SECONDS = 180;

    private final Path folder;

    private InstalledProduct(Path folder) {
        this.folder = folder;
    }

    /** @return the product named by {@code physiobench.product}; fails clearly if it was not built */
    public static InstalledProduct fromSystemProperty() {
        String location = System.getProperty("physiobench.product");
        if (location == null) {
            throw new IllegalStateException("system property physiobench.product is not set (the pom sets it)");
        }
        Path folder = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isExecutable(folder.resolve("physiobench"))) {
            throw new IllegalStateException("no built product with an executable launcher at " + folder
                    + ": build releng/org.physiobench.product first");
        }
        return new InstalledProduct(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Runs {@code physiobench arguments...} with nothing on standard input. */
    public ProcessResult run(String... arguments) {
        return runWithInput("", arguments);
    }

    /**
     * Runs {@code physiobench arguments...} without a display (DISPLAY removed: the command line
     * must not need one), feeding {@code input} on standard input.
     */
    public ProcessResult runWithInput(String input, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(folder.resolve("physiobench").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        try {
            Process process = builder.start();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("physiobench " + String.join(" ", arguments) + " did not finish");
            }
            return new ProcessResult(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * One thread per stream: the common pool has a single thread on a 2-core machine, and a
     * child blocked on a full stderr pipe while stdout is being read would never finish.
     */
    private static final Executor STREAM_READERS = Executors.newVirtualThreadPerTaskExecutor();

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, STREAM_READERS);
    }
}
