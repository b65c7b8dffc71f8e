package org.physiobench.cli.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object written on one line, keys in insertion order. Values: strings, numbers
 * ({@link BigDecimal} written exactly, without exponent or trailing zeros: 35.6, 7, -3),
 * booleans, {@code null}, nested objects and lists. Hand-written rather than Jackson to keep the
 * command line's start-up lean.
 */
public final class Json {

    private final Map<String, Object> members = new LinkedHashMap<>();

    public static Json object() {
        return new Json();
    }

    /** Adds a member; {@code value} may be null (written as JSON null). */
    public Json put(String key, Object value) {
        members.put(key, value);
        return this;
    }

    /** Adds a member only if {@code value} is not null: for fields that are absent where undefined. */
    public Json putIfPresent(String key, Object value) {
        if (value != null) {
            members.put(key, value);
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(this, out);
        return out.toString();
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Json json) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : json.members.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof BigDecimal number) {
            out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            Json json = object();
            map.forEach((key, member) -> json.put(String.valueOf(key), member));
            write(json, out);
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
