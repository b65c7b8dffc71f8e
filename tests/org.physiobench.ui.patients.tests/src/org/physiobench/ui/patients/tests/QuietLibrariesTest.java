package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The workbench keeps library chatter out of the therapist's terminal, as the command line does. */
class QuietLibrariesTest {

    @Test
    void hikariInfoLinesAreKeptOffStderr() {
        // HikariCP logs pool starts at INFO through slf4j-simple; the workbench application sets WARN
        assertEquals("warn", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel"));
    }
}
