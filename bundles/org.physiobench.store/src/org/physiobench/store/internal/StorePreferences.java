package org.physiobench.store.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * Reads the store settings ({@code physiobench.store.url}, {@code .user}, {@code .password},
 * {@code .poolSize}) from the Eclipse preferences of node {@value #NODE} (instance scope, then
 * configuration and default scopes, as the preference service looks them up). Outside a
 * running platform there are no preferences and every key is unset.
 */
public final class StorePreferences {

    /** The preference node (the store bundle's id). */
    public static final String NODE = "org.physiobench.store";

    private StorePreferences() {
    }

    /** @return the preference value of {@code key}, or {@code null} */
    public static String get(String key) {
        if (!Platform.isRunning()) {
            return null;
        }
        IPreferencesService service = Platform.getPreferencesService();
        return service == null ? null : service.getString(NODE, key, null, null);
    }
}
