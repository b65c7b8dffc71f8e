package org.physiobench.cli.internal;

import java.util.List;

import org.physiobench.cli.api.Json;
import org.physiobench.clinical.api.Answers;
import org.physiobench.clinical.api.ChangeEvaluator;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.InvalidAnswersException;

/** {@code physiobench change <instrument> <baseline> <follow-up>}: change between two administrations. */
final class ChangeCommand extends RequestCommand {

    private final InstrumentRegistry instruments;

    ChangeCommand(InstrumentRegistry instruments) {
        this.instruments = instruments;
    }

    @Override
    public String name() {
        return "change";
    }

    @Override
    List<String> requestWords() {
        return List.of("instrument", "baseline-answers", "follow-up-answers");
    }

    @Override
    Json answer(List<String> words) {
        Instrument instrument = instruments.get(words.get(0));
        return ResultJson.change(ChangeEvaluator.evaluate(instrument, parse("baseline", words.get(1)),
                parse("follow-up", words.get(2))));
    }

    private static List<Integer> parse(String which, String answers) {
        try {
            return Answers.parse(answers);
        } catch (InvalidAnswersException e) {
            throw new InvalidAnswersException(which + ": " + e.getMessage());
        }
    }

    @Override
    public String help() {
        return """
                change <instrument> <baseline-answers> <follow-up-answers>
                    Compares two administrations. Prints {"instrument", "baseline", "followUp",
                    "change" (follow-up minus baseline), "percentChange" (of the baseline; null if it
                    is 0), "improved" (reliably, in the instrument's improving direction: lower is
                    better, except psfs), "mcidPoints", "mcidPercent" (MCID met by points / by
                    percent; null where the instrument defines none), "mdc" (minimal detectable
                    change in points) and "reliableChange" (change at least the MDC; both null where
                    the instrument defines no MDC: fabq, startback), "valid"}. Below the MDC a change
                    is no reliable change whatever its percentage: improved, mcidPoints and
                    mcidPercent are false. fabq and startback add the same fields per subscale under
                    "subscores"; a fabq with a void work subscale still compares physicalActivity.
                    psfs compares only the activities rated at both times (item N is the same
                    activity; - or a missing trailing rating = not rated), MDC 3 for one activity.
                change --batch
                    Reads '<instrument> <baseline> <follow-up>' per line from standard input, one JSON
                    object per line out; a bad line gives {"error": "..."} and the rest go on.""";
    }
}
