package org.physiobench.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The workbench keeps library chatter out of the therapist's terminal, as the command line does. */
class QuietLibrariesTest {

    @Test
    void slf4jNoticesAreKeptOffStderr() {
        // slf4j has no binding in the product; the workbench application silences its notice
        assertEquals("ERROR", System.getProperty("slf4j.internal.verbosity"));
    }
}
