package org.physiobench.clinical.api;

/**
 * An instrument cannot score because its contributed scorer is broken (class missing, wrong
 * type, or it failed). The problem and the contributing plug-in are in the log; the rest of
 * PhysioBench keeps working.
 */
public class InstrumentUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public InstrumentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
