package org.physiobench.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.cli.api.Subcommand;
import org.physiobench.cli.api.UsageException;
import org.physiobench.clinical.api.InstrumentUnavailableException;
import org.physiobench.clinical.api.InvalidAnswersException;

/**
 * A subcommand that answers requests of a fixed number of words (score: instrument and answers;
 * change: instrument, baseline and follow-up) with one JSON object, either once from its
 * arguments or, with {@code --batch}, once per line of standard input. In batch mode a bad line is
 * answered with {@code {"error": "..."}} and the rest go on, so one typo does not lose a cohort.
 */
abstract class RequestCommand implements Subcommand {

    static final String BATCH = "--batch";

    /** @return the words of one request, e.g. {@code instrument, answers} */
    abstract List<String> requestWords();

    /**
     * @param words exactly {@link #requestWords()}.size() words
     * @return the result
     * @throws InvalidAnswersException or {@link UsageException} for invalid input
     */
    abstract Json answer(List<String> words);

    @Override
    public int run(List<String> arguments, Io io) {
        List<String> words = new ArrayList<>(arguments);
        boolean batch = words.remove(BATCH);
        if (batch) {
            if (!words.isEmpty()) {
                throw new UsageException(name() + " --batch reads its requests from standard input and takes no "
                        + "other arguments, but got: " + String.join(" ", words));
            }
            return runBatch(io);
        }
        Json result = answerOrFail(words);
        io.out().println(result);
        return ExitCodes.OK;
    }

    private Json answerOrFail(List<String> words) {
        if (words.size() != requestWords().size()) {
            throw new UsageException(name() + " needs " + String.join(" ", requestWords().stream().map(w -> "<" + w + ">")
                    .toList()) + " (" + requestWords().size() + " arguments), but got " + words.size());
        }
        try {
            return answer(words);
        } catch (InvalidAnswersException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int runBatch(Io io) {
        try {
            String line;
            while ((line = io.in().readLine()) != null) {
                io.out().println(answerLine(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        return ExitCodes.OK;
    }

    private Json answerLine(String line) {
        String request = line.strip();
        if (request.isEmpty()) {
            // Answered, not skipped: output line N stays the answer to input line N.
            return error("empty line");
        }
        try {
            return answerOrFail(Arrays.asList(request.split("\\s+")));
        } catch (UsageException | InstrumentUnavailableException e) {
            return error(e.getMessage());
        }
    }

    private static Json error(String message) {
        return Json.object().put("error", message);
    }
}
