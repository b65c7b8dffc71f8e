package org.physiobench.clinical.internal;

import static org.physiobench.clinical.internal.InstrumentSchema.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.physiobench.clinical.api.AnswerOption;
import org.physiobench.clinical.api.Band;
import org.physiobench.clinical.api.Direction;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.clinical.api.Mdc;
import org.physiobench.clinical.api.Scoring;
import org.physiobench.clinical.api.ScoringMethod;
import org.physiobench.clinical.api.Subscale;

/**
 * Reads one {@code <instrument>} element into the content of an {@link InstrumentDefinition},
 * checking everything the schema cannot (numbers, item order, references between elements), so
 * a mistake in a contribution is reported when it is read, not when a patient is scored.
 */
final class InstrumentReader {

    private final IConfigurationElement element;
    private final String id;

    InstrumentReader(IConfigurationElement element) {
        this.element = element;
        this.id = element.getAttribute(ATT_ID);
    }

    /** @return the instrument id as declared, for messages; may be {@code null} */
    String declaredId() {
        return id;
    }

    InstrumentDefinition.Content read(String contributor) throws MalformedContributionException {
        required(element, ATT_ID);
        List<InstrumentItem> items = items();
        List<Subscale> subscales = subscales(items.size());
        Set<String> subscaleIds = new HashSet<>();
        subscales.forEach(subscale -> subscaleIds.add(subscale.id()));
        Scoring scoring = scoring(items, subscaleIds);
        return new InstrumentDefinition.Content(id, required(element, ATT_NAME), optionalText(element, ATT_VERSION),
                direction(), items, scoring, subscales, bands(subscaleIds), mcids(subscaleIds), mdcs(subscaleIds),
                required(element, ATT_LICENCE), required(element, ATT_SOURCE), contributor);
    }

    private Direction direction() throws MalformedContributionException {
        String value = required(element, ATT_DIRECTION);
        return Direction.fromId(value).orElseThrow(() -> problem("direction '" + value
                + "' is neither decrease nor increase"));
    }

    private List<InstrumentItem> items() throws MalformedContributionException {
        IConfigurationElement[] children = element.getChildren(ITEM);
        if (children.length == 0) {
            throw problem("it has no items");
        }
        List<InstrumentItem> items = new ArrayList<>();
        boolean optionalSeen = false;
        for (int i = 0; i < children.length; i++) {
            IConfigurationElement child = children[i];
            int number = integer(child, ATT_NUMBER);
            if (number != i + 1) {
                throw problem("item " + number + " is in position " + (i + 1) + ": items must be numbered 1, 2, 3 ...");
            }
            boolean optional = Boolean.parseBoolean(child.getAttribute(ATT_OPTIONAL));
            if (optionalSeen && !optional) {
                throw problem("item " + number + " is required but follows an optional item: only trailing items may be optional");
            }
            optionalSeen |= optional;
            int min = integer(child, ATT_MIN);
            int max = integer(child, ATT_MAX);
            if (min > max) {
                throw problem("item " + number + " has min " + min + " above max " + max);
            }
            items.add(new InstrumentItem(number, required(child, ATT_LABEL), child.getAttribute(ATT_TEXT), min, max,
                    optional, options(child, number, min, max)));
        }
        return items;
    }

    private List<AnswerOption> options(IConfigurationElement item, int number, int min, int max)
            throws MalformedContributionException {
        List<AnswerOption> options = new ArrayList<>();
        for (IConfigurationElement option : item.getChildren(OPTION)) {
            int value = integer(option, ATT_VALUE);
            if (value < min || value > max) {
                throw problem("item " + number + " names the answer " + value + " outside its range " + min + "-" + max);
            }
            options.add(new AnswerOption(value, required(option, ATT_LABEL)));
        }
        return options;
    }

    private List<Subscale> subscales(int itemCount) throws MalformedContributionException {
        List<Subscale> subscales = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement child : element.getChildren(SUBSCALE)) {
            String subscaleId = required(child, ATT_ID);
            if (!ids.add(subscaleId)) {
                throw problem("subscale " + subscaleId + " is declared twice");
            }
            subscales.add(new Subscale(subscaleId, required(child, ATT_NAME), itemList(child, itemCount)));
        }
        return subscales;
    }

    private List<Integer> itemList(IConfigurationElement subscale, int itemCount) throws MalformedContributionException {
        List<Integer> numbers = new ArrayList<>();
        for (String part : required(subscale, ATT_ITEMS).split(",")) {
            int number = parseInt(part.strip(), "subscale " + subscale.getAttribute(ATT_ID) + " item list");
            if (number < 1 || number > itemCount) {
                throw problem("subscale " + subscale.getAttribute(ATT_ID) + " names item " + number + ", but there are "
                        + itemCount + " items");
            }
            numbers.add(number);
        }
        return numbers;
    }

    private Scoring scoring(List<InstrumentItem> items, Set<String> subscaleIds) throws MalformedContributionException {
        IConfigurationElement[] children = element.getChildren(SCORING);
        if (children.length == 0) {
            if (element.getAttribute(ATT_CLASS) == null) {
                throw problem("it has neither a <scoring> rule nor a class");
            }
            return new Scoring(ScoringMethod.SUM, 0, 0, null);
        }
        IConfigurationElement scoring = children[0];
        String methodId = required(scoring, ATT_METHOD);
        ScoringMethod method = ScoringMethod.fromId(methodId).orElseThrow(() -> problem("scoring method '" + methodId
                + "' is unknown"));
        if (method == ScoringMethod.PERCENT_OF_ANSWERED_MAXIMUM && items.stream().anyMatch(item -> item.min() != 0)) {
            throw problem("scoring method " + methodId + " needs every item to start at 0");
        }
        int maxSkipped = optionalInteger(scoring, ATT_MAX_SKIPPED, 0);
        int decimals = optionalInteger(scoring, ATT_DECIMALS, 0);
        if (maxSkipped < 0 || decimals < 0) {
            throw problem("maxSkipped and decimals must not be negative");
        }
        String primary = scoring.getAttribute(ATT_SCORE);
        if (primary != null && !subscaleIds.contains(primary)) {
            throw problem("the score is subscale " + primary + ", which is not declared");
        }
        boolean pairedItems = Boolean.parseBoolean(scoring.getAttribute(ATT_PAIRED_ITEMS));
        if (pairedItems && items.stream().skip(1).anyMatch(item -> !item.optional())) {
            throw problem("pairedItems needs every item after the first to be optional (interchangeable slots, "
                    + "like the activities of the PSFS)");
        }
        return new Scoring(method, maxSkipped, decimals, primary, pairedItems);
    }

    private List<Band> bands(Set<String> subscaleIds) throws MalformedContributionException {
        List<Band> bands = new ArrayList<>();
        Map<String, BigDecimal> lastUpTo = new HashMap<>();
        for (IConfigurationElement child : element.getChildren(BAND)) {
            String subscale = knownSubscale(child, subscaleIds);
            BigDecimal upTo = decimal(child, ATT_UP_TO);
            BigDecimal previous = lastUpTo.put(String.valueOf(subscale), upTo);
            if (previous != null && previous.compareTo(upTo) >= 0) {
                throw problem("band " + child.getAttribute(ATT_ID) + " must come after the bands below " + upTo);
            }
            bands.add(new Band(required(child, ATT_ID), required(child, ATT_LABEL), upTo, subscale));
        }
        return bands;
    }

    private List<Mcid> mcids(Set<String> subscaleIds) throws MalformedContributionException {
        List<Mcid> mcids = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren(MCID)) {
            BigDecimal points = child.getAttribute(ATT_POINTS) == null ? null : positive(child, ATT_POINTS);
            BigDecimal percent = child.getAttribute(ATT_PERCENT) == null ? null : positive(child, ATT_PERCENT);
            if (points == null && percent == null) {
                throw problem("an <mcid> needs points, percent or both");
            }
            mcids.add(new Mcid(knownSubscale(child, subscaleIds), points, percent, required(child, ATT_SOURCE)));
        }
        return mcids;
    }

    /** At most one MDC per score or subscale: two would leave the rule ambiguous. */
    private List<Mdc> mdcs(Set<String> subscaleIds) throws MalformedContributionException {
        List<Mdc> mdcs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IConfigurationElement child : element.getChildren(MDC)) {
            String subscale = knownSubscale(child, subscaleIds);
            if (!seen.add(String.valueOf(subscale))) {
                throw problem("<mdc> is declared twice for " + (subscale == null ? "the score" : "subscale " + subscale));
            }
            BigDecimal singleItem = child.getAttribute(ATT_SINGLE_ITEM) == null ? null : positive(child, ATT_SINGLE_ITEM);
            mdcs.add(new Mdc(subscale, positive(child, ATT_POINTS), singleItem, required(child, ATT_SOURCE)));
        }
        return mdcs;
    }

    private String knownSubscale(IConfigurationElement child, Set<String> subscaleIds)
            throws MalformedContributionException {
        String subscale = child.getAttribute(ATT_SUBSCALE);
        if (subscale != null && !subscaleIds.contains(subscale)) {
            throw problem("<" + child.getName() + "> names subscale " + subscale + ", which is not declared");
        }
        return subscale;
    }

    private BigDecimal positive(IConfigurationElement child, String attribute) throws MalformedContributionException {
        BigDecimal value = decimal(child, attribute);
        if (value.signum() <= 0) {
            throw problem("<" + child.getName() + "> " + attribute + " must be positive, not " + value);
        }
        return value;
    }

    private BigDecimal decimal(IConfigurationElement child, String attribute) throws MalformedContributionException {
        String value = required(child, attribute);
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw problem("<" + child.getName() + "> " + attribute + " '" + value + "' is not a number");
        }
    }

    private int integer(IConfigurationElement child, String attribute) throws MalformedContributionException {
        return parseInt(required(child, attribute), "<" + child.getName() + "> " + attribute);
    }

    private int optionalInteger(IConfigurationElement child, String attribute, int absent)
            throws MalformedContributionException {
        String value = child.getAttribute(attribute);
        return value == null ? absent : parseInt(value, "<" + child.getName() + "> " + attribute);
    }

    private int parseInt(String value, String what) throws MalformedContributionException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw problem(what + " '" + value + "' is not a whole number");
        }
    }

    private String required(IConfigurationElement child, String attribute) throws MalformedContributionException {
        String value = child.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw problem("<" + child.getName() + "> lacks the attribute " + attribute);
        }
        return value;
    }

    private static String optionalText(IConfigurationElement child, String attribute) {
        String value = child.getAttribute(attribute);
        return value == null ? "" : value;
    }

    private static MalformedContributionException problem(String message) {
        return new MalformedContributionException(message);
    }
}
