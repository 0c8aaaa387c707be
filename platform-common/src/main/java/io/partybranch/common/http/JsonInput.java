package io.partybranch.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads request bodies strictly (the REST layer's mapper only: event consumers keep the shared,
 * tolerant one, since a contract may add fields and older producers leave some out): a value of the wrong JSON type is refused instead of coerced (the
 * number 0 is not the first enum constant, {@code 1.5} is not the integer 1, {@code true} is not the
 * text "true"), dates are yyyy-MM-dd within {@link InputBounds}, and texts carry no control or
 * direction characters. Every refusal reaches the client as a 400 naming the field.
 */
@Provider
public class JsonInput implements ContextResolver<ObjectMapper> {

    @Inject
    ObjectMapper shared;

    private volatile ObjectMapper strict;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper mapper = strict;
        if (mapper == null) {
            mapper = shared.copy();
            makeStrict(mapper);
            strict = mapper;
        }
        return mapper;
    }

    static void makeStrict(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule strict = new SimpleModule("platform-strict-input");
        strict.addDeserializer(String.class, new CleanText());
        strict.addDeserializer(LocalDate.class, new BoundedDate());
        mapper.registerModule(strict);
    }

    /** Texts without the characters {@link InputBounds#textProblem} refuses. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = text == null ? null : InputBounds.textProblem(text);
            if (problem != null) {
                throw new BoundedInputException(parser, problem);
            }
            return text;
        }
    }

    /** Calendar dates as the text yyyy-MM-dd only (no arrays, no day numbers), within the supported window. */
    static final class BoundedDate extends StdScalarDeserializer<LocalDate> {

        BoundedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new BoundedInputException(parser, InputBounds.DATE_RANGE_MESSAGE);
            }
            String text = parser.getText();
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (text.length() == 10 && InputBounds.withinDateRange(date)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // answered below, like any other date outside the window
            }
            throw new BoundedInputException(parser, InputBounds.DATE_RANGE_MESSAGE);
        }
    }
}
