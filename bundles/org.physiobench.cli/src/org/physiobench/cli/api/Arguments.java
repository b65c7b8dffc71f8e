package org.physiobench.cli.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand split into switches ({@code --force}), options with a value
 * ({@code --limit 20}) and positional words. Anything starting with {@code --} that the
 * subcommand does not know is a usage error, so a typo never silently changes what runs.
 */
public final class Arguments {

    private final String subcommand;
    private final Set<String> switches = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments(String subcommand) {
        this.subcommand = subcommand;
    }

    /**
     * @param knownSwitches options without a value
     * @param knownOptions options followed by a value
     * @throws UsageException for an unknown option, a missing value or an option given twice
     */
    public static Arguments parse(String subcommand, List<String> arguments, Set<String> knownSwitches,
            Set<String> knownOptions) {
        Arguments parsed = new Arguments(subcommand);
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i);
            if (knownSwitches.contains(word)) {
                parsed.switches.add(word);
            } else if (knownOptions.contains(word)) {
                if (i + 1 >= arguments.size()) {
                    throw new UsageException(word + " needs a value");
                }
                if (parsed.values.put(word, arguments.get(++i)) != null) {
                    throw new UsageException(word + " is given twice");
                }
            } else if (word.startsWith("--")) {
                throw new UsageException(subcommand + " has no option " + word + "; see physiobench help " + subcommand);
            } else {
                parsed.positional.add(word);
            }
        }
        return parsed;
    }

    public boolean has(String option) {
        return switches.contains(option);
    }

    /** @return the option's value as a whole number in [min, max], or {@code fallback} when absent */
    public long number(String option, long min, long max, long fallback) {
        String text = values.get(option);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    public boolean hasValue(String option) {
        return values.containsKey(option);
    }

    /** @return the one positional word, a file, as an absolute path (the launcher keeps the caller's folder) */
    public Path file() {
        return Path.of(positional("file").get(0)).toAbsolutePath().normalize();
    }

    /** @return the positional words, checked to be exactly {@code names.length}, named in the message */
    public List<String> positional(String... names) {
        if (positional.size() != names.length) {
            throw new UsageException(subcommand + " takes " + (names.length == 0 ? "no arguments"
                    : "<" + String.join("> <", names) + ">") + ", but got: "
                    + (positional.isEmpty() ? "nothing" : String.join(" ", positional)));
        }
        return List.copyOf(positional);
    }
}
