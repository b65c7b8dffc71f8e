package org.physiobench.ui.patients.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreException;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * The rows of the patient list, read from the store a page at a time as the table scrolls
 * to them: with 100,000 patients the table asks for the row count and the few rows on screen,
 * never for all of them. Every store call runs on a background thread; the UI thread only
 * reads what has arrived (a row not there yet shows empty until its page comes), and the rows
 * of a new query replace the old ones on the UI thread.
 * <p>
 * Filtering as you type asks for a new query per pause in the typing, so its latency is what the
 * therapist waits for: the row count runs on a second thread while the loader reads the first
 * page (each visits the name index, about equally long with 100,000 patients); a query asked
 * for again while it is shown or on its way is not run twice; and a query replaced by a newer
 * one before it started is dropped instead of delaying the newer one.
 */
public final class PatientPages implements IRowDataProvider<PatientSummary> {

    /** Rows fetched per store query. */
    public static final int PAGE_SIZE = 200;

    /** Hears about results; called on the loader thread. */
    public interface Listener {
        /**
         * A new query's rows were counted and their first page read. They replace the rows
         * shown only when {@code install} runs: run it on the UI thread together with the
         * table's refresh, so the table never serves rows it has not been refreshed for (a
         * click in between would select a row the therapist did not see).
         */
        void counted(Runnable install, PatientQuery query, int rowCount);

        /** Another page of the rows shown arrived. */
        void loaded(PatientQuery query, int rowCount);

        /** The store could not answer; the list stays as it was. */
        void failed(StoreException problem);
    }

    /** The rows of one query: replaced as a whole when the filter or the order changes. */
    private record Snapshot(PatientQuery query, int rowCount, Map<Integer, List<PatientSummary>> pages,
            Set<Integer> requested) {
        Snapshot(PatientQuery query, int rowCount) {
            this(query, rowCount, new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());
        }
    }

    private final ExecutorService loader = daemonThread("PhysioBench patient list");
    private final ExecutorService counter = daemonThread("PhysioBench patient count");
    private final Listener listener;
    private volatile Snapshot snapshot = new Snapshot(PatientQuery.all(), 0);
    /** How many queries were asked for: a queued query runs only while it is the newest. */
    private final AtomicLong asked = new AtomicLong();
    /** The newest query asked for, shown or on its way ({@code null} after a failure: ask again). */
    private volatile PatientQuery newest;
    /** Tasks queued or running on the loader. */
    private final AtomicInteger busy = new AtomicInteger();

    public PatientPages(Listener listener) {
        this.listener = listener;
    }

    /**
     * Counts the patients of {@code query} and reads its first page in the background, then
     * shows them instead of the current rows; also when the same query is shown already (the
     * store changed, or the therapist asked to try again).
     */
    public void show(PatientQuery query) {
        long number = asked.incrementAndGet();
        newest = query;
        execute(() -> {
            if (number != asked.get()) {
                return; // a newer query was asked for before this one started: it would only delay it
            }
            try {
                Future<Long> count = counter.submit(() -> WorkbenchStore.get().store().countPatients(query));
                List<PatientSummary> first = readPage(query, 0);
                // a first page that is not full holds every match: no need to wait for the count
                int rowCount = first.size() < PAGE_SIZE ? first.size() : rowCount(count);
                Snapshot next = new Snapshot(query, rowCount);
                next.requested.add(0);
                next.pages.put(0, first);
                listener.counted(() -> snapshot = next, query, rowCount);
            } catch (StoreException e) {
                newest = null;
                listener.failed(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the view closed
            }
        });
    }

    /**
     * Shows {@code query} unless it is the query shown or on its way: typing that ends where
     * it began, or a filter applied twice, costs no second query.
     */
    public void showIfChanged(PatientQuery query) {
        if (!query.equals(newest)) {
            show(query);
        }
    }

    /** @return true when no query or page of the list is waiting or being read */
    public boolean isIdle() {
        return busy.get() == 0;
    }

    private static int rowCount(Future<Long> count) throws StoreException, InterruptedException {
        try {
            return (int) Math.min(Integer.MAX_VALUE, count.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException problem) {
                throw problem;
            }
            throw new IllegalStateException("Counting the patients failed", e.getCause());
        }
    }

    /** @return the query whose rows are shown */
    public PatientQuery query() {
        return snapshot.query;
    }

    @Override
    public int getRowCount() {
        return snapshot.rowCount;
    }

    @Override
    public int getColumnCount() {
        return PatientColumn.values().length;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        PatientSummary row = getRowObject(rowIndex);
        return row == null ? null : PatientColumn.values()[columnIndex].valueOf(row.index());
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("The patient list is read-only");
    }

    /** @return the row, or {@code null} while its page is still being read */
    @Override
    public PatientSummary getRowObject(int rowIndex) {
        Snapshot current = snapshot;
        if (rowIndex < 0 || rowIndex >= current.rowCount) {
            return null;
        }
        int page = rowIndex / PAGE_SIZE;
        List<PatientSummary> rows = current.pages.get(page);
        if (rows == null) {
            request(current, page);
            return null;
        }
        int offset = rowIndex % PAGE_SIZE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public int indexOfRowObject(PatientSummary row) {
        for (Map.Entry<Integer, List<PatientSummary>> page : snapshot.pages.entrySet()) {
            int offset = page.getValue().indexOf(row);
            if (offset >= 0) {
                return page.getKey() * PAGE_SIZE + offset;
            }
        }
        return -1;
    }

    /** Stops the loader threads (the view is closed). */
    public void dispose() {
        loader.shutdownNow();
        counter.shutdownNow();
    }

    private void request(Snapshot current, int page) {
        if (!current.requested.add(page) || loader.isShutdown()) {
            return;
        }
        execute(() -> {
            if (snapshot != current) {
                return; // the filter or order changed while this page waited
            }
            try {
                current.pages.put(page, readPage(current.query, page));
                listener.loaded(current.query, current.rowCount);
            } catch (StoreException e) {
                // not asked again on every paint: the next refresh reads it again
                listener.failed(e);
            }
        });
    }

    /** Runs {@code task} on the loader thread, counted in {@link #isIdle()}. */
    private void execute(Runnable task) {
        busy.incrementAndGet();
        try {
            loader.execute(() -> {
                try {
                    task.run();
                } finally {
                    busy.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            busy.decrementAndGet(); // rejected: the view is closed
            throw e;
        }
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static List<PatientSummary> readPage(PatientQuery query, int page) throws StoreException {
        return WorkbenchStore.get().store().listPatients(query.withPage(page * PAGE_SIZE, PAGE_SIZE));
    }
}
