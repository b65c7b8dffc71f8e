package org.physiobench.cli.internal;

import java.util.List;

import org.physiobench.cli.api.Json;
import org.physiobench.clinical.api.InstrumentRegistry;

/** {@code physiobench score <instrument> <answers>}: scores one administration. */
final class ScoreCommand extends RequestCommand {

    private final InstrumentRegistry instruments;

    ScoreCommand(InstrumentRegistry instruments) {
        this.instruments = instruments;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    List<String> requestWords() {
        return List.of("instrument", "answers");
    }

    @Override
    Json answer(List<String> words) {
        return ResultJson.score(instruments.get(words.get(0)).score(words.get(1)));
    }

    @Override
    public String help() {
        return """
                score <instrument> <answers>
                    Scores one administration. <answers> are comma-separated in item order, - for an
                    unanswered item, e.g. 'physiobench score odi 3,2,-,4,1,0,2,1,3,0'.
                    Prints {"instrument", "score", "band", "subscores", "valid"}: band only where the
                    instrument has bands (odi: minimal, moderate, severe, crippled, bed-bound -
                    Fairbank's ids, shown on screen as very severe / extreme disability; startback:
                    low, medium, high), subscores where it has subscales (startback: psychosocial;
                    fabq: physicalActivity, work; the fabq score is its work subscale).
                    "valid": false with a "reason" when too many items are unanswered. fabq
                    subscales are scored independently: a missing item voids only its own subscale
                    (a void work subscale leaves score null but physicalActivity in subscores), and
                    the unscored items 1, 8, 13, 14, 16 void nothing.
                    STarT Back: items 1-8 as 0/1 (disagree/agree), item 9 as 0-4 (not at all, slightly,
                    moderately, very much, extremely).
                score --batch
                    Reads '<instrument> <answers>' per line from standard input, prints one JSON object
                    per line; a bad line gives {"error": "..."} and the rest go on.""";
    }
}
