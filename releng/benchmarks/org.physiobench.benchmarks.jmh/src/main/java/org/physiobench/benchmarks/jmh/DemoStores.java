package org.physiobench.benchmarks.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.physiobench.demo.api.DemoData;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;

/**
 * SQLite stores full of demo patients, generated once and kept in the cache folder: 100,000
 * demo patients take minutes to generate and about 2 GB, far more than one benchmark run may
 * spend. A store counts as cached only once its marker file exists, so an interrupted
 * generation is started again instead of measuring half a data set.
 */
final class DemoStores {

    /** The demo generator's seed: the same patients in every run and on every machine. */
    static final long SEED = 1;

    private DemoStores() {
    }

    /** @return the store file with {@code patients} demo patients of seed 1, generated if missing */
    static synchronized Path withPatients(int patients) throws StoreException {
        Path folder = BenchmarkSettings.cache();
        Path file = folder.resolve("demo-" + patients + "-seed" + SEED + ".db");
        Path complete = folder.resolve(file.getFileName() + ".complete");
        if (Files.exists(complete) && Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(folder);
            for (String suffix : new String[] { "", "-wal", "-shm" }) {
                Files.deleteIfExists(folder.resolve(file.getFileName() + suffix));
            }
            System.err.println("Generating " + patients + " demo patients in " + file + " (cached for later runs)");
            try (ClinicalStore store = ClinicalStores.open(new StoreSettings.Sqlite(file))) {
                DemoData.Result result = new DemoData(SEED).populate(store, patients, written -> {
                    if (written % 10_000 == 0) {
                        System.err.println("  " + written + " patients");
                    }
                });
                System.err.println("Generated in " + result.duration().toSeconds() + " s");
            }
            Files.writeString(complete, Integer.toString(patients));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
