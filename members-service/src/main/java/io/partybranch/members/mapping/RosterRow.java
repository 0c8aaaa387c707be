package io.partybranch.members.mapping;

import io.partybranch.common.http.Problem;
import java.util.Map;

/** One data row of a roster: its spreadsheet row number (1-based, as Excel shows it) and its non-blank cells. */
public record RosterRow(int number, Map<RosterColumn, String> cells) {

    /** The row as a problem's field, e.g. {@code rows[3]}. */
    public String field() {
        return "rows[" + number + "]";
    }

    public Problem.FieldError error(String property, String message) {
        return new Problem.FieldError(field() + "." + property, message);
    }
}
