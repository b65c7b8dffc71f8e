package org.physiobench.logging.slf4j.internal;

import java.util.logging.LogRecord;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An slf4j logger writing to the java.util.logging logger of the same name. Levels map as
 * slf4j's own JDK binding maps them: TRACE to FINEST, DEBUG to FINE, INFO, WARN to WARNING,
 * ERROR to SEVERE. Whether a level is enabled is java.util.logging's decision, so an INFO line
 * costs nothing when logging.properties shows warnings only.
 */
final class JulLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient java.util.logging.Logger target;

    JulLogger(String name) {
        this.name = name;
        this.target = java.util.logging.Logger.getLogger(name);
    }

    static java.util.logging.Level julLevel(Level level) {
        return switch (level) {
            case TRACE -> java.util.logging.Level.FINEST;
            case DEBUG -> java.util.logging.Level.FINE;
            case INFO -> java.util.logging.Level.INFO;
            case WARN -> java.util.logging.Level.WARNING;
            case ERROR -> java.util.logging.Level.SEVERE;
        };
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    private boolean enabled(Level level) {
        return target.isLoggable(julLevel(level));
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        LogRecord record = new LogRecord(julLevel(level), MessageFormatter.basicArrayFormat(pattern, arguments));
        record.setLoggerName(name);
        record.setThrown(throwable);
        target.log(record);
    }
}
