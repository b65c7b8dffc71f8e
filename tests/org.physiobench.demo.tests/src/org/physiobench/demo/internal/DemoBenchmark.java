package org.physiobench.demo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.physiobench.demo.api.DemoData;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreSettings;

/**
 * Measures demo generation into a store (plain class path, no OSGi):
 * {@code DemoBenchmark <count> <sqlite file | jdbc:postgresql url user password>}. Prints the
 * time of the bulk insert, the database size, a list query, and the save latency of single
 * patients. Not a test: figures depend on the machine.
 */
public final class DemoBenchmark {

    private DemoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        StoreSettings settings = args[1].startsWith("jdbc:postgresql:")
                ? new StoreSettings.PostgreSql(args[1], args[2], args[3], 4)
                : new StoreSettings.Sqlite(Path.of(args[1]));
        try (ClinicalStore store = ClinicalStores.open(settings)) {
            DemoData demo = new DemoData(2026);
            DemoData.Result result = demo.populate(store, count, written -> {
                if (written % 10_000 == 0) {
                    System.out.println("  " + written + " patients");
                }
            });
            System.out.printf("%s: %d patients generated and stored in %.1f s (%.0f patients/s)%n",
                    settings.describe(), count, result.duration().toMillis() / 1000.0,
                    count * 1000.0 / result.duration().toMillis());
            if (settings instanceof StoreSettings.Sqlite sqlite) {
                long bytes = 0;
                try (Stream<Path> files = Files.list(sqlite.file().getParent())) {
                    for (Path file : files.toList()) {
                        bytes += Files.size(file);
                    }
                }
                System.out.printf("database files: %.1f MB (%.1f KB per patient)%n", bytes / 1e6,
                        bytes / 1024.0 / count);
            }
            long started = System.nanoTime();
            List<PatientSummary> page = store.listPatients(PatientQuery.all().withPage(0, 200));
            long listed = System.nanoTime();
            long all = store.countPatients(PatientQuery.all());
            List<PatientSummary> search = store.listPatients(PatientQuery.all().withNameContains("brook"));
            long searched = System.nanoTime();
            System.out.printf("first page of 200 by name: %.1f ms; count %d + name search (%d hits): %.1f ms%n",
                    (listed - started) / 1e6, all, search.size(), (searched - listed) / 1e6);
            Patient patient = store.loadPatient(page.get(0).id(), "benchmark").patient();
            long version = page.get(0).version();
            int saves = 200;
            started = System.nanoTime();
            for (int i = 0; i < saves; i++) {
                patient.setPreferredLanguage(i % 2 == 0 ? "de" : "en");
                version = store.savePatient(patient, version, "benchmark");
            }
            System.out.printf("save latency (update of one patient, %d saves): %.2f ms mean%n", saves,
                    (System.nanoTime() - started) / 1e6 / saves);
            started = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                store.loadPatient(page.get(i).id(), "benchmark");
            }
            System.out.printf("load latency (200 patients): %.2f ms mean%n", (System.nanoTime() - started) / 1e6 / 200);
            started = System.nanoTime();
            System.out.println("verify: " + store.verify() + String.format(" (%.1f s)",
                    (System.nanoTime() - started) / 1e9));
        }
    }
}
