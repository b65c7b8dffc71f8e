package org.physiobench.ui.progress.internal;

import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

/**
 * Y-axis tick labels padded to the same width on every chart (figure spaces are as wide as
 * digits), so the plot areas start at the same x and the plan revisions line up vertically
 * across the charts of the progress view.
 */
final class AlignedNumberFormat extends Format {

    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 4;
    private static final char FIGURE_SPACE = '\u2007';

    private final DecimalFormat digits = new DecimalFormat("0.#");

    @Override
    public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
        String text = digits.format(number);
        target.append(String.valueOf(FIGURE_SPACE).repeat(Math.max(0, WIDTH - text.length()))).append(text);
        return target;
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
        return digits.parseObject(source.replace(FIGURE_SPACE, ' ').strip(), position);
    }
}
