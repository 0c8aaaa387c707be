package io.partybranch.members.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** GB 11643 citizen identity numbers: 18 characters, the last a mod-11 check character. */
public final class CitizenIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private CitizenIdNumbers() {
    }

    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }

    /** @return null when valid, otherwise why not (never echoing the number). */
    public static String problem(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return "must be 18 characters: 17 digits and a digit or X";
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return "has a wrong check character (GB 11643)";
        }
        if (birthDate(id) == null) {
            return "contains no valid birth date";
        }
        return null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static LocalDate birthDate(String id) {
        try {
            return LocalDate.parse(id.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The 17th character is odd for men and even for women. */
    public static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Characters a masked number keeps, at its end. */
    public static final int VISIBLE_WHEN_MASKED = 2;

    /**
     * The number with all but its last {@value #VISIBLE_WHEN_MASKED} characters hidden. The region
     * (first six) and the birth date (next eight) must both stay hidden: callers who see a masked
     * number see the birth year too, and with region, year and the last four the number is one of a
     * few dozen. With only the last two, the same caller is left with thousands of candidates.
     */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        int visible = id.length() > VISIBLE_WHEN_MASKED * 4 ? VISIBLE_WHEN_MASKED : 0;
        return "*".repeat(id.length() - visible) + id.substring(id.length() - visible);
    }
}
