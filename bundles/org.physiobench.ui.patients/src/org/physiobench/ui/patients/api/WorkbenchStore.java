package org.physiobench.ui.patients.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.ui.patients.internal.QuietOpen;
import org.physiobench.ui.patients.internal.StoreConnection;

/**
 * The workbench's one clinical record store, shared by the patient list and the editors.
 *
 * <p>Opened on first use, not at start-up (opening runs the schema check and costs start-up
 * time the therapist would wait for), and closed when the workbench shuts down. Thread-safe:
 * views call {@link #store()} from their background jobs.
 */
public final class WorkbenchStore {

    private static final WorkbenchStore INSTANCE = new WorkbenchStore();

    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private ClinicalStore store;
    private boolean shutdownHooked;

    private WorkbenchStore() {
    }

    /** @return the workbench's store holder */
    public static WorkbenchStore get() {
        return INSTANCE;
    }

    /**
     * Opens the configured store on the first call and returns the same store afterwards. A
     * failed open is tried again on the next call (the database may come back).
     *
     * @throws StoreException when the store cannot be opened; the message names the database
     */
    public synchronized ClinicalStore store() throws StoreException {
        if (store == null) {
            StoreSettings settings;
            try {
                settings = StoreConnection.configured();
            } catch (IllegalArgumentException e) {
                // a wrong URL or pool size in the settings: the message says which
                throw new StoreException(e.getMessage(), e);
            }
            store = QuietOpen.open(settings);
            closeOnShutdown();
        }
        return store;
    }

    /** @return the user id written to the audit trail for changes made in this workbench */
    public String actor() {
        return System.getProperty("user.name", "therapist");
    }

    /** Closes the store; the next {@link #store()} opens it again. */
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /**
     * Closes the store because its settings changed, and tells the listeners, so the patient
     * list reads the newly configured store (opening it on the next {@link #store()}).
     */
    public void reconnect() {
        close();
        fireChanged();
    }

    /** Tells every listener that patient records were created, changed or archived. */
    public void fireChanged() {
        changeListeners.forEach(Runnable::run);
    }

    /** @param listener called (on any thread) after {@link #fireChanged()} */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    private void closeOnShutdown() {
        if (shutdownHooked || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        shutdownHooked = true;
        PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                close();
            }
        });
    }
}
