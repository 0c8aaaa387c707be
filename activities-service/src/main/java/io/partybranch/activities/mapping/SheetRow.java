package io.partybranch.activities.mapping;

import io.partybranch.common.http.Problem;
import io.partybranch.common.workbook.BoundedWorkbookReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One data row of an import sheet with its cells turned into the request's types. A cell that cannot
 * be read is named ({@code activities.rows[7].heldOn}) and read as blank, so the whole sheet is read
 * and every bad cell is named at once.
 */
final class SheetRow<C extends Enum<C> & SheetColumn> {

    private final String sheet;
    private final BoundedWorkbookReader.Row<C> row;
    private final List<Problem.FieldError> errors;

    /** @param sheet the sheet's name in problems ("activities") */
    SheetRow(String sheet, BoundedWorkbookReader.Row<C> row, List<Problem.FieldError> errors) {
        this.sheet = sheet;
        this.row = row;
        this.errors = errors;
    }

    static String field(String sheet, int rowNumber) {
        return sheet + ".rows[" + rowNumber + "]";
    }

    String field() {
        return field(sheet, row.number());
    }

    String field(C column) {
        return field() + "." + column.property();
    }

    void error(C column, String message) {
        errors.add(new Problem.FieldError(column == null ? field() : field(column), message));
    }

    String text(C column) {
        return row.cells().get(column);
    }

    UUID uuid(C column) {
        return read(column, UUID::fromString, "must be an id (UUID) as the API shows it");
    }

    LocalDate date(C column) {
        return read(column, text -> LocalDate.parse(text.replace('/', '-').replace('.', '-')), "must be a date such as 2026-09-08");
    }

    LocalTime time(C column) {
        return read(column, text -> LocalTime.parse(text.length() == 4 ? "0" + text : text), "must be a time such as 15:30");
    }

    /** A value of a closed list, by its name (PRESENT) or its Chinese label (出席). */
    <E extends Enum<E>> E choice(C column, Class<E> type, Function<E, String> label) {
        E[] values = type.getEnumConstants();
        return read(column, text -> Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(text) || label.apply(v).equals(text))
                .findFirst().orElseThrow(IllegalArgumentException::new), "must be one of "
                        + String.join("、", Arrays.stream(values).map(label).toList()));
    }

    private <T> T read(C column, Function<String, T> parse, String message) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            error(column, message);
            return null;
        }
    }
}
