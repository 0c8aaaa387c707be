package io.partybranch.common.audit;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.UUID;

/** What of a field's value the audit trail may keep. */
final class PersonalData {

    private PersonalData() {
    }

    static Object masked(String field, Object value) {
        if (value == null) {
            return null;
        }
        String name = field.toLowerCase();
        if (name.contains("citizenid") || name.contains("cipher") || name.contains("hash")) {
            return "(personal data, changed)";
        }
        if (name.contains("birthdate") && value instanceof LocalDate date) {
            // The birth date is eight digits of the citizen ID: the trail keeps the year, as masked answers do.
            return date.getYear() + "-**-**";
        }
        if (name.contains("phone")) {
            String phone = value.toString();
            return phone.length() < 7
                    ? "***"
                    : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        }
        return value instanceof Temporal || value instanceof Enum<?> || value instanceof UUID
                ? value.toString()
                : value;
    }
}
