package io.partybranch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform behind a real identity provider: Keycloak from its distribution on Maven Central,
 * importing deploy/keycloak/partybranch-realm.json, started by {@code run.sh --keycloak} with the
 * services trusting its keys instead of the development key. Every client the realm defines gets a
 * token the way that client would (client credentials, or the browser's authorization-code flow with
 * PKCE), and each role is tried through the gateway on what it may and may not do, with the
 * {@code districts} and {@code organizations} claims as the realm maps them.
 */
class KeycloakIT {

    private static final String PASSWORD = "keycloak-it-" + UUID.randomUUID();
    private static final String DISTRICT = "320412";
    private static final String OTHER_DISTRICT = "320499";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static KeycloakClients keycloak;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String adminToken;
    private static String committee;
    private static String branch;
    private static String otherCommittee;
    private static String otherBranch;

    @BeforeAll
    static void startKeycloakAndStack() throws Exception {
        stack = new LocalStack(Map.of("LOCAL_USER_PASSWORD", PASSWORD));
        stack.start("--keycloak");
        keycloak = new KeycloakClients("http://localhost:" + stack.ports.get("KEYCLOAK_PORT"));
        keycloak.prepareDemoUsers(PASSWORD, List.of());
        adminToken = keycloak.authorizationCode("admin-console", keycloak.redirectUri("admin-console"), KeycloakClients.ADMIN_USER,
                PASSWORD);

        committee = create(adminToken, "{\"name\":\"认证测试区教育局党委\",\"type\":\"ORG_PARTY_COMMITTEE\",\"districtCode\":\"" + DISTRICT + "\"}");
        branch = create(adminToken,
                "{\"name\":\"认证测试党支部\",\"type\":\"BRANCH\",\"parentId\":\"" + committee + "\",\"districtCode\":\"" + DISTRICT + "\"}");
        otherCommittee = create(adminToken,
                "{\"name\":\"他区教育局党委\",\"type\":\"ORG_PARTY_COMMITTEE\",\"districtCode\":\"" + OTHER_DISTRICT + "\"}");
        otherBranch = create(adminToken, "{\"name\":\"他区党支部\",\"type\":\"BRANCH\",\"parentId\":\"" + otherCommittee
                + "\",\"districtCode\":\"" + OTHER_DISTRICT + "\"}");
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyClientOfTheRealmObtainsATokenWithTheClaimsTheServicesRead() throws Exception {
        assertEquals(Set.of("bureau-system", "school-portal", "admin-console", "auditor-tool"), Set.copyOf(keycloak.clientIds()),
                "the clients this test covers are the realm's");
        Map<String, String> roles = Map.of("bureau-system", "bureau", "school-portal", "school", "admin-console", "platform-admin",
                "auditor-tool", "auditor");
        for (String client : keycloak.clientIds()) {
            JsonNode claims = claims(tokenOf(client));
            List<String> audiences = claims.path("aud").isArray() ? strings(claims.path("aud")) : List.of(claims.path("aud").asText());
            assertTrue(audiences.contains("partybranch-api"), client + " audience: " + audiences);
            assertEquals(keycloak.issuer(), claims.path("iss").asText(), client + " issuer");
            assertEquals(List.of(roles.get(client)), strings(claims.path("groups")), client + " carries exactly its role");
        }
        assertEquals(List.of(DISTRICT), strings(claims(tokenOf("bureau-system")).path("districts")), "districts is a list of codes");
        assertEquals(List.of(DISTRICT), strings(claims(tokenOf("auditor-tool")).path("districts")));
        keycloak.prepareDemoUsers(PASSWORD, List.of(branch));
        assertEquals(List.of(branch), strings(claims(tokenOf("school-portal")).path("organizations")), "organizations is a list of ids");
    }

    @Test
    void aPlatformAdministratorMayDoEverything() throws Exception {
        String admin = tokenOf("admin-console");
        assertEquals(200, get(admin, "/api/v1/organizations/" + otherBranch).statusCode());
        assertEquals(201, post(admin, "/api/v1/organizations", branchUnder(otherCommittee, OTHER_DISTRICT)).statusCode());
        // All three services accept the token: activities and reporting too.
        assertEquals(200, get(admin, "/api/v1/activities?size=1").statusCode());
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(admin, "/api/v1/statistics/organizations/" + branch).statusCode() == 200);
    }

    @Test
    void aBureauSeesAndWritesItsDistrictOnly() throws Exception {
        String bureau = keycloak.clientCredentials("bureau-system", KeycloakClients.LOCAL_CLIENT_SECRET);
        assertEquals(200, get(bureau, "/api/v1/organizations/" + branch).statusCode());
        assertEquals(404, get(bureau, "/api/v1/organizations/" + otherBranch).statusCode(), "another district does not exist for it");
        assertEquals(201, post(bureau, "/api/v1/organizations", branchUnder(committee, DISTRICT)).statusCode());
        assertEquals(403, post(bureau, "/api/v1/organizations", branchUnder(otherCommittee, OTHER_DISTRICT)).statusCode());
    }

    @Test
    void aSchoolSeesAndWritesItsOwnSubtreeOnly() throws Exception {
        keycloak.prepareDemoUsers(PASSWORD, List.of(branch));
        String school = tokenOf("school-portal");
        assertEquals(200, get(school, "/api/v1/organizations/" + branch).statusCode());
        assertEquals(404, get(school, "/api/v1/organizations/" + committee).statusCode(), "the committee above is outside the subtree");
        assertEquals(404, get(school, "/api/v1/organizations/" + otherBranch).statusCode());
        assertEquals(201, post(school, "/api/v1/members", member(branch)).statusCode());
        assertEquals(403, post(school, "/api/v1/members", member(otherBranch)).statusCode());
    }

    @Test
    void anAuditorReadsItsDistrictAndWritesNothing() throws Exception {
        String auditor = keycloak.clientCredentials("auditor-tool", KeycloakClients.LOCAL_CLIENT_SECRET);
        assertEquals(200, get(auditor, "/api/v1/organizations/" + branch).statusCode());
        assertEquals(404, get(auditor, "/api/v1/organizations/" + otherBranch).statusCode());
        assertEquals(403, post(auditor, "/api/v1/organizations", branchUnder(committee, DISTRICT)).statusCode());
        assertEquals(403, post(auditor, "/api/v1/members", member(branch)).statusCode());
    }

    @Test
    void tokensTheRealmDidNotIssueForTheApiAreRefused() throws Exception {
        assertEquals(401, get(null, "/api/v1/organizations").statusCode());
        // Keycloak's own administration token: another realm (issuer) and no API audience.
        String masterToken = keycloak.masterAdminToken();
        assertEquals(401, get(masterToken, "/api/v1/organizations").statusCode());
        // A regenerated secret is the only one that works afterwards, as the production checklist expects.
        String secret = keycloak.regenerateSecret("auditor-tool");
        assertEquals(200, get(keycloak.clientCredentials("auditor-tool", secret), "/api/v1/organizations/" + branch).statusCode());
        boolean oldSecretRefused;
        try {
            keycloak.clientCredentials("auditor-tool", KeycloakClients.LOCAL_CLIENT_SECRET);
            oldSecretRefused = false;
        } catch (IllegalStateException refused) {
            oldSecretRefused = refused.getMessage().contains("401");
        }
        assertTrue(oldSecretRefused, "the imported placeholder secret no longer works");
        keycloak.setSecret("auditor-tool", KeycloakClients.LOCAL_CLIENT_SECRET);
    }

    private static String tokenOf(String client) throws Exception {
        if (keycloak.isBrowserClient(client)) {
            String user = client.equals("admin-console") ? KeycloakClients.ADMIN_USER : KeycloakClients.SCHOOL_USER;
            return keycloak.authorizationCode(client, keycloak.redirectUri(client), user, PASSWORD);
        }
        return keycloak.clientCredentials(client, KeycloakClients.LOCAL_CLIENT_SECRET);
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String branchUnder(String parent, String district) {
        return "{\"name\":\"认证测试党支部" + UUID.randomUUID().toString().substring(0, 8) + "\",\"type\":\"BRANCH\",\"parentId\":\""
                + parent + "\",\"districtCode\":\"" + district + "\"}";
    }

    private static int people;

    private static String member(String organization) {
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(++people);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String first17 = "320412" + birth.toString().replace("-", "") + "021";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        String citizenId = first17 + "10X98765432".charAt(sum % 11);
        return "{\"organizationId\":\"" + organization + "\",\"fullName\":\"卫明德\",\"gender\":\"MALE\",\"birthDate\":\"" + birth
                + "\",\"citizenId\":\"" + citizenId
                + "\",\"politicalStatus\":\"FULL\",\"joinedOn\":\"2009-07-01\",\"statusSince\":\"2010-07-01\"}";
    }

    private static String create(String token, String json) throws Exception {
        HttpResponse<String> created = post(token, "/api/v1/organizations", json);
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asText();
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String token, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
