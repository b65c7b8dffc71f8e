package org.physiobench.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;

/**
 * The text forms the store gives the value types Jackson has no codec of its own for: java.time
 * values as ISO-8601, the shared clinical vocabulary by its published ids. One place for this
 * knowledge: {@link PatientJson} registers these codecs with emfjson's mapper, and
 * {@link DocumentWriter} and {@link DocumentReader} write and parse the same texts without it.
 */
final class ValueTexts {

    /**
     * The text form of one value type.
     *
     * @param plain whether every text of the type is written without JSON escapes (ISO-8601
     *            is ASCII letters, digits and punctuation other than quotes and backslashes)
     */
    record Codec<T>(Class<T> type, Function<? super T, String> writer, Function<String, T> parser, boolean plain) {

        /** @return the text of {@code value}, which must be of {@link #type} */
        String text(Object value) {
            return writer.apply(type.cast(value));
        }
    }

    private static final List<Codec<?>> CODECS = List.of(
            iso(LocalDate.class, LocalDate::parse),
            iso(LocalDateTime.class, LocalDateTime::parse),
            iso(LocalTime.class, LocalTime::parse),
            iso(Instant.class, Instant::parse),
            iso(OffsetDateTime.class, OffsetDateTime::parse),
            iso(ZonedDateTime.class, ZonedDateTime::parse),
            // The shared clinical vocabulary is stored by its published ids ("cauda-equina"), not by
            // Java constant names, so a renamed constant never makes stored records unreadable.
            vocabulary(RedFlagCategory.class, RedFlagCategory::id, RedFlagCategory::fromId),
            vocabulary(TreatmentComponent.class, TreatmentComponent::id, TreatmentComponent::fromId));

    private static final Map<Class<?>, Codec<?>> BY_TYPE = CODECS.stream()
            .collect(Collectors.toUnmodifiableMap(Codec::type, codec -> codec));

    private ValueTexts() {
    }

    /** @return every codec, in the order they are registered with emfjson's mapper */
    static List<Codec<?>> all() {
        return CODECS;
    }

    /** @return the codec of values of exactly {@code type}, or {@code null} when the store has none */
    static Codec<?> of(Class<?> type) {
        return BY_TYPE.get(type);
    }

    private static <T> Codec<T> iso(Class<T> type, Function<String, T> parser) {
        return new Codec<>(type, Object::toString, parser, true);
    }

    private static <T> Codec<T> vocabulary(Class<T> type, Function<T, String> id, Function<String, Optional<T>> fromId) {
        return new Codec<>(type, id, text -> fromId.apply(text)
                .orElseThrow(() -> new IllegalArgumentException("unknown id '" + text + "'")), false);
    }
}
