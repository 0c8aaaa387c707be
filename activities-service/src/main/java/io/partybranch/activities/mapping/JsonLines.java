package io.partybranch.activities.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.partybranch.common.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a JSON Lines file: one request per line, exactly as the API takes it, blank lines skipped.
 * Every line is read, so every unreadable one is named ({@code lines[n]}, n counted from 1).
 */
public final class JsonLines {

    public static final int MAX_LINES = 1000;

    private JsonLines() {
    }

    public static String field(int line) {
        return "lines[" + line + "]";
    }

    /** @param kind what a line holds, for refusals ("a held activity") */
    public static <T> ImportFile<T> parse(ObjectMapper strict, String text, Class<T> type, String kind) {
        List<ImportFile.Item<T>> items = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        String[] raw = text == null ? new String[0] : text.split("\r?\n", -1);
        int counted = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++counted > MAX_LINES) {
                errors.add(new Problem.FieldError("lines", "a file holds at most " + MAX_LINES + " lines; split it"));
                break;
            }
            try {
                T request = strict.readValue(line, type);
                if (request == null) {
                    errors.add(new Problem.FieldError(field(i + 1), "is not a JSON object on one line"));
                } else {
                    items.add(new ImportFile.Item<>(request, field(i + 1), Map.of()));
                }
            } catch (JsonProcessingException e) {
                String path = path(e);
                errors.add(new Problem.FieldError(field(i + 1) + (path == null || path.isEmpty() ? "" : "." + path), reason(e, kind)));
            }
        }
        if (counted == 0 && errors.isEmpty()) {
            errors.add(new Problem.FieldError("lines", "the file holds no line"));
        }
        return new ImportFile<>(items, errors);
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
        }
        return null;
    }

    /** The parser's own words stay out of the answer: they can quote the input back. */
    private static String reason(JsonProcessingException e, String kind) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of " + kind;
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type or an invalid value";
        }
        return "is not a JSON object on one line";
    }
}
