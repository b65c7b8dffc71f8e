package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.Patient;
import org.physiobench.model.testing.ClinicalExamples;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.RestoreMode;
import org.physiobench.store.api.StoreSettings;

/** The store contract on a real PostgreSQL server, plus moving an embedded store to it. */
class PostgresStoreTest extends StoreContractTest {

    private final List<TestDatabases.PgSchema> schemas = new ArrayList<>();

    @Override
    JdbcClinicalStore openEmptyStore() throws Exception {
        TestDatabases.PgSchema schema = TestDatabases.newPostgresSchema();
        schemas.add(schema);
        return JdbcClinicalStore.open(schema.settings(), ClinicalPatientModel.INSTANCE, Clock.systemUTC());
    }

    @Override
    JdbcClinicalStore reopen() throws Exception {
        return JdbcClinicalStore.open(schemas.get(0).settings(), ClinicalPatientModel.INSTANCE, Clock.systemUTC());
    }

    @AfterEach
    void dropSchemas() throws Exception {
        store.close();
        for (TestDatabases.PgSchema schema : schemas) {
            schema.close();
        }
    }

    @Test
    void backupOfAnEmbeddedStoreRestoresIntoPostgreSql() throws Exception {
        Path backup = temp.resolve("practice.pbk");
        try (JdbcClinicalStore practice = JdbcClinicalStore.open(
                new StoreSettings.Sqlite(temp.resolve("practice/physiobench.db")), ClinicalPatientModel.INSTANCE,
                Clock.systemUTC())) {
            practice.savePatient(ClinicalExamples.fullyPopulatedPatient(), 0, ALICE);
            practice.savePatient(TestPatients.patient("p-moved", "Umzug", "Ute", 3), 0, ALICE);
            practice.backup(backup, ALICE);

            store.restore(backup, RestoreMode.INTO_EMPTY, BOB);

            assertEquals(practice.listPatients(PatientQuery.all()), store.listPatients(PatientQuery.all()));
            Patient example = ClinicalExamples.fullyPopulatedPatient();
            assertTrue(EcoreUtil.equals(example, store.loadPatient(example.getId(), BOB).patient()));
            assertTrue(store.verify().isClean(), store.verify().toString());
        }
    }
}
