package io.partybranch.common.audit;

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
        if (name.contains("phone")) {
            String phone = value.toString();
            return phone.length() < 7 ? "***" : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        }
        return value instanceof java.time.temporal.Temporal || value instanceof Enum<?> || value instanceof java.util.UUID
                ? value.toString() : value;
    }
}
