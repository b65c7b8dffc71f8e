package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.store.api.VerificationReport;

/**
 * Crash safety of the embedded store: a child JVM writes records and is killed with SIGKILL at
 * a random moment, 20 times in a row on the same file. After each kill, every record whose
 * commit had returned (the child printed it) is in the store with at least the printed version,
 * and the store verifies clean (documents readable, audit chain intact).
 *
 * <p>Most kills fall after a random number of commits, while the child goes on writing; some
 * hit the child while it opens the store (schema migration), timed from its {@code OPENING} line
 * within the shortest opening seen so far. Neither is a fixed delay: how fast a JVM starts and
 * how many commits fit into a second differ from machine to machine, and on CI fixed delays once
 * let every child open the store before the kill.
 */
class CrashSafetyTest {

    private static final int RUNS = 20;

    @TempDir
    Path temp;

    @Test
    void everyCommittedRecordSurvivesSigkill() throws Exception {
        Path file = temp.resolve("crash/physiobench.db");
        String classPath = childClassPath(temp.resolve("classpath"));
        Random random = new Random(20261126L);
        Map<String, Long> committed = new HashMap<>();
        int killedWhileOpening = 0;
        long shortestOpening = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            boolean killDuringOpen = run % 5 == 4;
            List<String> lines = runAndKill(classPath, file, "r" + run, killDuringOpen ? shortestOpening : -1, random);
            String ready = readyLine(lines);
            if (ready == null) {
                killedWhileOpening++;
            } else {
                shortestOpening = Math.min(shortestOpening, Long.parseLong(ready.substring("READY ".length())));
            }
            for (String line : lines) {
                String[] parts = line.split(" ");
                if (parts.length == 4 && parts[3].equals("OK")) {
                    committed.merge(parts[1], Long.parseLong(parts[2]), Math::max);
                }
            }
            try (JdbcClinicalStore store = JdbcClinicalStore.open(new StoreSettings.Sqlite(file),
                    ClinicalPatientModel.INSTANCE, Clock.systemUTC())) {
                Map<String, Long> stored = new HashMap<>();
                for (PatientSummary summary : store.listPatients(PatientQuery.all().withArchived(true))) {
                    stored.put(summary.id(), summary.version());
                }
                for (Map.Entry<String, Long> record : committed.entrySet()) {
                    Long version = stored.get(record.getKey());
                    assertTrue(version != null && version >= record.getValue(), "run " + run + ": record "
                            + record.getKey() + " committed at version " + record.getValue() + ", stored: " + version);
                }
                VerificationReport report = store.verify();
                assertTrue(report.isClean(), "run " + run + ": " + report);
            }
        }
        System.out.println("Crash safety: " + RUNS + " SIGKILLs (" + killedWhileOpening
                + " while opening, which took at least " + shortestOpening + " ms), "
                + committed.size() + " committed records all present, store verified clean after each");
        assertTrue(committed.size() > RUNS, "the children committed records before they were killed: "
                + committed.size());
        assertTrue(killedWhileOpening > 0, "some kills hit the start-up");
    }

    private static String readyLine(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("READY ")).findFirst().orElse(null);
    }

    /**
     * Starts the child, kills it with SIGKILL at a random point, returns its complete lines.
     * With {@code openingMillis} of zero or more the kill falls while the child opens the store:
     * after its {@code OPENING} line, within the first half of an opening that long.
     */
    private static List<String> runAndKill(String classPath, Path file, String prefix, long openingMillis,
            Random random) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", classPath, CrashWriter.class.getName(), file.toString(),
                prefix).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Deque<String> lines = new ArrayDeque<>();
        Thread reader = new Thread(() -> readLines(child, lines), "crash-child-output");
        reader.start();
        if (openingMillis >= 0) {
            waitFor(lines, "OPENING", child);
            Thread.sleep(random.nextInt((int) Math.max(1, Math.min(openingMillis / 2, 1000))));
        } else {
            // after a random number of commits, not a random time: how many commits fit into a
            // given time depends on the machine, and the test needs some before the kill
            waitForCommits(lines, 2 + random.nextInt(60), child);
            Thread.sleep(random.nextInt(20));
        }
        // destroyForcibly is SIGKILL on Linux: no shutdown hooks, no flush, no clean close.
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child ended");
        reader.join(10_000);
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    private static void readLines(Process child, Deque<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the child is killed: what was read is all there is
        }
    }

    /** Waits until the child has printed {@code count} commits. */
    private static void waitForCommits(Deque<String> lines, int count, Process child) throws InterruptedException {
        waitUntil(lines, () -> lines.stream().filter(line -> line.endsWith(" OK")).count() >= count,
                count + " commits", child);
    }

    /** Waits until the child printed a line starting with {@code expected}. */
    private static void waitFor(Deque<String> lines, String expected, Process child) throws InterruptedException {
        waitUntil(lines, () -> lines.stream().anyMatch(line -> line.startsWith(expected)), expected, child);
    }

    private static void waitUntil(Deque<String> lines, BooleanSupplier printed, String what, Process child)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        synchronized (lines) {
            while (!printed.getAsBoolean()) {
                assertTrue(child.isAlive(), "the child died before " + what);
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                assertTrue(left > 0, "the child did not print " + what + " within 120 s");
                lines.wait(Math.min(left, 500));
            }
        }
    }

    /**
     * The class path of the child: the store bundle with this test fragment, every bundle the
     * store is wired to (transitively), and opencsv (optional for Liquibase, needed at run time).
     */
    private static String childClassPath(Path unsignedCopies) throws IOException {
        Bundle store = FrameworkUtil.getBundle(JdbcClinicalStore.class);
        Set<Bundle> bundles = new LinkedHashSet<>();
        collect(store, bundles);
        for (Bundle bundle : store.getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (name.equals("org.physiobench.store.tests") || name.startsWith("com.opencsv")
                    || name.equals("org.apache.commons.commons-beanutils")) {
                collect(bundle, bundles);
            }
        }
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            File location = FileLocator.getBundleFileLocation(bundle)
                    .orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName()));
            if (location.isDirectory()) {
                // A reactor project in the test runtime: its classes are in target/classes, its
                // resources (the changelog) at the project root.
                File classes = new File(location, "target/classes");
                if (classes.isDirectory()) {
                    entries.add(classes.getPath());
                }
            }
            entries.add(location.isFile() ? withoutSignature(location, unsignedCopies).toString() : location.getPath());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The build signs every bundle jar; on a plain class path the JVM then refuses the test
     * fragment's unsigned classes in the host's package ("signer information does not match").
     * OSGi does not check that, the child's class path does: it gets copies without signatures.
     */
    private static Path withoutSignature(File jar, Path folder) throws IOException {
        try (JarFile in = new JarFile(jar)) {
            if (in.stream().noneMatch(CrashSafetyTest::isSignatureFile)) {
                return jar.toPath();
            }
            Files.createDirectories(folder);
            Path copy = folder.resolve(jar.getName());
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
                for (JarEntry entry : Collections.list(in.entries())) {
                    if (isSignatureFile(entry)) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return copy;
        }
    }

    private static boolean isSignatureFile(JarEntry entry) {
        String name = entry.getName().toUpperCase(Locale.ROOT);
        return name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA")
                || name.endsWith(".EC") || name.endsWith(".DSA"));
    }

    private static void collect(Bundle bundle, Set<Bundle> bundles) {
        if (bundle.getBundleId() == 0 || !bundles.add(bundle)) {
            return;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return;
        }
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            collect(wire.getProvider().getBundle(), bundles);
        }
    }
}
