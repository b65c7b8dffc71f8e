package org.physiobench.logging.slf4j.internal;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j binding of the product: hands the libraries' slf4j logging (HikariCP) to
 * java.util.logging, which the launcher configures (logging.properties: warnings and errors on
 * stderr, one line each), as it does for the libraries that log there directly.
 *
 * <p>Why a fragment of slf4j.api: slf4j finds its binding with {@link java.util.ServiceLoader}
 * on its own class loader. A binding in a bundle of its own (slf4j-simple) is only found through
 * an OSGi ServiceLoader Mediator (SPI Fly), which the product does not start because it cost
 * ~40% of the workbench's start-up; the fragment's service file is on slf4j.api's class path.
 */
public final class JulServiceProvider implements SLF4JServiceProvider {

    /** The slf4j API version this binding is written against (slf4j checks the major version). */
    private static final String API_VERSION = "2.0.99";

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private ILoggerFactory loggers;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return API_VERSION;
    }

    @Override
    public void initialize() {
        loggers = new JulLoggerFactory();
    }
}
