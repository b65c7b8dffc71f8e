package org.physiobench.store.internal;

/**
 * Compact JSON text as Jackson's generator writes it with the store's mapper: no white space,
 * strings escaped exactly as Jackson escapes them by default ({@code "} and {@code \} with a
 * backslash, the control characters below U+0020 as {@code \b \t \n \f \r} or {@code \}{@code u00XX}
 * with upper-case hex, each UTF-16 surrogate as {@code \}{@code uXXXX} too, everything
 * else - other non-ASCII included - as it is), numbers as
 * {@link Integer#toString}, {@link Long#toString}, {@link Double#toString} and
 * {@link Float#toString} write them. Used by {@link DocumentWriter}; the store tests compare its
 * output with emfjson's, including a text with every control character.
 */
final class JsonText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder text;
    /** The characters of the string being quoted. */
    private char[] chars = new char[256];
    /** Whether the next value or field needs a comma before it. */
    private boolean comma;

    JsonText(int capacity) {
        text = new StringBuilder(capacity);
    }

    void writeStartObject() {
        separate();
        text.append('{');
        comma = false;
    }

    void writeEndObject() {
        text.append('}');
        comma = true;
    }

    void writeStartArray() {
        separate();
        text.append('[');
        comma = false;
    }

    void writeEndArray() {
        text.append(']');
        comma = true;
    }

    void writeFieldName(String name) {
        separate();
        quoted(name);
        text.append(':');
        comma = false;
    }

    /** Writes a field name given as {@link #quote}d text. */
    void writeQuotedFieldName(String quotedName) {
        separate();
        text.append(quotedName).append(':');
        comma = false;
    }

    /** Writes a string value that needs no escaping (ISO dates and times, literals checked by {@link #quote}). */
    void writePlainString(String value) {
        separate();
        text.append('"').append(value).append('"');
        comma = true;
    }

    /** @return {@code value} quoted and escaped as {@link #writeString} writes it */
    static String quote(String value) {
        JsonText quoted = new JsonText(value.length() + 2);
        quoted.quoted(value);
        return quoted.toString();
    }

    void writeStringField(String name, String value) {
        writeFieldName(name);
        writeString(value);
    }

    void writeString(String value) {
        separate();
        quoted(value);
        comma = true;
    }

    void writeNull() {
        value("null");
    }

    void writeBoolean(boolean value) {
        value(value ? "true" : "false");
    }

    void writeNumber(int value) {
        separate();
        text.append(value);
        comma = true;
    }

    void writeNumber(long value) {
        separate();
        text.append(value);
        comma = true;
    }

    void writeNumber(double value) {
        value(Double.toString(value));
    }

    void writeNumber(float value) {
        value(Float.toString(value));
    }

    /**
     * Starts a value whose text will be taken with {@link #since}: writes the comma due before
     * it, so the text from the returned position on is the value alone.
     *
     * @return the position where the value starts
     */
    int beginValue() {
        separate();
        comma = false;
        return text.length();
    }

    /** @return the text written from {@code start} on */
    String since(int start) {
        return text.substring(start);
    }

    /** Writes a value given as JSON text this class wrote before ({@link #since}). */
    void writeRaw(String json) {
        separate();
        text.append(json);
        comma = true;
    }

    private void value(String literal) {
        separate();
        text.append(literal);
        comma = true;
    }

    private void separate() {
        if (comma) {
            text.append(',');
        }
    }

    private void quoted(String value) {
        text.append('"');
        int length = value.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        // One bulk copy and a loop over an array: with the workbench's C1-only JIT, charAt()
        // per character made this scan the largest part of writing a document.
        value.getChars(0, length, chars, 0);
        int first = 0;
        while (first < length && plain(chars[first])) {
            first++;
        }
        if (first == length) {
            text.append(value); // the usual case: one copy of the whole string
        } else {
            escaped(value, first);
        }
        text.append('"');
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c);
    }

    /** Appends {@code value} from the first character that is not {@link #plain}. */
    private void escaped(String value, int first) {
        text.append(value, 0, first);
        int length = value.length();
        for (int i = first; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                escape(c);
            } else if (Character.isSurrogate(c)) {
                // Jackson's UTF-8 output escapes every UTF-16 surrogate: the two halves of a
                // character beyond U+FFFF, and half a pair alone.
                unicodeEscape(c);
            } else {
                text.append(c);
            }
        }
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> text.append("\\\"");
            case '\\' -> text.append("\\\\");
            case '\b' -> text.append("\\b");
            case '\t' -> text.append("\\t");
            case '\n' -> text.append("\\n");
            case '\f' -> text.append("\\f");
            case '\r' -> text.append("\\r");
            default -> unicodeEscape(c);
        }
    }

    private void unicodeEscape(char c) {
        text.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
