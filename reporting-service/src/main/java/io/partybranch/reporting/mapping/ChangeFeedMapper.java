package io.partybranch.reporting.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns a stored event into what a caller receives: the CloudEvent as published, with personal data
 * masked as members-service masks it in its own responses. A caller whose role may not see citizen
 * IDs sees no birth date either, only the birth year (events carry no ID number and no phone).
 */
public final class ChangeFeedMapper {

    private ChangeFeedMapper() {
    }

    public static ObjectNode toCloudEvent(ObjectMapper json, String stored, boolean revealPersonalData) {
        ObjectNode event;
        try {
            event = (ObjectNode) json.readTree(stored);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("a stored change event is not a JSON object", e);
        }
        if (!revealPersonalData && event.get("data") instanceof ObjectNode data) {
            mask(data);
        }
        return event;
    }

    static void mask(ObjectNode data) {
        if (!data.has("birthDate")) {
            return;
        }
        String birthDate = data.path("birthDate").asText(null);
        data.remove("birthDate");
        try {
            if (birthDate != null) {
                data.put("birthYear", LocalDate.parse(birthDate).getYear());
            }
        } catch (DateTimeParseException e) {
            // an unreadable date is withheld whole
        }
    }
}
