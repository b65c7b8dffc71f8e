package org.physiobench.ui.patients.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;
import org.physiobench.store.api.StoreSettings;

/**
 * The workbench's store settings, as the preference page edits them: the URL, user and pool
 * size in the preferences of node {@value #NODE} (the node the store and the command line
 * read), the PostgreSQL password in Equinox secure storage (encrypted, node {@value #SECURE_NODE})
 * rather than in the clear-text preferences. System properties given on the command line
 * ({@code -Dphysiobench.store.url=...}) still win, as everywhere in PhysioBench.
 */
public final class StoreConnection {

    /** The store bundle's preference node (StorePreferences in the store). */
    public static final String NODE = "org.physiobench.store";
    /** The secure storage node of the password. */
    public static final String SECURE_NODE = "org.physiobench.store";

    /** What the preference page shows and saves; {@code null} or blank means "not set". */
    public record Values(String url, String user, String password, String poolSize) {
    }

    /** Where the password is kept; tests use a storage of their own. */
    private static volatile ISecurePreferences secureRoot;

    private StoreConnection() {
    }

    /**
     * @return the store this workbench opens: system properties first, then the preferences,
     *         then the password from secure storage; without a URL the embedded SQLite store
     * @throws IllegalArgumentException for an unsupported URL or pool size (the message says which)
     */
    public static StoreSettings configured() {
        return StoreSettings.from(System::getProperty, StoreConnection::preference, StoreConnection::secret);
    }

    /** @return the settings {@code values} describe (for "Test connection" before they are saved) */
    public static StoreSettings of(Values values) {
        return StoreSettings.from(key -> switch (key) {
            case StoreSettings.URL -> values.url();
            case StoreSettings.USER -> values.user();
            case StoreSettings.PASSWORD -> values.password();
            case StoreSettings.POOL_SIZE -> values.poolSize();
            default -> null;
        });
    }

    /** @return the saved values (the password from secure storage, else a clear-text one left from before) */
    public static Values load() {
        String password = secret(StoreSettings.PASSWORD);
        return new Values(preference(StoreSettings.URL), preference(StoreSettings.USER),
                password != null ? password : preference(StoreSettings.PASSWORD), preference(StoreSettings.POOL_SIZE));
    }

    /**
     * Saves {@code values}: the password into secure storage (and out of the clear-text
     * preferences, where an older version may have put it), the rest into the preferences.
     *
     * @return whether anything changed (the store must then be opened again)
     * @throws StorageException when secure storage refuses the password; nothing is saved then
     */
    public static boolean save(Values values) throws StorageException, BackingStoreException {
        boolean changed = !sameStore(values, load());
        ISecurePreferences secure = secureNode();
        if (secure == null) {
            throw new StorageException(StorageException.NO_SECURE_MODULE, "Secure storage is not available on this computer");
        }
        if (blank(values.password())) {
            secure.remove(StoreSettings.PASSWORD);
        } else {
            secure.put(StoreSettings.PASSWORD, values.password(), true);
        }
        try {
            secure.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        put(preferences, StoreSettings.URL, values.url());
        put(preferences, StoreSettings.USER, values.user());
        put(preferences, StoreSettings.POOL_SIZE, values.poolSize());
        preferences.remove(StoreSettings.PASSWORD);
        preferences.flush();
        return changed;
    }

    private static boolean sameStore(Values a, Values b) {
        try {
            return of(a).equals(of(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return whether a system property decides the store, so the saved preferences are not used */
    public static boolean overriddenByCommandLine() {
        return !blank(System.getProperty(StoreSettings.URL));
    }

    /** Keeps the password in {@code root} instead of the default secure storage (tests). */
    public static void useSecureStorage(ISecurePreferences root) {
        secureRoot = root;
    }

    static String preference(String key) {
        return Platform.isRunning() ? Platform.getPreferencesService().getString(NODE, key, null, null) : null;
    }

    private static String secret(String key) {
        if (!StoreSettings.PASSWORD.equals(key)) {
            return null;
        }
        try {
            ISecurePreferences node = secureNode();
            return node == null ? null : node.get(key, null);
        } catch (StorageException | RuntimeException e) {
            // secure storage locked or unavailable: the store then reports the failed login
            return null;
        }
    }

    /** @return the password's node, or {@code null} when secure storage cannot be opened */
    private static ISecurePreferences secureNode() {
        ISecurePreferences root = secureRoot != null ? secureRoot : SecurePreferencesFactory.getDefault();
        return root == null ? null : root.node(SECURE_NODE);
    }

    private static void put(IEclipsePreferences preferences, String key, String value) {
        if (blank(value)) {
            preferences.remove(key);
        } else {
            preferences.put(key, value.trim());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
