package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HikariCP logs through slf4j; without a ServiceLoader mediator slf4j's binding is the fragment
 * org.physiobench.logging.slf4j, which hands the lines to java.util.logging, where the product's
 * logging.properties decides what reaches stderr. A lost binding would silently drop the pool's
 * warnings (slf4j falls back to a no-operation logger).
 */
class LibraryLoggingTest {

    private static final String NAME = "com.zaxxer.hikari.test";

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private java.util.logging.Logger julLogger;

    @BeforeEach
    void capture() {
        julLogger = java.util.logging.Logger.getLogger(NAME);
        julLogger.addHandler(capture);
        julLogger.setUseParentHandlers(false);
    }

    @AfterEach
    void release() {
        julLogger.removeHandler(capture);
        julLogger.setUseParentHandlers(true);
        julLogger.setLevel(null);
    }

    @Test
    void slf4jIsBoundToJavaUtilLogging() {
        Logger logger = LoggerFactory.getLogger(NAME);
        assertEquals("org.physiobench.logging.slf4j.internal.JulLogger", logger.getClass().getName());
    }

    @Test
    void aWarningReachesJavaUtilLoggingWithItsArgumentsAndCause() {
        IllegalStateException cause = new IllegalStateException("pool");
        LoggerFactory.getLogger(NAME).warn("Connection {} is not available after {} ms", "HikariPool-1", 30000, cause);

        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.WARNING, record.getLevel());
        assertEquals("Connection HikariPool-1 is not available after 30000 ms", record.getMessage());
        assertEquals(cause, record.getThrown());
        assertEquals(NAME, record.getLoggerName());
    }

    @Test
    void javaUtilLoggingsLevelDecidesWhatIsWritten() {
        julLogger.setLevel(Level.WARNING); // what the product's logging.properties sets
        Logger logger = LoggerFactory.getLogger(NAME);
        assertFalse(logger.isInfoEnabled());
        logger.info("HikariPool-1 - Starting...");
        logger.error("HikariPool-1 - Exception during pool initialization.");

        assertEquals(1, records.size());
        assertEquals(Level.SEVERE, records.get(0).getLevel());
        assertTrue(logger.isErrorEnabled());
    }
}
