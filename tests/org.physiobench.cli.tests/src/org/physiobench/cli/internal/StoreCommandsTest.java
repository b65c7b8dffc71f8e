package org.physiobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.store.internal.StoreOpener;
import org.physiobench.cli.store.internal.StoreSubcommands;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.StoreSettings;

/**
 * The store subcommands (patients, demo, verify, backup, restore) on a real SQLite store in a
 * temporary folder, without starting a process: exit codes, stdout/stderr contract, refusals.
 * They come from org.physiobench.cli.store, as the extension point contributes them.
 */
class StoreCommandsTest {

    @TempDir
    Path folder;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private CommandLine commandLine(String storeName) {
        Path file = folder.resolve(storeName);
        return new CommandLine(FakeInstrument.registry(), () -> {
            throw new IllegalStateException("no modality registry in this test");
        }, storeSubcommands(() -> ClinicalStores.open(new StoreSettings.Sqlite(file))));
    }

    /** The store subcommands as org.physiobench.cli.store contributes them, on the store {@code stores} opens. */
    private static SubcommandSource storeSubcommands(StoreOpener stores) {
        return SubcommandSource.of(StoreSubcommands.using(stores));
    }

    private int runIn(String store, String... arguments) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Io io = new Io(new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return commandLine(store).run(arguments, io);
    }

    private int run(String... arguments) {
        return runIn("store.db", arguments);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoPatientsAreListed() {
        assertEquals(0, run("demo", "--patients", "12"), this::err);
        assertTrue(outLines().get(0).contains("\"created\":12,\"patients\":12"), outLines().toString());
        assertEquals(0, run("patients"), this::err);
        assertEquals(12, outLines().size());
        assertTrue(outLines().stream().allMatch(line -> line.startsWith("{\"id\":\"") && line.contains("\"redFlag\":")
                && line.matches(".*\"triageLevel\":\"(none|screen|non-urgent|urgent|emergency)\".*")
                && line.matches(".*\"reviewDue\":(null|\"\\d{4}-\\d{2}-\\d{2}\").*")), outLines().toString());
        // redFlag is kept for compatibility: true exactly at non-urgent or above
        assertTrue(outLines().stream().allMatch(line -> line.contains("\"redFlag\":true")
                == line.matches(".*\"triageLevel\":\"(non-urgent|urgent|emergency)\".*")), outLines().toString());
        assertEquals("", err());
        assertEquals(0, run("patients", "--limit", "5"));
        assertEquals(5, outLines().size());
    }

    @Test
    void demoIfEmptyCreatesOnlyOnce() {
        assertEquals(0, run("demo", "--patients", "3", "--if-empty"), this::err);
        assertEquals(0, run("demo", "--patients", "3", "--if-empty", "--seed", "9"), this::err);
        assertTrue(outLines().get(0).contains("\"created\":0,\"patients\":3"), outLines().toString());
        run("patients");
        assertEquals(3, outLines().size());
    }

    @Test
    void theSameSeedTwiceIsRefusedWithAHint() {
        assertEquals(0, run("demo", "--patients", "2"));
        assertEquals(2, run("demo", "--patients", "2"));
        assertEquals(List.of(), outLines());
        assertTrue(err().startsWith("physiobench demo: demo patients of seed 1 are in the store already"), err());
        assertEquals(1, err().lines().count());
    }

    @Test
    void usageErrorsNeverOpenTheStore() {
        CommandLine noStore = new CommandLine(FakeInstrument.registry(), () -> null, storeSubcommands(() -> {
            throw new AssertionError("the store must not be opened for a usage error");
        }));
        for (String[] wrong : List.of(new String[] { "demo" }, new String[] { "demo", "--patients", "0" },
                new String[] { "demo", "--patients", "x" }, new String[] { "patients", "--limit" },
                new String[] { "patients", "--all" }, new String[] { "verify", "extra" },
                new String[] { "backup" }, new String[] { "restore", folder.resolve("missing.zip").toString() })) {
            out = new ByteArrayOutputStream();
            err = new ByteArrayOutputStream();
            int exit = noStore.run(wrong, new Io(new BufferedReader(new StringReader("")),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertEquals(2, exit, Arrays.toString(wrong) + ": " + err());
            assertEquals(List.of(), outLines());
            assertEquals(1, err().lines().count(), err());
        }
    }

    @Test
    void anUnsupportedStoreUrlIsAUsageError() {
        CommandLine badUrl = new CommandLine(FakeInstrument.registry(), () -> null, storeSubcommands(() -> {
            throw new IllegalArgumentException("Unsupported store URL 'jdbc:h2:x'");
        }));
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        assertEquals(2, badUrl.run(new String[] { "verify" }, new Io(new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))));
        assertEquals("physiobench verify: Unsupported store URL 'jdbc:h2:x'" + System.lineSeparator(), err());
    }

    @Test
    void aCleanStoreVerifies() {
        run("demo", "--patients", "4");
        assertEquals(0, run("verify"), this::err);
        String report = outLines().get(0);
        assertTrue(report.contains("\"clean\":true") && report.contains("\"recordsChecked\":4")
                && report.contains("\"auditIntact\":true") && report.contains("\"problems\":[]"), report);
        assertEquals("", err());
    }

    @Test
    void backupRestoresIntoAnEmptyStoreAndKeepsAnExistingFile() throws IOException {
        run("demo", "--patients", "6");
        run("patients");
        List<String> original = outLines();
        Path backup = folder.resolve("backup.zip");
        assertEquals(0, run("backup", backup.toString()), this::err);
        assertTrue(outLines().get(0).contains("\"patients\":6,\"bytes\":" + Files.size(backup)), outLines().toString());

        byte[] first = Files.readAllBytes(backup);
        assertEquals(2, run("backup", backup.toString()));
        assertTrue(err().contains("exists already"), err());
        assertArrayEquals(first, Files.readAllBytes(backup));
        assertEquals(0, run("backup", backup.toString(), "--force"), this::err);
        assertTrue(Files.size(backup) > 0);
        assertEquals(List.of(backup.toString()), listBackups());

        assertEquals(0, runIn("other.db", "restore", backup.toString()), this::err);
        assertEquals(0, runIn("other.db", "patients"));
        assertEquals(original, outLines());
        assertEquals(2, runIn("other.db", "restore", backup.toString()));
        assertTrue(err().contains("restore --replace"), err());
        assertEquals(0, runIn("other.db", "restore", backup.toString(), "--replace"), this::err);
        assertEquals(0, runIn("other.db", "verify"), this::err);
    }

    private List<String> listBackups() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(Path::toString).filter(name -> name.contains("backup")).toList();
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheStoreIsUnchanged() throws IOException {
        run("demo", "--patients", "5");
        Path backup = folder.resolve("backup.zip");
        run("backup", backup.toString());
        byte[] whole = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(whole, whole.length / 2));

        runIn("other.db", "demo", "--patients", "2", "--seed", "7");
        runIn("other.db", "patients");
        List<String> before = outLines();
        assertEquals(3, runIn("other.db", "restore", backup.toString(), "--replace"));
        assertEquals(List.of(), outLines());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("physiobench restore: "), err());
        runIn("other.db", "patients");
        assertEquals(before, outLines());
    }
}
