package io.partybranch.common.http;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads path, query and header parameters strictly, in one place for every service: a UUID in its
 * canonical form, a date as yyyy-MM-dd within {@link InputBounds}, {@code true} or {@code false},
 * an integer within its type, an enum constant by its exact name. Anything else is a 400 that names
 * the parameter ({@link InvalidParameterException}), never the 404 or 500 the defaults give.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) strict(name, null, "must be a UUID", text -> {
                if (!UUID_TEXT.matcher(text).matches()) {
                    throw new IllegalArgumentException();
                }
                return UUID.fromString(text);
            });
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(name, null, InputBounds.DATE_RANGE_MESSAGE, text -> {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (text.length() != 10 || !InputBounds.withinDateRange(date)) {
                    throw new IllegalArgumentException();
                }
                return date;
            });
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) strict(name, rawType.isPrimitive() ? Boolean.FALSE : null, "must be true or false",
                    text -> switch (text) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new IllegalArgumentException();
                    });
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) strict(name, rawType.isPrimitive() ? 0 : null,
                    "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) strict(name, rawType.isPrimitive() ? 0L : null,
                    "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE, Long::valueOf);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) strict(name, null, "must be one of " + names, text -> Enum.valueOf(type, text));
        }
        return null;
    }

    private static <V> ParamConverter<V> strict(String name, V absent, String expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return absent;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof HeaderParam header) {
                    return header.value();
                }
                if (annotation instanceof FormParam form) {
                    return form.value();
                }
                if (annotation instanceof MatrixParam matrix) {
                    return matrix.value();
                }
                if (annotation instanceof CookieParam cookie) {
                    return cookie.value();
                }
            }
        }
        return "parameter";
    }
}
