package io.partybranch.activities.service;

import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All or nothing for a file of requests, with every bad one named: first every field problem of
 * every request (400), then every request the rules refuse on its own (409), each tried in a
 * transaction of its own that is rolled back; only then all of them in one transaction.
 */
@ApplicationScoped
public class FileImports {

    private static final Pattern ITEM = Pattern.compile("^\\w+\\[(\\d+)\\]\\.?(.*)$");

    @Inject
    Validator validator;

    /**
     * Runs outside the caller's transaction.
     *
     * @param alone records one request as a batch of one (refusals name it {@code items[0]…})
     * @param checked told how many requests were checked so far
     */
    public <T> void check(ImportFile<T> file, Consumer<T> alone, IntConsumer checked) {
        validate(file);
        List<Problem.FieldError> errors = new ArrayList<>();
        ProblemException firstRefusal = null;
        for (int i = 0; i < file.size(); i++) {
            ImportFile.Item<T> item = file.items().get(i);
            ProblemException refusal = tryAlone(item.request(), alone);
            if (refusal != null) {
                firstRefusal = firstRefusal == null ? refusal : firstRefusal;
                if (refusal.errors().isEmpty()) {
                    errors.add(new Problem.FieldError(item.field(), refusal.getMessage()));
                } else {
                    refusal.errors()
                            .forEach(error -> errors.add(new Problem.FieldError(fieldIn(file, error.field(), 0, item), error.message())));
                }
            }
            checked.accept(i + 1);
        }
        if (firstRefusal != null) {
            throw new ProblemException(firstRefusal.status(), firstRefusal.type(), firstRefusal.title(),
                    errors.size() + " part(s) of the file are refused; nothing was recorded", sorted(errors));
        }
    }

    /** What the file could not say and every field check of every request, at once (400); nothing is written. */
    public <T> void validate(ImportFile<T> file) {
        List<Problem.FieldError> errors = new ArrayList<>(file.errors());
        for (ImportFile.Item<T> item : file.items()) {
            for (ConstraintViolation<T> violation : validator.validate(item.request())) {
                errors.add(new Problem.FieldError(item.fieldOf(violation.getPropertyPath().toString()), violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(sorted(errors));
        }
    }

    /**
     * Every request in the caller's transaction. What only the requests together break (the same
     * meeting twice) is refused here, naming the first such request.
     */
    public <T> List<UUID> record(ImportFile<T> file, Function<List<T>, List<UUID>> all) {
        try {
            return all.apply(file.items().stream().map(ImportFile.Item::request).toList());
        } catch (ProblemException refused) {
            List<Problem.FieldError> errors = refused.errors().stream()
                    .map(error -> new Problem.FieldError(fieldIn(file, error.field(), -1, null), error.message())).toList();
            throw new ProblemException(refused.status(), refused.type(), refused.title(), refused.getMessage(),
                    errors.isEmpty() ? null : errors);
        }
    }

    /**
     * Each request recorded in turn; a refusal names the request ({@code <name>[i]…}) and stops them all.
     */
    public static <T> List<UUID> each(List<T> requests, String name, Function<T, UUID> one) {
        List<UUID> ids = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String item = name + "[" + i + "]";
            try {
                ids.add(one.apply(requests.get(i)));
            } catch (ProblemException refused) {
                List<Problem.FieldError> errors = refused.errors().stream()
                        .map(error -> new Problem.FieldError(item + "." + error.field(), error.message())).toList();
                throw new ProblemException(refused.status(), refused.type(), refused.title(), item + ": " + refused.getMessage(),
                        errors.isEmpty() ? null : errors);
            }
        }
        return ids;
    }

    /** What {@code work} returns, or its refusal with every field named under {@code part} ({@code part.x}). */
    public static <R> R under(String part, Supplier<R> work) {
        try {
            return work.get();
        } catch (ProblemException refused) {
            throw refused.naming(refused.errors().stream()
                    .map(error -> new Problem.FieldError(part + "." + error.field(), error.message())).toList());
        }
    }

    /** {@code items[i].x} as the file names it; {@code only} when the batch was that one item, else the i-th. */
    private static <T> String fieldIn(ImportFile<T> file, String field, int index, ImportFile.Item<T> only) {
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            int i = Integer.parseInt(item.group(1));
            ImportFile.Item<T> named = only != null ? only : i < file.size() ? file.items().get(i) : null;
            if (named != null) {
                return named.fieldOf(item.group(2));
            }
        }
        return only != null ? only.field() : field;
    }

    /** The request recorded alone, then rolled back whatever happened: only its refusal is kept. */
    private static <T> ProblemException tryAlone(T request, Consumer<T> alone) {
        QuarkusTransaction.begin();
        try {
            alone.accept(request);
            return null;
        } catch (ProblemException refused) {
            return refused;
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** In file order: by sheet (or lines), then by row (or line) number. */
    private static List<Problem.FieldError> sorted(List<Problem.FieldError> errors) {
        return errors.stream().sorted(Comparator.comparing((Problem.FieldError e) -> sheetOf(e.field()))
                .thenComparingInt(e -> numberOf(e.field()))).toList();
    }

    private static String sheetOf(String field) {
        int open = field.indexOf('[');
        return open < 0 ? field : field.substring(0, open);
    }

    private static int numberOf(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        try {
            return open >= 0 && close > open ? Integer.parseInt(field.substring(open + 1, close)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
