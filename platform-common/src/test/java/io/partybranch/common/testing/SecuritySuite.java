package io.partybranch.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Run against every operation of the service's own OpenAPI document, so a new endpoint is covered
 * the day it is added. A service's test class extends this with {@code @QuarkusTest}.
 */
public abstract class SecuritySuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Operation(String method, String path, String contentType) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    protected List<Operation> operations() throws Exception {
        JsonNode document = JSON.readTree(given().header("Authorization", AdminTokenByDefault.NO_TOKEN)
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                Iterator<String> types = method.getValue().path("requestBody").path("content").fieldNames();
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), types.hasNext() ? types.next() : null));
            }
        }
        assertTrue(!operations.isEmpty(), "the OpenAPI document lists the service's operations");
        return operations;
    }

    private static Response call(Operation operation, String authorization) {
        RequestSpecification request = given().header("Authorization", authorization);
        if (operation.contentType() != null) {
            request = request.contentType(operation.contentType())
                    .body(operation.contentType().contains("json") ? "{}".getBytes() : new byte[]{1, 2, 3});
        }
        return request.request(operation.method(), operation.concretePath());
    }

    @Test
    void everyOperationRefusesMissingAndBrokenTokens() throws Exception {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("no token", AdminTokenByDefault.NO_TOKEN);
        broken.put("expired", "Bearer " + TestTokens.expired());
        broken.put("signed by another key", "Bearer " + TestTokens.signedByAnotherKey());
        broken.put("alg none", "Bearer " + TestTokens.unsigned());
        broken.put("wrong issuer", "Bearer " + TestTokens.wrongIssuer());
        broken.put("wrong audience", "Bearer " + TestTokens.wrongAudience());
        broken.put("not a JWT", "Bearer not-a-token");
        for (Operation operation : operations()) {
            for (Map.Entry<String, String> token : broken.entrySet()) {
                Response response = call(operation, token.getValue());
                assertEquals(401, response.statusCode(), operation + " with " + token.getKey() + ": " + response.asString());
                assertEquals("/problems/unauthorized", response.jsonPath().getString("type"), operation + " with " + token.getKey());
            }
        }
    }

    @Test
    void aReadOnlyRoleCannotWriteAnywhere() throws Exception {
        String auditor = "Bearer " + TestTokens.auditor("320412");
        int writes = 0;
        for (Operation operation : operations()) {
            if (!operation.method().equals("GET")) {
                writes++;
                Response response = call(operation, auditor);
                assertEquals(403, response.statusCode(), operation + " as auditor: " + response.asString());
                assertEquals("/problems/forbidden", response.jsonPath().getString("type"));
            }
        }
        // Every service has writes; a document that listed none would leave this test proving nothing.
        assertTrue(writes > 0, "the OpenAPI document lists no write operation to try");
    }

    @Test
    void aTokenWithoutAPlatformRoleIsRefused() throws Exception {
        String stranger = "Bearer " + TestTokens.builder("stranger", "some-other-role").sign("dev-jwt/private-key.pem");
        for (Operation operation : operations()) {
            assertEquals(403, call(operation, stranger).statusCode(), operation.toString());
        }
    }

    @Test
    void operatorEndpointsStayOpen() {
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/ready").then().statusCode(200);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/live").then().statusCode(200);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/openapi").then().statusCode(200);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/swagger-ui/").then().statusCode(200);
        String document = given().header("Authorization", AdminTokenByDefault.NO_TOKEN).queryParam("format", "json")
                .get("/q/openapi").then().extract().asString();
        assertTrue(document.contains("\"bearer\""), "the document declares the bearer scheme, so Swagger UI can send a token");
    }
}
