package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditQuery;
import org.physiobench.store.api.AuditVerification;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.PatientIndex;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.RestoreMode;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.store.api.VerificationReport;

/**
 * A store and a backup written by the released PhysioBench 1.0.0 (fixtures/store-1.0.0, made
 * once with {@code physiobench demo --patients 25 --seed 1}; its README says how) open, migrate,
 * verify and round-trip in this build. Clinics upgrade, they never start over: whatever the
 * model or the schema becomes, this test must keep passing with the fixture unchanged.
 *
 * <p>The committed files are never opened in place: each test works on a copy.
 */
class ReleasedStoreTest {

    private static final String FIXTURE = "fixtures/store-1.0.0/";
    private static final String DATABASE = "physiobench.db";
    private static final String BACKUP = "physiobench-1.0.0.backup";

    /** SHA-256 of the files as 1.0.0 wrote them (also in the fixture's README). */
    private static final Map<String, String> FIXTURE_SHA256 = Map.of(
            DATABASE, "0990e16d6eaa0fe6e2691581369507ba353bb1e4b395ec2bd3b91522c2a574fe",
            BACKUP, "4038c63807dbdd34391660c379c7fca008d6dc3a8dc532053f8f811513440d77");

    private static final int PATIENTS = 25;

    /** The 1.0.0 store's trail: 25 creates by "demo", then the export of the backup. */
    private static final int AUDIT_ENTRIES = 26;
    private static final String AUDIT_HASH_25 = "af0b429c826bc58d7b258b8fa86b1747740442a98f85ccbdc64bf709ceaa2417";
    private static final String AUDIT_HASH_26 = "94459fee9c56cc58cb80b97616970185a1a55b1a39d68b0c2daf425a229f0b6e";

    private static final String ACTOR = "therapist.upgrade";

    @TempDir
    Path temp;

    private ClinicalStore store;

    @BeforeEach
    void openCopyOfReleasedStore() throws Exception {
        Path file = temp.resolve("data").resolve(StoreSettings.DEFAULT_FILE_NAME);
        Files.createDirectories(file.getParent());
        copyFixture(DATABASE, file);
        // As the product opens its embedded store: whatever migration this build has runs now.
        store = ClinicalStores.open(new StoreSettings.Sqlite(file));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void fixtureIsWhatReleaseWrote() throws Exception {
        for (Map.Entry<String, String> file : FIXTURE_SHA256.entrySet()) {
            byte[] bytes;
            try (InputStream in = fixture(file.getKey()).openStream()) {
                bytes = in.readAllBytes();
            }
            assertEquals(file.getValue(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    file.getKey() + " was changed: the fixture is what 1.0.0 wrote and is never regenerated or edited");
        }
    }

    @Test
    void opensAtNewestSchemaAndVerifiesClean() throws Exception {
        assertEquals(SchemaMigration.LATEST_CHANGESET, store.schemaVersion(), "opening migrated the 1.0.0 schema");

        VerificationReport report = store.verify();

        assertTrue(report.isClean(), report.toString());
        assertEquals(SchemaMigration.LATEST_CHANGESET, report.schemaVersion());
        assertEquals(PATIENTS, report.recordsChecked());
        assertTrue(report.audit().isIntact(), report.audit().toString());
        assertTrue(report.audit().entriesChecked() >= AUDIT_ENTRIES, report.audit().toString());
        assertReleasedTrailKept(store);
    }

    @Test
    void everyPatientLoadsWithWhatReleaseRecorded() throws Exception {
        assertEquals(PATIENTS, store.countPatients(PatientQuery.all().withArchived(true)));
        assertEquals(PATIENTS, store.countPatients(PatientQuery.all()), "none of them is archived");

        Map<String, Patient> patients = loadAll(store);

        assertEquals(PATIENTS, patients.size());
        Patient noah = patients.get("2c829abe-1f45-42e1-8584-133ac916ab3c");
        assertEquals("Kingsley", noah.getFamilyName());
        assertEquals("Noah", noah.getGivenName());
        assertEquals(LocalDate.of(1949, 4, 2), noah.getBirthDate());
        assertEquals("DEMO-0000000", noah.getIdentifiers().get(0).getValue());
        assertEquals(1, noah.getEpisodes().size());
        EpisodeOfCare noahsEpisode = noah.getEpisodes().get(0);
        assertEquals(EpisodeStatus.ACTIVE, noahsEpisode.getStatus());
        assertEquals(1, noahsEpisode.getAssessments().size());
        assertEquals(1, noahsEpisode.getSessions().size());
        assertEquals(1, noahsEpisode.getPlans().get(0).getRevisions().size());

        Patient olivia = patients.get("b9d34b09-2e6a-4297-a4b7-3c80038a9e54");
        assertEquals("Birchfield, Olivia", olivia.getFamilyName() + ", " + olivia.getGivenName());
        assertEquals("DEMO-0000013", olivia.getIdentifiers().get(0).getValue());
        assertEquals(2, olivia.getEpisodes().size(), "a patient who came back");
        for (EpisodeOfCare episode : olivia.getEpisodes()) {
            assertEquals(EpisodeStatus.FINISHED, episode.getStatus());
            assertNotNull(episode.getDischarge());
            assertEquals(3, episode.getAssessments().size(), "initial, review, discharge");
            assertEquals(2, episode.getPlans().get(0).getRevisions().size(), "revised at the review");
        }
        assertEquals(6, olivia.getEpisodes().get(0).getSessions().size());
        assertEquals(9, olivia.getEpisodes().get(1).getSessions().size());

        Patient david = patients.get("7a11f9f5-41f9-4101-91d3-19af2e62c0c0");
        assertEquals("Westbrook", david.getFamilyName());
        assertEquals(List.of(6, 10), david.getEpisodes().stream().map(e -> e.getSessions().size()).toList());
    }

    @Test
    void listColumnsMatchTheDocuments() throws Exception {
        Map<String, Patient> patients = loadAll(store);

        assertListMatchesDocuments(store, patients);

        PatientIndex noah = summary(store, "2c829abe-1f45-42e1-8584-133ac916ab3c").index();
        assertEquals("Kingsley, Noah", noah.displayName());
        assertEquals(LocalDate.of(1949, 4, 2), noah.birthDate());
        assertEquals("active", noah.episodeStatus());
        assertEquals(LocalDate.of(2026, 10, 31), noah.lastVisit());
        assertEquals(24, noah.latestOdi());
        assertEquals(8, noah.latestNprs());
        assertEquals("low", noah.riskGroup());
        assertFalse(noah.redFlag());
        PatientIndex lena = summary(store, "e099ec6c-d736-4ca5-85e7-bb0f12278575").index();
        assertEquals("Marsh, Lena", lena.displayName());
        assertEquals("finished", lena.episodeStatus());
        assertEquals(LocalDate.of(2026, 4, 24), lena.lastVisit());
        assertEquals(60, lena.latestOdi());
        assertEquals(7, lena.latestNprs());
        assertEquals("medium", lena.riskGroup());

        // What the list's filters find is what the documents say.
        assertEquals(6, store.countPatients(PatientQuery.all().withNameContains("caldwell")));
        assertEquals(2, store.countPatients(PatientQuery.all().withEpisodeStatus("active")));
        assertEquals(12, store.countPatients(PatientQuery.all().withRiskGroup("medium")));
        assertEquals(13, store.countPatients(PatientQuery.all().withRiskGroup("low")));
        // No demo patient of 1.0.0 answered a red-flag question "yes": none has a red flag. The
        // only finding is the age risk factor (over 50 or under 20 at the latest assessment).
        assertEquals(0, store.countPatients(PatientQuery.all().withRedFlagOnly(true)));
        assertFiltered(store, patients, PatientQuery.all().withMinimumLevel(TriageLevel.SCREEN),
                ReleasedStoreTest::agedRiskFactor);
        assertFalse(noah.redFlag());
        assertEquals(TriageLevel.SCREEN, noah.triageLevel(), "77 at his assessment");
        assertFiltered(store, patients, PatientQuery.all().withNameContains("CALD"),
                p -> (p.getFamilyName() + " " + p.getGivenName()).toLowerCase(Locale.ROOT).contains("cald"));
        assertFiltered(store, patients, PatientQuery.all().withEpisodeStatus("active"),
                p -> "active".equals(ClinicalPatientModel.INSTANCE.indexOf(p).episodeStatus()));
        assertFiltered(store, patients, PatientQuery.all().withBirthDate(LocalDate.of(1992, 6, 10)),
                p -> LocalDate.of(1992, 6, 10).equals(p.getBirthDate()));
    }

    @Test
    void everyPatientSavesAgainAndReloadsEqual() throws Exception {
        for (PatientSummary summary : store.listPatients(PatientQuery.all().withArchived(true))) {
            StoredPatient loaded = store.loadPatient(summary.id(), ACTOR);
            Patient before = EcoreUtil.copy(loaded.patient());

            long version = store.savePatient(loaded.patient(), loaded.version(), ACTOR);
            StoredPatient reloaded = store.loadPatient(summary.id(), ACTOR);

            assertEquals(loaded.version() + 1, version);
            assertEquals(version, reloaded.version());
            assertTrue(EcoreUtil.equals(before, reloaded.patient()),
                    summary.id() + " reloads equal after it was saved again");
        }

        assertListMatchesDocuments(store, loadAll(store));
        VerificationReport report = store.verify();
        assertTrue(report.isClean(), report.toString());
        assertEquals(PATIENTS, report.recordsChecked());
        AuditVerification audit = store.verifyAuditTrail();
        assertTrue(audit.isIntact(), audit.toString());
        assertTrue(audit.entriesChecked() >= AUDIT_ENTRIES + 2L * PATIENTS, audit.toString());
        assertReleasedTrailKept(store);
    }

    @Test
    void releasedBackupVerifiesAndRestoresIntoSqlite() throws Exception {
        Path backup = temp.resolve(BACKUP);
        copyFixture(BACKUP, backup);
        try (ClinicalStore fresh = ClinicalStores
                .open(new StoreSettings.Sqlite(temp.resolve("restored/" + StoreSettings.DEFAULT_FILE_NAME)))) {
            assertRestoresWithSamePatients(backup, fresh);
        }
    }

    @Test
    void releasedBackupRestoresIntoPostgreSql() throws Exception {
        Path backup = temp.resolve(BACKUP);
        copyFixture(BACKUP, backup);
        try (TestDatabases.PgSchema schema = TestDatabases.newPostgresSchema();
                ClinicalStore fresh = ClinicalStores.open(schema.settings())) {
            assertRestoresWithSamePatients(backup, fresh);
        }
    }

    private void assertRestoresWithSamePatients(Path backup, ClinicalStore fresh) throws Exception {
        VerificationReport checked = ClinicalStores.verifyBackup(backup);
        assertTrue(checked.isClean(), checked.toString());
        assertEquals(PATIENTS, checked.recordsChecked());
        assertEquals(AUDIT_ENTRIES - 1, checked.audit().entriesChecked(), "the backup ends before its own export");

        VerificationReport restored = fresh.restore(backup, RestoreMode.INTO_EMPTY, ACTOR);

        assertTrue(restored.isClean(), restored.toString());
        assertEquals(SchemaMigration.LATEST_CHANGESET, fresh.schemaVersion());
        Map<String, Patient> expected = loadAll(store);
        Map<String, Patient> actual = loadAll(fresh);
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, Patient> patient : expected.entrySet()) {
            assertTrue(EcoreUtil.equals(patient.getValue(), actual.get(patient.getKey())),
                    patient.getKey() + " is the same in the restored store as in the released one");
        }
        assertListMatchesDocuments(fresh, actual);
        VerificationReport report = fresh.verify();
        assertTrue(report.isClean(), report.toString());
        List<AuditEntry> trail = fresh.auditTrail(AuditQuery.all());
        assertEquals(AUDIT_HASH_25, trail.get(AUDIT_ENTRIES - 2).hash(), "the restored trail is the released one");
    }

    /** The list (from the index columns) shows exactly the documents' patients with their columns. */
    private static void assertListMatchesDocuments(ClinicalStore store, Map<String, Patient> patients)
            throws Exception {
        List<PatientSummary> list = store.listPatients(PatientQuery.all().withArchived(true));
        assertEquals(patients.size(), list.size());
        for (PatientSummary summary : list) {
            Patient patient = patients.get(summary.id());
            assertNotNull(patient, summary.id() + " is listed but has no document");
            assertEquals(ClinicalPatientModel.INSTANCE.indexOf(patient), summary.index(),
                    "the list columns of " + summary.id() + " are what its document says");
        }
        List<String> byName = new ArrayList<>(patients.keySet());
        byName.sort(Comparator.comparing((String id) -> patients.get(id).getFamilyName())
                .thenComparing(id -> patients.get(id).getGivenName()).thenComparing(id -> id));
        assertEquals(byName, list.stream().map(PatientSummary::id).toList(), "sorted by name");
    }

    private static boolean agedRiskFactor(Patient patient) {
        LocalDate latest = patient.getEpisodes().stream().flatMap(e -> e.getAssessments().stream())
                .map(a -> a.getDate()).max(Comparator.naturalOrder()).orElseThrow();
        int age = java.time.Period.between(patient.getBirthDate(), latest).getYears();
        return age > 50 || age < 20;
    }

    private static void assertFiltered(ClinicalStore store, Map<String, Patient> patients, PatientQuery query,
            Predicate<Patient> matches) throws Exception {
        List<String> expected = patients.entrySet().stream().filter(e -> matches.test(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        assertFalse(expected.isEmpty(), "the fixture has patients for " + query);
        List<String> listed = store.listPatients(query).stream().map(PatientSummary::id).sorted().toList();
        assertEquals(expected, listed, query.toString());
        assertEquals(expected.size(), store.countPatients(query), query.toString());
    }

    /** The 1.0.0 entries are still there, unchanged: the trail is continued, never rewritten. */
    private static void assertReleasedTrailKept(ClinicalStore store) throws Exception {
        List<AuditEntry> trail = store.auditTrail(AuditQuery.all());
        assertTrue(trail.size() >= AUDIT_ENTRIES, trail.size() + " entries");
        assertEquals(AUDIT_HASH_25, trail.get(AUDIT_ENTRIES - 2).hash());
        assertEquals(AUDIT_HASH_26, trail.get(AUDIT_ENTRIES - 1).hash());
        assertEquals(PATIENTS, trail.subList(0, PATIENTS).stream().filter(e -> "demo".equals(e.actor())).count());
    }

    private static Map<String, Patient> loadAll(ClinicalStore store) throws Exception {
        Map<String, Patient> patients = new LinkedHashMap<>();
        for (PatientSummary summary : store.listPatients(PatientQuery.all().withArchived(true))) {
            patients.put(summary.id(), store.loadPatient(summary.id(), ACTOR).patient());
        }
        return patients;
    }

    private static PatientSummary summary(ClinicalStore store, String id) throws Exception {
        return store.listPatients(PatientQuery.all().withArchived(true)).stream().filter(s -> s.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    private static void copyFixture(String name, Path target) throws IOException {
        try (InputStream in = fixture(name).openStream()) {
            Files.copy(in, target);
        }
    }

    /** A file of the fixture inside this test fragment (build.properties ships the folder). */
    private static URL fixture(String name) {
        Bundle tests = Platform.getBundle("org.physiobench.store.tests");
        assertNotNull(tests, "the test fragment is installed");
        URL entry = tests.getEntry(FIXTURE + name);
        assertNotNull(entry, FIXTURE + name + " is in the test fragment");
        return entry;
    }
}
