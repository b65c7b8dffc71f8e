package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiobench.store.api.AuditAction;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditQuery;
import org.physiobench.store.api.AuditVerification;
import org.physiobench.store.api.CorruptRecordException;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.RecordNotFoundException;
import org.physiobench.store.api.RestoreMode;
import org.physiobench.store.api.StoreConflictException;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.store.api.VerificationReport;

/**
 * What every store implementation guarantees, run against a real database by each subclass
 * (SQLite file, PostgreSQL server) on the minimal run-time model.
 */
abstract class StoreContractTest {

    static final String ALICE = "therapist.alice";
    static final String BOB = "therapist.bob";

    final MiniModel model = MiniModel.INSTANCE;
    JdbcClinicalStore store;

    @TempDir
    Path temp;

    /** @return a new, empty store */
    abstract JdbcClinicalStore openEmptyStore() throws Exception;

    /** @return a second store object on the same database as {@link #store} */
    abstract JdbcClinicalStore reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmptyStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void savedPatientLoadsEqual() throws Exception {
        EObject patient = model.newPatient("p-1", "Muster", "Anna", 4);
        assertEquals(1, store.savePatient(patient, 0, ALICE));

        StoredPatient loaded = store.loadPatient("p-1", ALICE);

        assertEquals(1, loaded.version());
        assertTrue(EcoreUtil.equals(patient, loaded.patient()), "the reloaded aggregate equals the saved one");
        EObject keyVisit = (EObject) loaded.patient().eGet(model.keyVisit);
        assertEquals(((List<?>) loaded.patient().eGet(model.visits)).get(0), keyVisit,
                "the reference inside the aggregate points to the reloaded visit");
    }

    @Test
    void saveBasedOnStaleVersionIsRefusedAndNamesBothVersions() throws Exception {
        EObject patient = model.newPatient("p-2", "Muster", "Ben", 1);
        store.savePatient(patient, 0, ALICE);
        patient.eSet(model.givenName, "Benjamin");
        assertEquals(2, store.savePatient(patient, 1, ALICE));

        patient.eSet(model.givenName, "Benno");
        StoreConflictException conflict = assertThrows(StoreConflictException.class,
                () -> store.savePatient(patient, 1, BOB));

        assertEquals("p-2", conflict.recordId());
        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertTrue(conflict.getMessage().contains("p-2") && conflict.getMessage().contains("version 1")
                && conflict.getMessage().contains("version 2"), conflict.getMessage());
        assertEquals("Benjamin", store.loadPatient("p-2", ALICE).patient().eGet(model.givenName),
                "the refused save changed nothing");
    }

    @Test
    void creatingAnExistingRecordIsAConflict() throws Exception {
        store.savePatient(model.newPatient("p-3", "A", "B", 0), 0, ALICE);
        StoreConflictException conflict = assertThrows(StoreConflictException.class,
                () -> store.savePatient(model.newPatient("p-3", "C", "D", 0), 0, BOB));
        assertEquals(1, conflict.actualVersion());
        assertThrows(StoreConflictException.class,
                () -> store.createPatients(List.of(model.newPatient("p-3", "E", "F", 0)), BOB));
    }

    @Test
    void listsAndSearchesByIndexedColumns() throws Exception {
        store.createPatients(List.of(model.newPatient("p-a", "Zimmer", "Eva", 3),
                model.newPatient("p-b", "Adler", "Tom", 1), model.newPatient("p-c", "Meier", "Zoe", 0)), ALICE);
        EObject flagged = model.newPatient("p-d", "Brandt", "Ida", 2);
        flagged.eSet(model.redFlag, true);
        flagged.eSet(model.episodeStatus, "referred");
        store.savePatient(flagged, 0, ALICE);

        List<PatientSummary> all = store.listPatients(PatientQuery.all());
        assertEquals(List.of("p-b", "p-d", "p-c", "p-a"), all.stream().map(PatientSummary::id).toList());
        PatientSummary zimmer = all.get(3);
        assertEquals("Zimmer, Eva", zimmer.index().displayName());
        assertEquals(36, zimmer.index().latestOdi(), "ODI of the last of three visits: 48 - 2*6");
        assertEquals(5, zimmer.index().latestNprs());
        assertEquals("2026-01-19", zimmer.index().lastVisit().toString());

        assertEquals(List.of("p-a"), ids(store.listPatients(PatientQuery.all().withNameContains("IMME"))));
        assertEquals(List.of("p-d"), ids(store.listPatients(PatientQuery.all().withRedFlagOnly(true))));
        assertEquals(List.of("p-d"), ids(store.listPatients(PatientQuery.all().withEpisodeStatus("referred"))));
        assertEquals(List.of("p-a", "p-d", "p-b", "p-c"),
                ids(store.listPatients(PatientQuery.all().withOrder(PatientQuery.Order.LAST_VISIT_DESC))));
        assertEquals(List.of("p-d", "p-c"), ids(store.listPatients(PatientQuery.all().withPage(1, 2))));
        assertEquals(List.of("p-c", "p-a"), ids(store.listPatients(PatientQuery.all().withPage(2, 0))));
        assertEquals(4, store.countPatients(PatientQuery.all()));
        assertEquals(List.of(), ids(store.listPatients(PatientQuery.all().withNameContains("%"))),
                "LIKE wildcards in the search text are taken literally");
    }

    @Test
    void archiveHidesAndDeleteRemovesWithAudit() throws Exception {
        store.savePatient(model.newPatient("p-4", "Kurz", "Lena", 1), 0, ALICE);
        assertEquals(2, store.setArchived("p-4", 1, true, ALICE));
        assertTrue(store.listPatients(PatientQuery.all()).isEmpty());
        assertEquals(1, store.listPatients(PatientQuery.all().withArchived(true)).size());
        assertThrows(StoreConflictException.class, () -> store.deletePatient("p-4", 1, BOB));

        store.deletePatient("p-4", 2, BOB);

        assertThrows(RecordNotFoundException.class, () -> store.loadPatient("p-4", ALICE));
        List<AuditAction> actions = store.auditTrail(AuditQuery.forRecord("p-4")).stream().map(AuditEntry::action)
                .toList();
        assertEquals(List.of(AuditAction.CREATE, AuditAction.ARCHIVE, AuditAction.DELETE), actions);
        assertEquals(BOB, store.auditTrail(AuditQuery.forRecord("p-4")).get(2).actor());
    }

    @Test
    void viewsAndExportsAreAudited() throws Exception {
        store.savePatient(model.newPatient("p-5", "Lang", "Max", 1), 0, ALICE);
        store.loadPatient("p-5", BOB);
        store.recordExport("p-5", BOB, "progress report PDF");

        List<AuditEntry> bobs = store.auditTrail(AuditQuery.byActor(BOB));
        assertEquals(List.of(AuditAction.VIEW, AuditAction.EXPORT), bobs.stream().map(AuditEntry::action).toList());
        assertEquals("progress report PDF", bobs.get(1).detail());
        assertThrows(RecordNotFoundException.class, () -> store.recordExport("nobody", BOB, "x"));
        assertThrows(StoreException.class, () -> store.loadPatient("p-5", " "), "an anonymous view is refused");
    }

    @Test
    void corruptRecordsAreIsolated() throws Exception {
        store.createPatients(List.of(model.newPatient("p-good", "Gut", "Gabi", 2),
                model.newPatient("p-json", "Kaputt", "Karl", 1), model.newPatient("p-type", "Falsch", "Fritz", 1)),
                ALICE);
        EObject visit = (EObject) ((List<?>) model.newPatient("x", "x", "x", 1).eGet(model.visits)).get(0);
        String visitDocument = new PatientJson(new VisitRootModel()).write(visit);
        damage("UPDATE patient_record SET document = '{\"eClass\": \"urn:physiobench:test:store#//Patient\", \"id\": ' "
                + "WHERE id = 'p-json'");
        damage("UPDATE patient_record SET document = '" + visitDocument.replace("'", "''") + "' WHERE id = 'p-type'");

        assertEquals(3, store.listPatients(PatientQuery.all()).size(), "every patient is still listed");
        assertEquals("Gabi", store.loadPatient("p-good", ALICE).patient().eGet(model.givenName));
        CorruptRecordException badJson = assertThrows(CorruptRecordException.class,
                () -> store.loadPatient("p-json", ALICE));
        assertEquals("p-json", badJson.recordId());
        CorruptRecordException wrongType = assertThrows(CorruptRecordException.class,
                () -> store.loadPatient("p-type", ALICE));
        assertTrue(wrongType.getMessage().contains("p-type") && wrongType.getMessage().contains("Visit"),
                wrongType.getMessage());

        VerificationReport report = store.verify();
        assertEquals(2, report.problems().size(), report.toString());
        assertTrue(report.audit().isIntact());
    }

    @Test
    void editedAuditEntryIsDetectedAndNamed() throws Exception {
        writeSomeHistory();
        assertTrue(store.verifyAuditTrail().isIntact(), store.verifyAuditTrail().toString());
        damage("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3");
        AuditVerification result = store.verifyAuditTrail();
        assertFalse(result.isIntact());
        assertEquals(3, result.firstBadSequence(), result.toString());
    }

    @Test
    void deletedAuditEntryIsDetectedAndNamed() throws Exception {
        writeSomeHistory();
        damage("DELETE FROM audit_entry WHERE seq = 2");
        assertEquals(3, store.verifyAuditTrail().firstBadSequence(), store.verifyAuditTrail().toString());
    }

    @Test
    void deletedNewestAuditEntryIsDetected() throws Exception {
        writeSomeHistory();
        long last = store.auditTrail(AuditQuery.all()).size();
        damage("DELETE FROM audit_entry WHERE seq = " + last);
        assertEquals(last, store.verifyAuditTrail().firstBadSequence(), store.verifyAuditTrail().toString());
    }

    @Test
    void insertedAuditEntryIsDetectedAndNamed() throws Exception {
        writeSomeHistory();
        // Make room after entry 2 and forge a well-formed entry there: its own hash is right,
        // but the entry after it no longer links to its predecessor.
        List<AuditEntry> entries = store.auditTrail(AuditQuery.all());
        AuditEntry second = entries.get(1);
        damage("UPDATE audit_entry SET seq = seq + 1000 WHERE seq > 2");
        damage("UPDATE audit_entry SET seq = seq - 999 WHERE seq > 1000");
        String forged = AuditChain.hash(second.hash(), 3, second.at(), "mallory", "p-h1", AuditAction.VIEW, "forged");
        damage("INSERT INTO audit_entry (seq, at_utc, actor, record_id, action, detail, prev_hash, hash) VALUES (3, '"
                + Timestamps.format(second.at()) + "', 'mallory', 'p-h1', 'view', 'forged', '" + second.hash() + "', '"
                + forged + "')");
        assertEquals(4, store.verifyAuditTrail().firstBadSequence(), store.verifyAuditTrail().toString());
    }

    @Test
    void backupRestoresIntoAnEmptyStoreAndIsAudited() throws Exception {
        writeSomeHistory();
        Path backup = temp.resolve("backup.pbk");
        VerificationReport written = store.backup(backup, ALICE);
        assertTrue(written.isClean(), written.toString());
        assertThrows(StoreException.class, () -> store.backup(backup, ALICE), "an existing file is not overwritten");
        List<PatientSummary> before = store.listPatients(PatientQuery.all().withArchived(true));
        // The backup holds the trail up to its snapshot; its own "export" entry follows it.
        int auditInBackup = (int) written.audit().entriesChecked();
        assertEquals(AuditAction.EXPORT, store.auditTrail(AuditQuery.all()).get(auditInBackup).action());

        try (JdbcClinicalStore target = openEmptyStore()) {
            VerificationReport restored = target.restore(backup, RestoreMode.INTO_EMPTY, BOB);

            assertTrue(restored.isClean(), restored.toString());
            assertEquals(before, target.listPatients(PatientQuery.all().withArchived(true)));
            for (PatientSummary summary : before) {
                assertTrue(EcoreUtil.equals(store.loadPatient(summary.id(), ALICE).patient(),
                        target.loadPatient(summary.id(), BOB).patient()));
            }
            List<AuditEntry> audit = target.auditTrail(AuditQuery.all());
            assertEquals(AuditAction.RESTORE, audit.get(auditInBackup).action(), "the restore continues the chain");
            assertEquals(BOB, audit.get(auditInBackup).actor());
            assertTrue(target.verify().isClean(), target.verify().toString());
            assertThrows(StoreException.class, () -> target.restore(backup, RestoreMode.INTO_EMPTY, BOB),
                    "a store with data is only replaced on request");
            target.restore(backup, RestoreMode.REPLACE, BOB);
            assertTrue(target.verify().isClean());
        }
    }

    @Test
    void damagedBackupIsRefusedAndLeavesTheStoreUnchanged() throws Exception {
        writeSomeHistory();
        Path backup = temp.resolve("backup.pbk");
        store.backup(backup, ALICE);
        Path damaged = temp.resolve("damaged.pbk");
        BackupFiles.rewriteEntry(backup, damaged, "audit.jsonl", text -> text.replace("therapist.bob", "therapist.eve"));

        assertFalse(store.verifyBackup(damaged).isClean());
        long before = store.auditTrail(AuditQuery.all()).size();
        StoreException refused = assertThrows(StoreException.class,
                () -> store.restore(damaged, RestoreMode.REPLACE, ALICE));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        assertEquals(before, store.auditTrail(AuditQuery.all()).size());
        assertThrows(StoreException.class, () -> store.verifyBackup(temp.resolve("missing.pbk")));
        Path notZip = Files.writeString(temp.resolve("text.pbk"), "not a backup");
        assertThrows(StoreException.class, () -> store.restore(notZip, RestoreMode.REPLACE, ALICE));
    }

    @Test
    void reopeningDoesNotMigrateAgain() throws Exception {
        store.savePatient(model.newPatient("p-6", "Nord", "Nina", 1), 0, ALICE);
        int changeSets = count("SELECT COUNT(*) FROM databasechangelog");
        assertNotEquals(0, changeSets);
        store.close();

        store = reopen();

        assertEquals(SchemaMigration.LATEST_CHANGESET, store.schemaVersion());
        assertEquals(changeSets, count("SELECT COUNT(*) FROM databasechangelog"));
        assertEquals("Nina", store.loadPatient("p-6", ALICE).patient().eGet(model.givenName));
        assertTrue(store.verify().isClean());
    }

    void writeSomeHistory() throws Exception {
        store.savePatient(model.newPatient("p-h1", "Hist", "One", 2), 0, ALICE);
        store.savePatient(model.newPatient("p-h2", "Hist", "Two", 1), 0, ALICE);
        store.loadPatient("p-h1", BOB);
        EObject changed = store.loadPatient("p-h2", BOB).patient();
        changed.eSet(model.givenName, "Zwei");
        store.savePatient(changed, 1, BOB);
        store.setArchived("p-h1", 1, true, ALICE);
    }

    void damage(String sql) throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    int count(String sql) throws Exception {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static List<String> ids(List<PatientSummary> summaries) {
        return summaries.stream().map(PatientSummary::id).toList();
    }

    /** The mini model with a visit as document root: writes a well-formed document of the wrong type. */
    private static final class VisitRootModel implements PatientModel {
        @Override
        public List<org.eclipse.emf.ecore.EPackage> packages() {
            return MiniModel.INSTANCE.packages();
        }

        @Override
        public org.eclipse.emf.ecore.EClass rootClass() {
            return MiniModel.INSTANCE.visit;
        }

        @Override
        public String idOf(EObject patient) {
            return "visit";
        }

        @Override
        public org.physiobench.store.api.PatientIndex indexOf(EObject patient) {
            throw new UnsupportedOperationException();
        }
    }
}
