package org.physiobench.product.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiobench.product.tests.support.InstalledProduct;
import org.physiobench.product.tests.support.ProcessResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The store subcommands through the real launcher, each test on its own data folder given with
 * {@code --data} (never the user's real store): the launcher must hand the folder to the command
 * line so that it uses the same embedded store as the workbench.
 */
class StoreCommandsTest {

    private final InstalledProduct product = InstalledProduct.fromSystemProperty();

    @TempDir
    Path temp;

    private ProcessResult run(Path data, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return product.run(all);
    }

    private ProcessResult ok(Path data, String... arguments) {
        ProcessResult result = run(data, arguments);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.stderr(), result::toString);
        return result;
    }

    private void assertOneLineError(ProcessResult result, int exitCode, String contains) {
        assertEquals(exitCode, result.exitCode(), result::toString);
        assertEquals("", result.stdout(), result::toString);
        assertEquals(1, result.stderrLines().size(), result::toString);
        assertTrue(result.stderr().contains(contains), result::toString);
    }

    @Test
    void demoPatientsAreListedFromTheDataFolder() {
        Path data = temp.resolve("data");
        JsonNode demo = ok(data, "demo", "--patients", "20").json();
        assertEquals(20, demo.get("created").asInt());
        assertTrue(new StoreFile(data).exists(), "the store is the embedded file of the data folder");

        List<JsonNode> patients = ok(data, "patients").jsonLines();
        assertEquals(20, patients.size());
        for (JsonNode patient : patients) {
            assertFalse(patient.get("id").asText().isEmpty(), patient.toString());
            assertFalse(patient.get("name").asText().isEmpty(), patient.toString());
            assertTrue(patient.has("birthDate") && patient.has("episodeStatus") && patient.has("latestOdi")
                    && patient.has("latestNprs") && patient.get("redFlag").isBoolean(), patient.toString());
        }
        assertEquals(7, ok(data, "patients", "--limit", "7").jsonLines().size());
        assertEquals(0, ok(temp.resolve("other"), "patients").jsonLines().size(), "another data folder, another store");
    }

    @Test
    void demoIfEmptyCreatesPatientsOnce() {
        Path data = temp.resolve("data");
        assertEquals(4, ok(data, "demo", "--patients", "4", "--if-empty").json().get("created").asInt());
        JsonNode second = ok(data, "demo", "--patients", "4", "--if-empty").json();
        assertEquals(0, second.get("created").asInt());
        assertEquals(4, second.get("patients").asInt());
        assertEquals(4, ok(data, "patients").jsonLines().size());
    }

    @Test
    void aCleanStoreVerifies() {
        Path data = temp.resolve("data");
        ok(data, "demo", "--patients", "10");
        JsonNode report = ok(data, "verify").json();
        assertTrue(report.get("clean").asBoolean(), report.toString());
        assertEquals(10, report.get("recordsChecked").asInt());
        assertTrue(report.get("auditIntact").asBoolean(), report.toString());
        assertEquals(0, report.get("problems").size());
    }

    /**
     * Creates demo patients, then changes one row of the SQLite file behind PhysioBench's back.
     *
     * @param select finds the key of the row to damage
     * @param update damages it; its one parameter is that key
     * @return the key
     */
    private String demoThenDamage(Path data, int patients, String select, String update) throws SQLException {
        ok(data, "demo", "--patients", String.valueOf(patients));
        StoreFile store = new StoreFile(data);
        String key = store.queryOne(select);
        store.updateOneRow(update, key);
        return key;
    }

    @Test
    void aTamperedAuditEntryFailsVerifyNamingIt() throws SQLException {
        Path data = temp.resolve("data");
        String sequence = demoThenDamage(data, 5, "SELECT MIN(seq) FROM audit_entry",
                "UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?");

        ProcessResult result = run(data, "verify");
        assertEquals(3, result.exitCode(), result::toString);
        JsonNode report = result.json();
        assertFalse(report.get("clean").asBoolean());
        assertFalse(report.get("auditIntact").asBoolean());
        assertEquals(Long.parseLong(sequence), report.get("firstBadAuditEntry").asLong(), report.toString());
        assertEquals(1, result.stderrLines().size(), result::toString);
        assertTrue(result.stderr().contains("entry " + sequence), result::toString);
    }

    @Test
    void aCorruptRecordIsStillListedAndVerifyNamesIt() throws SQLException {
        Path data = temp.resolve("data");
        String id = demoThenDamage(data, 6, "SELECT MIN(id) FROM patient_record",
                "UPDATE patient_document SET document = '{\"not a patient' WHERE id = ?");

        List<JsonNode> patients = ok(data, "patients").jsonLines();
        assertEquals(6, patients.size());
        assertTrue(patients.stream().anyMatch(patient -> patient.get("id").asText().equals(id)));

        ProcessResult verify = run(data, "verify");
        assertEquals(3, verify.exitCode(), verify::toString);
        assertTrue(verify.stderr().contains(id), verify::toString);
        assertTrue(verify.json().get("problems").toString().contains(id), verify::toString);
    }

    @Test
    void anUnreadableListRowIsReportedAndTheRestListed() throws SQLException {
        Path data = temp.resolve("data");
        String id = demoThenDamage(data, 8, "SELECT MIN(id) FROM patient_record",
                "UPDATE patient_record SET birth_date = 'not a date' WHERE id = ?");

        ProcessResult result = run(data, "patients");
        assertEquals(3, result.exitCode(), result::toString);
        List<JsonNode> patients = result.jsonLines();
        assertEquals(7, patients.size(), result::toString);
        assertFalse(patients.stream().anyMatch(patient -> patient.get("id").asText().equals(id)));
        assertEquals(1, result.stderrLines().size(), result::toString);
        assertTrue(result.stderr().startsWith("physiobench patients: row "), result::toString);
    }

    @Test
    void aBackupRestoresIntoAFreshDataFolder() throws IOException {
        Path data = temp.resolve("data");
        ok(data, "demo", "--patients", "12");
        Path backup = temp.resolve("practice.backup");
        JsonNode written = ok(data, "backup", backup.toString()).json();
        assertEquals(backup.toString(), written.get("file").asText());
        assertEquals(12, written.get("patients").asInt());
        assertEquals(Files.size(backup), written.get("bytes").asLong());

        byte[] first = Files.readAllBytes(backup);
        assertOneLineError(run(data, "backup", backup.toString()), 2, "--force");
        assertArrayEquals(first, Files.readAllBytes(backup));
        ok(data, "backup", backup.toString(), "--force");

        Path fresh = temp.resolve("fresh");
        assertEquals(12, ok(fresh, "restore", backup.toString()).json().get("patients").asInt());
        assertEquals(ok(data, "patients").stdout(), ok(fresh, "patients").stdout());
        assertTrue(ok(fresh, "verify").json().get("clean").asBoolean());
    }

    @Test
    void aTruncatedBackupIsRefusedAndTheStoreStaysAsItWas() throws IOException {
        Path data = temp.resolve("data");
        ok(data, "demo", "--patients", "10");
        Path backup = temp.resolve("practice.backup");
        ok(data, "backup", backup.toString());
        byte[] whole = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(whole, whole.length * 2 / 3));

        Path other = temp.resolve("other");
        ok(other, "demo", "--patients", "3", "--seed", "42");
        String before = ok(other, "patients").stdout();
        assertOneLineError(run(other, "restore", backup.toString(), "--replace"), 3, "physiobench restore: ");
        assertEquals(before, ok(other, "patients").stdout());
        assertTrue(ok(other, "verify").json().get("clean").asBoolean());
    }

    @Test
    void helpDocumentsTheStoreSubcommands() {
        String help = product.run("--help").stdout();
        for (String synopsis : List.of("patients [--limit N]", "demo --patients N [--seed S] [--if-empty]", "verify",
                "backup <file> [--force]", "restore <file> [--replace]", "3 the data has problems")) {
            assertTrue(help.contains(synopsis), synopsis + " missing from: " + help);
        }
    }
}
