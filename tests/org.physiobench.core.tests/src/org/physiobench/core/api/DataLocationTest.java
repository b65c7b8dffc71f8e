package org.physiobench.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocationTest {

    private final Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/therapist"));
    private final Map<String, String> environment = new HashMap<>();

    private DataLocation resolve() {
        return DataLocation.resolve(properties::get, environment);
    }

    @Test
    void defaultsToLocalShareInTheHomeFolder() {
        assertEquals(Path.of("/home/therapist/.local/share/physiobench"), resolve().root());
    }

    @Test
    void followsXdgDataHome() {
        environment.put("XDG_DATA_HOME", "/srv/data");
        assertEquals(Path.of("/srv/data/physiobench"), resolve().root());
    }

    @Test
    void ignoresRelativeXdgDataHomeAsTheSpecRequires() {
        environment.put("XDG_DATA_HOME", "relative/data");
        assertEquals(Path.of("/home/therapist/.local/share/physiobench"), resolve().root());
    }

    @Test
    void explicitPropertyWinsOverEnvironment() {
        environment.put("XDG_DATA_HOME", "/srv/data");
        properties.put(DataLocation.PROPERTY, "/clinic/physiobench/");
        assertEquals(Path.of("/clinic/physiobench"), resolve().root());
    }

    @Test
    void blankPropertyIsNotAnExplicitChoice() {
        properties.put(DataLocation.PROPERTY, "  ");
        assertEquals(Path.of("/home/therapist/.local/share/physiobench"), resolve().root());
    }

    @Test
    void withoutAnyHintTheErrorNamesWhatToSet() {
        properties.clear();
        IllegalStateException error = assertThrows(IllegalStateException.class, this::resolve);
        assertTrue(error.getMessage().contains(DataLocation.PROPERTY), error.getMessage());
    }

    @Test
    void childrenStayInsideTheDataFolder() {
        DataLocation location = resolve();
        assertEquals(location.root().resolve("store"), location.resolve("store"));
        assertThrows(IllegalArgumentException.class, () -> location.resolve("../elsewhere"));
    }

    @Test
    void ensureExistsCreatesTheFolder(@TempDir Path temp) throws IOException {
        properties.put(DataLocation.PROPERTY, temp.resolve("a/b").toString());
        Path created = resolve().ensureExists();
        assertTrue(Files.isDirectory(created));
    }

    @Test
    void ensureExistsNamesTheFolderItCannotCreate(@TempDir Path temp) throws IOException {
        // a regular file in the way fails for root too, unlike missing permissions
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        properties.put(DataLocation.PROPERTY, file.resolve("physiobench").toString());
        IOException error = assertThrows(IOException.class, () -> resolve().ensureExists());
        assertTrue(error.getMessage().contains(file.resolve("physiobench").toString()), error.getMessage());
    }
}
