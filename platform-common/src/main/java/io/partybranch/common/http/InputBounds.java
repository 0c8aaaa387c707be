package io.partybranch.common.http;

import java.time.LocalDate;

/**
 * The bounds every service applies to what a client sends, kept in one place so that the OpenAPI
 * documents, the parsers and the README say the same. Anything outside is a 400 naming the field.
 */
public final class InputBounds {

    /** No record of a Party branch predates 1900, and none is planned past 2100. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    public static final String DATE_RANGE_MESSAGE = "must be a date as yyyy-MM-dd from " + EARLIEST_DATE + " to " + LATEST_DATE;

    /** Longest value of any query parameter; the longest legitimate one (a sort or a period) is far shorter. */
    public static final int MAX_QUERY_VALUE_LENGTH = 200;

    /** Deepest offset a list may be read at (page × size): past it, narrow the filter instead of paging. */
    public static final int MAX_LIST_OFFSET = 100_000;

    private InputBounds() {
    }

    public static boolean withinDateRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** @throws ProblemException 400 on {@code field} when the date lies outside the supported window */
    public static LocalDate requireDateInRange(String field, LocalDate date) {
        if (date != null && !withinDateRange(date)) {
            throw ProblemException.invalid(field, DATE_RANGE_MESSAGE);
        }
        return date;
    }

    /**
     * A period a request asks to compute over: both ends within the window, {@code to} not before
     * {@code from}, and at most {@code maxYears} long, so that no request costs more than a bounded span.
     */
    public static void requirePeriod(String fromField, LocalDate from, String toField, LocalDate to, int maxYears) {
        requireDateInRange(fromField, from);
        requireDateInRange(toField, to);
        if (to.isBefore(from)) {
            throw ProblemException.invalid(toField, "cannot be before " + fromField);
        }
        if (!to.isBefore(from.plusYears(maxYears))) {
            throw ProblemException.invalid(toField, "must lie within " + maxYears + " years of " + fromField
                    + " (a period spans at most " + maxYears + " years)");
        }
    }

    /**
     * Why a text a client sent is refused, or null when it is acceptable: control characters (NUL
     * cannot even be stored), Unicode direction overrides (they make a name read differently than it
     * is stored) and unpaired surrogates. Characters outside the Basic Multilingual Plane are fine:
     * rare Chinese characters in names live there.
     */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)) {
                return "must not contain control characters (U+" + String.format("%04X", (int) c) + ")";
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C || c == 0xFFFE || c == 0xFFFF) {
                return "must not contain Unicode direction or non-characters (U+" + String.format("%04X", (int) c) + ")";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "must not contain unpaired surrogates";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "must not contain unpaired surrogates";
            }
        }
        return null;
    }
}
