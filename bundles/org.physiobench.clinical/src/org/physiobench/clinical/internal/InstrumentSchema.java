package org.physiobench.clinical.internal;

/** Element and attribute names of {@code schema/instruments.exsd}: one place, no string typos. */
final class InstrumentSchema {

    static final String EXTENSION_POINT = "org.physiobench.instruments";

    static final String INSTRUMENT = "instrument";
    static final String ITEM = "item";
    static final String OPTION = "option";
    static final String SCORING = "scoring";
    static final String SUBSCALE = "subscale";
    static final String BAND = "band";
    static final String MCID = "mcid";
    static final String MDC = "mdc";

    static final String ATT_ID = "id";
    static final String ATT_NAME = "name";
    static final String ATT_VERSION = "version";
    static final String ATT_DIRECTION = "direction";
    static final String ATT_CLASS = "class";
    static final String ATT_LICENCE = "licence";
    static final String ATT_SOURCE = "source";
    static final String ATT_NUMBER = "number";
    static final String ATT_LABEL = "label";
    static final String ATT_TEXT = "text";
    static final String ATT_MIN = "min";
    static final String ATT_MAX = "max";
    static final String ATT_OPTIONAL = "optional";
    static final String ATT_VALUE = "value";
    static final String ATT_METHOD = "method";
    static final String ATT_MAX_SKIPPED = "maxSkipped";
    static final String ATT_DECIMALS = "decimals";
    static final String ATT_SCORE = "score";
    static final String ATT_ITEMS = "items";
    static final String ATT_UP_TO = "upTo";
    static final String ATT_SUBSCALE = "subscale";
    static final String ATT_POINTS = "points";
    static final String ATT_PERCENT = "percent";
    static final String ATT_SINGLE_ITEM = "singleItem";
    static final String ATT_PAIRED_ITEMS = "pairedItems";

    private InstrumentSchema() {
    }
}
