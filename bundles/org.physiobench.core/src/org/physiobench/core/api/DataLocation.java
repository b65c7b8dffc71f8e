package org.physiobench.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where PhysioBench keeps the therapist's data on this computer: the embedded clinical
 * record store, backups, logs.
 *
 * <p>Resolution order, first match wins:
 * <ol>
 * <li>the system property {@value #PROPERTY} (set by the {@code physiobench} launcher from
 * its {@code --data} option or the {@code PHYSIOBENCH_DATA} environment variable);</li>
 * <li>{@code $XDG_DATA_HOME/physiobench} (the freedesktop convention on Linux);</li>
 * <li>{@code ~/.local/share/physiobench}.</li>
 * </ol>
 * The same rule is used by the workbench and the command line, so both see one store.
 */
public final class DataLocation {

    /** System property that names the data folder explicitly. */
    public static final String PROPERTY = "physiobench.data";

    private static final String FOLDER_NAME = "physiobench";

    private final Path root;

    private DataLocation(Path root) {
        this.root = root;
    }

    /** @return the data location of this process (system properties and environment) */
    public static DataLocation current() {
        return resolve(System::getProperty, System.getenv());
    }

    /**
     * Resolves the data location from explicit inputs, so the rule can be checked without
     * changing the process's environment.
     *
     * @param systemProperties lookup of system properties (may return {@code null})
     * @param environment the environment variables
     */
    public static DataLocation resolve(Function<String, String> systemProperties, Map<String, String> environment) {
        Objects.requireNonNull(systemProperties);
        Objects.requireNonNull(environment);
        String explicit = systemProperties.apply(PROPERTY);
        if (isSet(explicit)) {
            return new DataLocation(Path.of(explicit).toAbsolutePath().normalize());
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (isSet(xdgDataHome) && Path.of(xdgDataHome).isAbsolute()) {
            return new DataLocation(Path.of(xdgDataHome, FOLDER_NAME).normalize());
        }
        String home = systemProperties.apply("user.home");
        if (!isSet(home)) {
            throw new IllegalStateException("Cannot place the PhysioBench data folder: neither -D" + PROPERTY
                    + ", XDG_DATA_HOME nor user.home is set");
        }
        return new DataLocation(Path.of(home, ".local", "share", FOLDER_NAME).normalize());
    }

    /** @return the data folder (it may not exist yet) */
    public Path root() {
        return root;
    }

    /** @return the folder for {@code name} inside the data folder (it may not exist yet) */
    public Path resolve(String name) {
        Path child = root.resolve(name).normalize();
        if (!child.startsWith(root)) {
            throw new IllegalArgumentException("'" + name + "' would leave the data folder " + root);
        }
        return child;
    }

    /**
     * Creates the data folder if it is missing.
     *
     * @return the data folder
     * @throws IOException when it cannot be created or is not a writable folder; the message
     *             names the folder so a clinic admin can fix the permission
     */
    public Path ensureExists() throws IOException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IOException("Cannot create the PhysioBench data folder " + root + ": " + e, e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new IOException("The PhysioBench data folder " + root + " is not a writable folder");
        }
        return root;
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
