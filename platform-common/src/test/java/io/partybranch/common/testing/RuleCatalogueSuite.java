package io.partybranch.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service's OpenAPI document publishes its rule catalogue: ids unique, each with a Chinese title and an English description. */
public abstract class RuleCatalogueSuite {

    @Test
    void theDocumentPublishesTheRuleCatalogue() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().header("Authorization", AdminTokenByDefault.NO_TOKEN)
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode catalogue = document.path("x-rule-catalogue");
        assertTrue(catalogue.isArray() && !catalogue.isEmpty(), "x-rule-catalogue lists the rules");
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : catalogue) {
            String id = rule.path("id").asText();
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case id: " + id);
            assertTrue(ids.add(id), "unique id: " + id);
            assertTrue(rule.path("title").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "Chinese title for " + id);
            assertFalse(rule.path("description").asText().isBlank(), "description for " + id);
        }
        JsonNode enumeration = document.path("components").path("schemas").path("RuleId").path("enum");
        assertTrue(enumeration.size() == ids.size(), "RuleId enumerates the same ids");
    }
}
