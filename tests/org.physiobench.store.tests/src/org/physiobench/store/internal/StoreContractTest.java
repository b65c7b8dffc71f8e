package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.MedicalReview;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanStatus;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.model.testing.ClinicalExamples;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.store.api.AuditAction;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditQuery;
import org.physiobench.store.api.AuditVerification;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.CorruptRecordException;
import org.physiobench.store.api.PatientIndex;
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
 * (SQLite file, PostgreSQL server) with patients of the clinical model.
 */
abstract class StoreContractTest {

    static final String ALICE = "therapist.alice";
    static final String BOB = "therapist.bob";

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
    void fullyPopulatedPatientLoadsEqual() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        assertEquals(1, store.savePatient(patient, 0, ALICE));

        StoredPatient loaded = store.loadPatient(patient.getId(), ALICE);

        assertEquals(1, loaded.version());
        assertTrue(EcoreUtil.equals(patient, loaded.patient()), "the reloaded aggregate equals the saved one");
        DeliveredIntervention delivered = loaded.patient().getEpisodes().get(0).getSessions().get(0)
                .getInterventions().get(0);
        assertSame(loaded.patient().getEpisodes().get(0).getPlans().get(0).getRevisions().get(0).getInterventions()
                .get(0), delivered.getPlanned(), "a reference inside the aggregate points into the reloaded aggregate");
        String document = text("SELECT document FROM patient_document WHERE id = '" + patient.getId() + "'");
        assertTrue(document.contains("\"category\":\"fracture\"") && document.contains("\"birthDate\":\"1984-07-14\""),
                "shared vocabulary by its ids, dates in ISO-8601: " + document);
        PatientSummary summary = store.listPatients(PatientQuery.all()).get(0);
        assertEquals(new PatientIndex("Example", "Alex", LocalDate.of(1984, 7, 14), "finished",
                LocalDate.of(2026, 4, 13), 18, 6, null, TriageLevel.NON_URGENT, null), summary.index(),
                "columns of the example: finished episode, last visit = reassessment, ODI 18 %, pain 6 "
                        + "(initial assessment; the session on 2026-03-09 has 6 before), a fracture screening "
                        + "yes under an id the triage rules do not know (non-urgent, never hidden), plan completed");
    }

    /**
     * This store remembers the index columns and the audit head it wrote last (to spare a save
     * reading them); another writer's changes in between must still decide what is written.
     */
    @Test
    void anotherWritersChangesAreNotHiddenByWhatThisStoreRemembers() throws Exception {
        Patient patient = TestPatients.patient("p-other", "Fraser", "Ann", 2);
        store.createPatients(List.of(patient), ALICE);
        try (JdbcClinicalStore other = reopen()) {
            // Version 1 again, with other columns and more audit entries than this store saw.
            other.deletePatient("p-other", 1, BOB);
            other.createPatients(List.of(TestPatients.patient("p-other", "Gordon", "Ann", 3)), BOB);
        }
        patient.getEpisodes().get(0).getSessions().get(0).setPainBefore(1);

        assertEquals(2, store.savePatient(patient, 1, ALICE));

        PatientSummary summary = store.listPatients(PatientQuery.all()).get(0);
        assertEquals(store.loadPatient("p-other", ALICE).patient().getFamilyName(), summary.index().familyName());
        assertEquals("Fraser", summary.index().familyName(), "the columns follow the saved document");
        assertEquals(TestPatients.FIRST_VISIT.plusWeeks(1), summary.index().lastVisit());
        assertEquals(1, store.countPatients(PatientQuery.all().withNameContains("fraser")));
        assertEquals(0, store.countPatients(PatientQuery.all().withNameContains("gordon")));
        AuditVerification audit = store.verifyAuditTrail();
        assertTrue(audit.isIntact(), audit.toString());
        assertEquals(5, store.auditTrail(AuditQuery.all()).size(), "create, delete, create, save, view");
    }

    @Test
    void saveBasedOnStaleVersionIsRefusedAndNamesBothVersions() throws Exception {
        Patient patient = TestPatients.patient("p-2", "Muster", "Ben", 1);
        store.savePatient(patient, 0, ALICE);
        patient.setGivenName("Benjamin");
        assertEquals(2, store.savePatient(patient, 1, ALICE));

        patient.setGivenName("Benno");
        StoreConflictException conflict = assertThrows(StoreConflictException.class,
                () -> store.savePatient(patient, 1, BOB));

        assertEquals("p-2", conflict.recordId());
        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertTrue(conflict.getMessage().contains("p-2") && conflict.getMessage().contains("version 1")
                && conflict.getMessage().contains("version 2"), conflict.getMessage());
        assertEquals("Benjamin", store.loadPatient("p-2", ALICE).patient().getGivenName(),
                "the refused save changed nothing");
    }

    @Test
    void creatingAnExistingRecordIsAConflict() throws Exception {
        store.savePatient(TestPatients.patient("p-3", "A", "B", 0), 0, ALICE);
        StoreConflictException conflict = assertThrows(StoreConflictException.class,
                () -> store.savePatient(TestPatients.patient("p-3", "C", "D", 0), 0, BOB));
        assertEquals(1, conflict.actualVersion());
        assertThrows(StoreConflictException.class,
                () -> store.createPatients(List.of(TestPatients.patient("p-3", "E", "F", 0)), BOB));
    }

    @Test
    void listsAndSearchesByIndexedColumns() throws Exception {
        store.createPatients(List.of(TestPatients.patient("p-a", "Zimmer", "Eva", 3),
                TestPatients.patient("p-b", "Adler", "Tom", 1), TestPatients.patient("p-c", "Meier", "Zoe", 0)), ALICE);
        Patient flagged = TestPatients.patient("p-d", "Brandt", "Ida", 2);
        RedFlagAnswer answer = ClinicalFactory.eINSTANCE.createRedFlagAnswer();
        answer.setQuestionId("saddle-anaesthesia");
        answer.setCategory(RedFlagCategory.CAUDA_EQUINA);
        answer.setAnswer(ScreeningAnswer.YES);
        flagged.getEpisodes().get(0).getAssessments().get(0).getRedFlagScreening().getAnswers().add(answer);
        flagged.getEpisodes().get(0).setStatus(EpisodeStatus.ON_HOLD);
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
        assertEquals(List.of("p-d"), ids(store.listPatients(PatientQuery.all().withEpisodeStatus("on-hold"))));
        assertEquals(List.of("p-a", "p-d", "p-b", "p-c"),
                ids(store.listPatients(PatientQuery.all().withOrder(PatientQuery.Order.LAST_VISIT_DESC))));
        assertEquals(List.of("p-b", "p-d", "p-a", "p-c"),
                ids(store.listPatients(PatientQuery.all().withOrder(PatientQuery.Order.LATEST_ODI_DESC))),
                "ODI 48, 42, 36, none");
        assertEquals(List.of("p-b", "p-d", "p-a", "p-c"),
                ids(store.listPatients(PatientQuery.all().withOrder(PatientQuery.Order.LATEST_NPRS_DESC))),
                "pain 7, 6, 5, none");
        assertEquals(List.of("p-d", "p-c"), ids(store.listPatients(PatientQuery.all().withPage(1, 2))));
        assertEquals(List.of("p-c", "p-a"), ids(store.listPatients(PatientQuery.all().withPage(2, 0))));
        assertEquals(4, store.countPatients(PatientQuery.all()));
        assertEquals(List.of(), ids(store.listPatients(PatientQuery.all().withNameContains("%"))),
                "LIKE wildcards in the search text are taken literally");
    }

    @Test
    void archiveHidesAndDeleteRemovesWithAudit() throws Exception {
        store.savePatient(TestPatients.patient("p-4", "Kurz", "Lena", 1), 0, ALICE);
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
        store.savePatient(TestPatients.patient("p-5", "Lang", "Max", 1), 0, ALICE);
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
        store.createPatients(List.of(TestPatients.patient("p-good", "Gut", "Gabi", 2),
                TestPatients.patient("p-json", "Kaputt", "Karl", 1), TestPatients.patient("p-type", "Falsch", "Fritz", 1),
                TestPatients.patient("p-lost", "Verloren", "Vera", 1)), ALICE);
        String therapistDocument = new PatientJson(ClinicalPatientModel.INSTANCE).write(ClinicalExamples.therapist());
        damage("UPDATE patient_document SET document = '{\"eClass\": \"" + ClinicalPackage.eNS_URI
                + "#//Patient\", \"id\": ' WHERE id = 'p-json'");
        damage("UPDATE patient_document SET document = '" + therapistDocument.replace("'", "''")
                + "' WHERE id = 'p-type'");

        damage("DELETE FROM patient_document WHERE id = 'p-lost'");

        assertEquals(4, store.listPatients(PatientQuery.all()).size(), "every patient is still listed");
        assertEquals("Gabi", store.loadPatient("p-good", ALICE).patient().getGivenName());
        CorruptRecordException badJson = assertThrows(CorruptRecordException.class,
                () -> store.loadPatient("p-json", ALICE));
        assertEquals("p-json", badJson.recordId());
        CorruptRecordException wrongType = assertThrows(CorruptRecordException.class,
                () -> store.loadPatient("p-type", ALICE));
        assertTrue(wrongType.getMessage().contains("p-type") && wrongType.getMessage().contains("Therapist"),
                wrongType.getMessage());

        CorruptRecordException lost = assertThrows(CorruptRecordException.class,
                () -> store.loadPatient("p-lost", ALICE));
        assertTrue(lost.getMessage().contains("p-lost") && lost.getMessage().contains("missing"), lost.getMessage());

        VerificationReport report = store.verify();
        assertEquals(3, report.problems().size(), report.toString());
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

    /** @return a backup of {@link #writeSomeHistory()} */
    private Path backupOfSomeHistory() throws Exception {
        writeSomeHistory();
        Path backup = temp.resolve("backup.pbk");
        store.backup(backup, ALICE);
        return backup;
    }

    @Test
    void backupOfTheSchemaBeforeTheNameSearchIndexStillRestores() throws Exception {
        Path backup = backupOfSomeHistory();
        Path schema3 = temp.resolve("schema3.pbk");
        BackupFiles.rewriteEntry(backup, schema3, "manifest.json",
                text -> text.replace(SchemaMigration.LATEST_CHANGESET, "3-score-indexes"));
        Path schema2 = temp.resolve("schema2.pbk");
        BackupFiles.rewriteEntry(backup, schema2, "manifest.json",
                text -> text.replace(SchemaMigration.LATEST_CHANGESET, "2-audit-trail"));

        assertTrue(ClinicalStores.verifyBackup(schema3).isClean(), ClinicalStores.verifyBackup(schema3).toString());
        assertFalse(ClinicalStores.verifyBackup(schema2).isClean(), "a backup with other tables is refused");
        try (JdbcClinicalStore target = openEmptyStore()) {
            assertTrue(target.restore(schema3, RestoreMode.INTO_EMPTY, BOB).isClean());
            assertEquals(store.listPatients(PatientQuery.all().withArchived(true)),
                    target.listPatients(PatientQuery.all().withArchived(true)));
        }
    }

    @Test
    void damagedBackupIsRefusedAndLeavesTheStoreUnchanged() throws Exception {
        Path backup = backupOfSomeHistory();
        Path damaged = temp.resolve("damaged.pbk");
        BackupFiles.rewriteEntry(backup, damaged, "audit.jsonl", text -> text.replace("therapist.bob", "therapist.eve"));

        assertFalse(store.verifyBackup(damaged).isClean());
        assertFalse(ClinicalStores.verifyBackup(damaged).isClean(), "the API checks a backup without a store");
        assertTrue(ClinicalStores.verifyBackup(backup).isClean());
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
        store.savePatient(TestPatients.patient("p-6", "Nord", "Nina", 1), 0, ALICE);
        int changeSets = count("SELECT COUNT(*) FROM databasechangelog");
        assertNotEquals(0, changeSets);
        store.close();

        store = reopen();

        assertEquals(SchemaMigration.LATEST_CHANGESET, store.schemaVersion());
        assertEquals(changeSets, count("SELECT COUNT(*) FROM databasechangelog"));
        assertEquals("Nina", store.loadPatient("p-6", ALICE).patient().getGivenName());
        assertTrue(store.verify().isClean());
    }

    @Test
    void staleMigrationLockOfAKilledProcessDoesNotBlockOpening() throws Exception {
        store.savePatient(TestPatients.patient("p-7", "Lock", "Lea", 1), 0, ALICE);
        damage("UPDATE databasechangeloglock SET locked = TRUE, lockedby = 'killed process'");
        store.close();

        store = reopen();

        assertEquals("Lea", store.loadPatient("p-7", ALICE).patient().getGivenName());
    }

    @Test
    void overlongIdsAndActorsAreRefusedClearly() {
        StoreException id = assertThrows(StoreException.class,
                () -> store.savePatient(TestPatients.patient("x".repeat(65), "Long", "Id", 0), 0, ALICE));
        assertTrue(id.getMessage().contains("longer than 64"), id.getMessage());
        StoreException actor = assertThrows(StoreException.class,
                () -> store.savePatient(TestPatients.patient("p-8", "Long", "Actor", 0), 0, "a".repeat(101)));
        assertTrue(actor.getMessage().contains("longer than 100"), actor.getMessage());
    }

    /** Two workstations (two store objects, two connection pools) edit the same patient. */
    @Test
    void secondOfTwoWritersOnTheSameRecordGetsTheConflict() throws Exception {
        store.savePatient(TestPatients.patient("shared", "Geteilt", "Gerda", 1), 0, ALICE);
        try (JdbcClinicalStore otherWorkstation = reopen()) {
            StoredPatient alicesCopy = store.loadPatient("shared", ALICE);
            StoredPatient bobsCopy = otherWorkstation.loadPatient("shared", BOB);
            alicesCopy.patient().setGivenName("Gerda Alice");
            bobsCopy.patient().setGivenName("Gerda Bob");

            assertEquals(2, store.savePatient(alicesCopy.patient(), alicesCopy.version(), ALICE));
            Patient bobs = bobsCopy.patient();
            StoreConflictException conflict = assertThrows(StoreConflictException.class,
                    () -> otherWorkstation.savePatient(bobs, bobsCopy.version(), BOB));

            assertEquals("shared", conflict.recordId());
            assertEquals(1, conflict.expectedVersion());
            assertEquals(2, conflict.actualVersion());
            assertEquals("Gerda Alice", otherWorkstation.loadPatient("shared", BOB).patient().getGivenName());
        }
    }

    /** Concurrent writers: every save is committed once and the audit chain stays one chain. */
    @Test
    void concurrentWritersKeepOneAuditChain() throws Exception {
        int threads = 4;
        int perThread = 15;
        try (JdbcClinicalStore other = reopen()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcClinicalStore target = t % 2 == 0 ? store : other;
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        target.savePatient(TestPatients.patient("c-" + thread + "-" + i, "Gleich", "Zeit", 1), 0,
                                "writer-" + thread);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        assertEquals(threads * perThread, store.countPatients(PatientQuery.all()));
        AuditVerification audit = store.verifyAuditTrail();
        assertTrue(audit.isIntact(), audit.toString());
        assertEquals(threads * perThread, audit.entriesChecked());
    }

    /** A save writes the document, every index column and its audit entry, all in one commit. */
    @Test
    void saveWritesDocumentIndexColumnsAndAuditEntry() throws Exception {
        Patient patient = TestPatients.patient("p-save", "Vorher", "Vera", 1);
        store.savePatient(patient, 0, ALICE);
        patient.setFamilyName("Nachher");
        patient.setBirthDate(LocalDate.of(1961, 2, 3));
        patient.getEpisodes().get(0).getSessions().get(0).setPainBefore(2);

        assertEquals(2, store.savePatient(patient, 1, BOB));

        StoredPatient loaded = store.loadPatient("p-save", ALICE);
        assertEquals(2, loaded.version());
        assertEquals("Nachher", loaded.patient().getFamilyName());
        PatientSummary summary = store.listPatients(PatientQuery.all().withNameContains("nachher")).get(0);
        assertEquals(new PatientIndex("Nachher", "Vera", LocalDate.of(1961, 2, 3), "active",
                TestPatients.FIRST_VISIT, 48, 2, null, TriageLevel.SCREEN, null), summary.index(),
                "the index columns follow the save (aged 64 at the assessment: a risk factor)");
        assertEquals(BOB, summary.updatedBy());
        assertEquals(List.of(), store.listPatients(PatientQuery.all().withNameContains("vorher")));
        List<AuditEntry> updates = store.auditTrail(AuditQuery.forRecord("p-save")).stream()
                .filter(entry -> entry.action() == AuditAction.UPDATE).toList();
        assertEquals(1, updates.size());
        assertEquals(BOB, updates.get(0).actor());
        assertEquals("version 2", updates.get(0).detail());
        assertTrue(store.verifyAuditTrail().isIntact());
    }

    /**
     * The editor's case: the patient lives in the editing domain's resource. Saving neither
     * moves it out of that resource nor notifies its listeners, what was saved loads equal, a
     * stale version is still refused, and the audit chain (hashed by the server on PostgreSQL,
     * here with an actor outside ASCII) stays intact.
     */
    @Test
    void saveFromTheEditorsResourceLeavesTheModelAloneAndRoundTrips() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        Resource editorResource = EditorModel.putInResource(patient);
        store.savePatient(patient, 0, ALICE);
        List<Notification> notifications = EditorModel.watch(patient);
        patient.getEpisodes().get(0).getSessions().get(0).getSoap().setSubjective("Besser, Schmerz 3/10 \uD83D\uDE00");
        notifications.clear();

        assertEquals(2, store.savePatient(patient, 1, "Thérapeute Zoë"));

        assertSame(editorResource, patient.eResource(), "the patient stays in the editor's resource");
        assertEquals(List.of(patient), editorResource.getContents());
        assertEquals(List.of(), notifications, "saving does not touch the editor's model");
        assertTrue(EcoreUtil.equals(patient, store.loadPatient(patient.getId(), ALICE).patient()));
        assertThrows(StoreConflictException.class, () -> store.savePatient(patient, 1, BOB));
        AuditEntry update = store.auditTrail(AuditQuery.forRecord(patient.getId())).stream()
                .filter(entry -> entry.action() == AuditAction.UPDATE).findFirst().orElseThrow();
        assertEquals("Thérapeute Zoë", update.actor());
        assertTrue(store.verifyAuditTrail().isIntact(), store.verifyAuditTrail().toString());
    }

    /** A record whose document row is gone is not half-saved: the save fails and nothing changes. */
    @Test
    void saveOfARecordWithoutItsDocumentFailsAndChangesNothing() throws Exception {
        Patient patient = TestPatients.patient("p-nodoc", "Ohne", "Olga", 1);
        store.savePatient(patient, 0, ALICE);
        damage("DELETE FROM patient_document WHERE id = 'p-nodoc'");
        int entries = count("SELECT COUNT(*) FROM audit_entry");
        patient.setGivenName("Olga Maria");

        StoreException failure = assertThrows(StoreException.class, () -> store.savePatient(patient, 1, ALICE));

        assertFalse(failure instanceof StoreConflictException, failure.toString());
        assertTrue(failure.getMessage().contains("p-nodoc"), failure.getMessage());
        assertEquals(1, count("SELECT version FROM patient_record WHERE id = 'p-nodoc'"), "the version stays");
        assertEquals("Olga", text("SELECT given_name FROM patient_record WHERE id = 'p-nodoc'"));
        assertEquals(entries, count("SELECT COUNT(*) FROM audit_entry"), "no audit entry for a failed save");
        assertTrue(store.verifyAuditTrail().isIntact());
    }

    /** Saves of existing records and archiving from two store objects at once: one audit chain, no lost update. */
    @Test
    void concurrentUpdatesAndArchivingKeepOneAuditChain() throws Exception {
        int threads = 4;
        int saves = 10;
        for (int t = 0; t < threads; t++) {
            store.savePatient(TestPatients.patient("u-" + t, "Parallel", "Paula", 1), 0, ALICE);
        }
        try (JdbcClinicalStore other = reopen()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcClinicalStore target = t % 2 == 0 ? store : other;
                String id = "u-" + t;
                done.add(pool.submit(() -> {
                    long version = 1;
                    Patient patient = target.loadPatient(id, ALICE).patient();
                    for (int i = 0; i < saves; i++) {
                        patient.setGivenName("Paula " + i);
                        version = target.savePatient(patient, version, "writer-" + id);
                    }
                    return null;
                }));
            }
            done.add(pool.submit(() -> {
                // archives and un-archives a record of its own: a writer that locks record, then head
                store.savePatient(TestPatients.patient("u-archive", "Archiv", "Arno", 1), 0, BOB);
                long version = 1;
                for (int i = 0; i < saves; i++) {
                    version = other.setArchived("u-archive", version, i % 2 == 0, BOB);
                }
                return null;
            }));
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        for (int t = 0; t < threads; t++) {
            StoredPatient saved = store.loadPatient("u-" + t, ALICE);
            assertEquals(1 + saves, saved.version());
            assertEquals("Paula " + (saves - 1), saved.patient().getGivenName());
        }
        AuditVerification audit = store.verifyAuditTrail();
        assertTrue(audit.isIntact(), audit.toString());
        assertEquals(threads + threads * (1 + saves) + 1 + saves + threads, audit.entriesChecked(),
                "creates, each writer's view and updates, the archived record's create and changes, the views above");
    }

    void writeSomeHistory() throws Exception {
        store.savePatient(TestPatients.patient("p-h1", "Hist", "One", 2), 0, ALICE);
        store.savePatient(TestPatients.patient("p-h2", "Hist", "Two", 1), 0, ALICE);
        store.loadPatient("p-h1", BOB);
        Patient changed = store.loadPatient("p-h2", BOB).patient();
        changed.setGivenName("Zwei");
        store.savePatient(changed, 1, BOB);
        store.setArchived("p-h1", 1, true, ALICE);
    }

    /** Patients at each triage level, two with plans due for review. */
    private void saveTriagedPatients() throws Exception {
        Patient none = TestPatients.patient("t-none", "Nolan", "Nina", 1);
        none.setBirthDate(LocalDate.of(1990, 1, 1));
        Patient screen = TestPatients.patient("t-screen", "Sears", "Sam", 1);
        screen.setBirthDate(LocalDate.of(1950, 1, 1)); // 76 at the assessment: a risk factor only
        Patient nonUrgent = TestPatients.patient("t-nonurgent", "Norris", "Ned", 1);
        nonUrgent.setBirthDate(LocalDate.of(1990, 1, 1));
        answer(nonUrgent, 0, "unexplained-weight-loss", ScreeningAnswer.YES);
        Patient urgent = TestPatients.patient("t-urgent", "Ure", "Uma", 1);
        urgent.setBirthDate(LocalDate.of(1990, 1, 1));
        answer(urgent, 0, "major-trauma", ScreeningAnswer.YES);
        Patient emergency = TestPatients.patient("t-emergency", "Emery", "Eve", 2);
        emergency.setBirthDate(LocalDate.of(1990, 1, 1));
        // answered yes at the first visit, not asked at the second: it stays active
        answer(emergency, 0, "saddle-anaesthesia", ScreeningAnswer.YES);
        Patient cleared = TestPatients.patient("t-cleared", "Clear", "Cal", 2);
        cleared.setBirthDate(LocalDate.of(1990, 1, 1));
        answer(cleared, 0, "saddle-anaesthesia", ScreeningAnswer.YES);
        answer(cleared, 1, "saddle-anaesthesia", ScreeningAnswer.NO);
        Patient reviewed = TestPatients.patient("t-reviewed", "Revie", "Rita", 1);
        reviewed.setBirthDate(LocalDate.of(1990, 1, 1));
        answer(reviewed, 0, "major-trauma", ScreeningAnswer.YES);
        MedicalReview review = ClinicalFactory.eINSTANCE.createMedicalReview();
        review.setDate(TestPatients.FIRST_VISIT.plusDays(1));
        review.setReviewer("Dr GP");
        reviewed.getMedicalReviews().add(review);
        plan(none, LocalDate.of(2026, 3, 2));
        plan(screen, LocalDate.of(2026, 2, 16));
        TreatmentPlan finished = plan(urgent, LocalDate.of(2026, 1, 19));
        finished.setStatus(PlanStatus.COMPLETED);
        store.createPatients(List.of(none, screen, nonUrgent, urgent, emergency, cleared, reviewed), ALICE);
    }

    private static void answer(Patient patient, int assessment, String questionId, ScreeningAnswer value) {
        RedFlagAnswer answer = ClinicalFactory.eINSTANCE.createRedFlagAnswer();
        answer.setQuestionId(questionId);
        answer.setAnswer(value);
        patient.getEpisodes().get(0).getAssessments().get(assessment).getRedFlagScreening().getAnswers().add(answer);
    }

    private static TreatmentPlan plan(Patient patient, LocalDate reviewDate) {
        TreatmentPlan plan = ClinicalRecords.newPlan(patient.getEpisodes().get(0), TestPatients.FIRST_VISIT, "t-1",
                "initial", java.time.Instant.parse("2026-01-05T10:00:00Z"));
        plan.getCurrentRevision().setReviewDate(reviewDate);
        return plan;
    }

    @Test
    void listShowsFiltersAndSortsTheTriageLevelOfRedFlagStatus() throws Exception {
        saveTriagedPatients();

        assertEquals(List.of("t-emergency", "t-urgent", "t-nonurgent", "t-screen", "t-cleared", "t-none",
                "t-reviewed"), ids(store.listPatients(PatientQuery.all().withOrder(PatientQuery.Order.RED_FLAG_FIRST))),
                "emergency, urgent, non-urgent, risk factor, then the rest by name");
        for (PatientSummary summary : store.listPatients(PatientQuery.all())) {
            Patient patient = store.loadPatient(summary.id(), ALICE).patient();
            assertEquals(RedFlagStatus.of(patient).level(), summary.index().triageLevel(),
                    summary.id() + ": the list shows what the banner shows");
        }
        assertEquals(List.of("t-emergency", "t-nonurgent", "t-urgent"),
                ids(store.listPatients(PatientQuery.all().withRedFlagOnly(true))),
                "red flags: non-urgent and above; age alone, a later no and a medical review are not");
        assertEquals(List.of("t-emergency", "t-urgent"),
                ids(store.listPatients(PatientQuery.all().withMinimumLevel(TriageLevel.URGENT))));
        assertEquals(4, store.countPatients(PatientQuery.all().withMinimumLevel(TriageLevel.SCREEN)));
        assertEquals(7, store.countPatients(PatientQuery.all().withMinimumLevel(TriageLevel.NONE)));
        assertEquals(TriageLevel.EMERGENCY.ordinal(),
                count("SELECT triage_level FROM patient_record WHERE id = 't-emergency'"), "stored as the ordinal");
        assertEquals(1, count("SELECT red_flag FROM patient_record WHERE id = 't-nonurgent'"));
        assertEquals(0, count("SELECT red_flag FROM patient_record WHERE id = 't-screen'"));
    }

    @Test
    void reviewDueIsTheEarliestReviewOfThePlansInForce() throws Exception {
        saveTriagedPatients();

        List<PatientSummary> due = store.listPatients(PatientQuery.all().withOrder(PatientQuery.Order.REVIEW_DUE));
        assertEquals(List.of("t-screen", "t-none"), ids(due).subList(0, 2), "the completed plan is not in force");
        assertEquals(LocalDate.of(2026, 2, 16), due.get(0).index().reviewDue());
        assertEquals(null, due.get(2).index().reviewDue());
        assertEquals(List.of("t-screen"),
                ids(store.listPatients(PatientQuery.all().withReviewDueBy(LocalDate.of(2026, 2, 16)))),
                "due on or before the day");
        assertEquals(2, store.countPatients(PatientQuery.all().withReviewDueBy(LocalDate.of(2026, 3, 2))));
        assertEquals(0, store.countPatients(PatientQuery.all().withReviewDueBy(LocalDate.of(2026, 2, 15))));
        assertEquals(List.of("t-screen"), ids(store.listPatients(
                PatientQuery.all().withReviewDueBy(LocalDate.of(2026, 12, 31)).withMinimumLevel(TriageLevel.SCREEN))));
    }

    /**
     * A store of schema 4 (what 1.0.0 wrote: red_flag = any "yes" of the current episode) opens
     * at schema 5 with every row's columns computed again from its document; a row whose document
     * cannot be read keeps its old red flag as non-urgent.
     */
    @Test
    void migrationFromSchema4ReindexesEveryRow() throws Exception {
        saveTriagedPatients();
        Patient unreadable = TestPatients.patient("t-unreadable", "Broken", "Bea", 1);
        store.savePatient(unreadable, 0, ALICE);
        List<PatientSummary> expected = store.listPatients(PatientQuery.all());
        store.close();
        store = reopen();
        // Back to schema 4, as a 1.0.0 store is: no triage_level or review_due, red_flag indexed and wrong.
        damage("DROP INDEX ix_patient_triage_level");
        damage("DROP INDEX ix_patient_review_due");
        damage("ALTER TABLE patient_record DROP COLUMN triage_level");
        damage("ALTER TABLE patient_record DROP COLUMN review_due");
        damage("CREATE INDEX ix_patient_red_flag ON patient_record (red_flag)");
        damage("DELETE FROM databasechangelog WHERE id = '5-triage-level'");
        damage("UPDATE patient_record SET red_flag = 1 WHERE id IN ('t-cleared', 't-reviewed', 't-unreadable')");
        damage("UPDATE patient_record SET red_flag = 0 WHERE id IN ('t-emergency')");
        damage("UPDATE patient_document SET document = '{\"broken' WHERE id = 't-unreadable'");
        store.close();

        store = reopen();

        assertEquals(SchemaMigration.LATEST_CHANGESET, store.schemaVersion());
        assertEquals(0, count("SELECT COUNT(*) FROM patient_record WHERE triage_level IS NULL"));
        List<PatientSummary> migrated = store.listPatients(PatientQuery.all());
        for (int i = 0; i < expected.size(); i++) {
            PatientSummary before = expected.get(i);
            PatientSummary after = migrated.get(i);
            assertEquals(before.id(), after.id());
            if (before.id().equals("t-unreadable")) {
                assertEquals(TriageLevel.NON_URGENT, after.index().triageLevel(),
                        "an unreadable document keeps its old red flag, never hidden");
            } else {
                assertEquals(before, after, "reindexed from the document, the old red_flag ignored");
            }
        }
        assertEquals(List.of("t-unreadable", "t-emergency", "t-nonurgent", "t-urgent"),
                ids(store.listPatients(PatientQuery.all().withRedFlagOnly(true))), "by name: Broken, Emery, ...");
    }

    /** A backup whose index columns say otherwise (an older schema's) restores with the documents' columns. */
    @Test
    void restoreComputesTheColumnsFromTheDocuments() throws Exception {
        saveTriagedPatients();
        List<PatientSummary> expected = store.listPatients(PatientQuery.all());
        Path backup = temp.resolve("triaged.pbk");
        store.backup(backup, ALICE);
        // What 1.0.0 wrote: schema 4, no triageLevel or reviewDue, and here a redFlag true for everyone.
        String records = BackupFiles.read(backup, "records.jsonl");
        String schema4Records = records.replaceAll("\"triageLevel\":\"[a-z-]+\",", "")
                .replaceAll("\"reviewDue\":[^,]+,", "").replace("\"redFlag\":false", "\"redFlag\":true");
        assertFalse(schema4Records.contains("triageLevel") || schema4Records.contains("\"redFlag\":false"));
        Path step = temp.resolve("step.pbk");
        BackupFiles.rewriteEntry(backup, step, "records.jsonl", text -> schema4Records);
        Path lying = temp.resolve("lying.pbk");
        String oldHash = BackupFiles.sha256(records);
        String newHash = BackupFiles.sha256(schema4Records);
        BackupFiles.rewriteEntry(step, lying, "manifest.json", text -> text
                .replace(SchemaMigration.LATEST_CHANGESET, "4-name-search-index").replace(oldHash, newHash));
        assertTrue(ClinicalStores.verifyBackup(lying).isClean(), ClinicalStores.verifyBackup(lying).toString());

        try (JdbcClinicalStore target = openEmptyStore()) {
            assertTrue(target.restore(lying, RestoreMode.INTO_EMPTY, BOB).isClean());

            assertEquals(expected, target.listPatients(PatientQuery.all()));
            assertEquals(3, target.countPatients(PatientQuery.all().withRedFlagOnly(true)));
        }
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

    String text(String sql) throws Exception {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    static List<String> ids(List<PatientSummary> summaries) {
        return summaries.stream().map(PatientSummary::id).toList();
    }
}
