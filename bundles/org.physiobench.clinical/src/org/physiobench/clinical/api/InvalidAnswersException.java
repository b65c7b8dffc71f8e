package org.physiobench.clinical.api;

/**
 * The answers given to an instrument cannot be scored: wrong number of answers, a value out of
 * range, something that is not a number, or an unknown instrument. The message names the
 * problem in words a therapist or researcher can act on, e.g.
 * {@code odi: item 3 is 7, but must be 0-5}.
 */
public class InvalidAnswersException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidAnswersException(String message) {
        super(message);
    }
}
