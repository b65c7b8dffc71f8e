package org.physiobench.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.StoreException;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.patients.internal.PatientPages;

/**
 * Heap used by the Patients view's data with 100,000 patients listed, headless: the view's own
 * data provider ({@link PatientPages}, what NatTable asks for rows) over the workbench's store,
 * first after the list opens (count + first page), then after every page was read, as if the
 * therapist had scrolled through the whole list (the view keeps every page it read).
 *
 * <p>Prints one JSON object on standard output. Run in its own JVM with the workbench's heap
 * settings (bench.py does); the store is named by {@code -Dphysiobench.store.url}, or the cached
 * demo store is used.
 */
public final class HeapProbe {

    private static final long PAGE_TIMEOUT_SECONDS = 120;

    private HeapProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        Path file = DemoStores.withPatients(BenchmarkSettings.patients());
        System.setProperty("physiobench.store.url", "jdbc:sqlite:" + file);
        long before = usedAfterGc();

        Semaphore arrived = new Semaphore(0);
        AtomicReference<StoreException> failure = new AtomicReference<>();
        PatientPages pages = new PatientPages(new PatientPages.Listener() {
            @Override
            public void counted(Runnable install, PatientQuery query, int rowCount) {
                // the view installs the rows on its UI thread; without one, here
                install.run();
                arrived.release();
            }

            @Override
            public void loaded(PatientQuery query, int rowCount) {
                arrived.release();
            }

            @Override
            public void failed(StoreException problem) {
                failure.set(problem);
                arrived.release();
            }
        });
        pages.show(PatientQuery.all());
        await(arrived, failure);
        int rows = pages.getRowCount();
        long firstScreen = usedAfterGc();

        int pageSize = PatientListBenchmark.PAGE_SIZE;
        int pageCount = (rows + pageSize - 1) / pageSize;
        for (int page = 1; page < pageCount; page++) {
            pages.getRowObject(page * pageSize); // asks for the page, as a paint of that row would
            await(arrived, failure);
        }
        int missing = 0;
        for (int row = 0; row < rows; row++) {
            if (pages.getRowObject(row) == null) {
                missing++;
            }
        }
        long allRows = usedAfterGc();
        pages.dispose();
        WorkbenchStore.get().close();

        System.out.println("{\"patients\":" + rows + ",\"rowsMissing\":" + missing + ",\"heapBeforeMb\":" + mb(before)
                + ",\"heapFirstScreenMb\":" + mb(firstScreen) + ",\"heapAllRowsMb\":" + mb(allRows)
                + ",\"maxHeapMb\":" + mb(Runtime.getRuntime().maxMemory()) + "}");
    }

    private static void await(Semaphore arrived, AtomicReference<StoreException> failure) throws Exception {
        if (!arrived.tryAcquire(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no page within " + PAGE_TIMEOUT_SECONDS + " s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Heap in use after full collections: what the data keeps alive, not garbage waiting. */
    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
