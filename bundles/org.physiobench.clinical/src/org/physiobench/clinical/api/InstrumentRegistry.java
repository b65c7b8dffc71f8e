package org.physiobench.clinical.api;

import java.util.List;
import java.util.Optional;

/** The instruments installed: built-in and contributed by plug-ins. */
public interface InstrumentRegistry {

    /** @return the installed instruments, ordered by id; broken contributions are left out */
    List<Instrument> instruments();

    /** @return the instrument with this id, if installed */
    Optional<Instrument> find(String id);

    /**
     * @return the instrument with this id
     * @throws InvalidAnswersException if no such instrument is installed (the message names the
     *         installed ones)
     */
    default Instrument get(String id) {
        return find(id).orElseThrow(() -> new InvalidAnswersException("unknown instrument '" + id
                + "'; installed: " + String.join(", ", instruments().stream().map(Instrument::id).toList())));
    }
}
