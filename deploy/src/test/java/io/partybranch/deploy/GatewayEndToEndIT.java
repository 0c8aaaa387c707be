package io.partybranch.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole system as deploy/local/run.sh starts it (PostgreSQL, Kafka broker process, three
 * services, nginx gateway), driven only through the gateway.
 *
 * <p>members-service starts with its outbox relay off, so the first test can kill it (SIGKILL)
 * with events committed but unsent, start it again with the relay on, and see nothing lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayEndToEndIT {

    private static LocalStack stack;
    private static Process restartedMembers;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack(Map.of("MEMBERS_EXTRA_OPTS", "-Dplatform.events.relay.enabled=false"));
        stack.start();
        RestAssured.baseURI = stack.gateway();
        RestAssured.config = RestAssured.config().headerConfig(
                io.restassured.config.HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        RestAssured.requestSpecification = new io.restassured.builder.RequestSpecBuilder()
                .setBaseUri(stack.gateway())
                .addHeader("Authorization", "Bearer " + io.partybranch.common.testing.TestTokens.admin()).build();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (restartedMembers != null) {
            restartedMembers.destroy();
            restartedMembers.waitFor(30, TimeUnit.SECONDS);
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void eventsCommittedBeforeAServiceIsKilledArePublishedAfterItRestarts() throws Exception {
        String branch = createBranch("崩溃测试党支部");
        registerMember(branch, "孔令仪");
        // Committed, not sent: reporting has not heard of the branch.
        given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(404);

        long pid = stack.pidOf("members");
        ProcessHandle members = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
        members.onExit().get(30, TimeUnit.SECONDS);

        restartedMembers = startMembersWithRelay();
        awaitMemberCount(branch, 1);
    }

    @Test
    @Order(2)
    void aBranchAndMemberCreatedThroughTheGatewayReachReportingThroughTheBroker() {
        String branch = createBranch("端到端党支部");
        registerMember(branch, "冯清和");
        registerMember(branch, "褚宁远");
        awaitMemberCount(branch, 2);

        // What a bureau downloads, through the gateway: the work summary in Word and the figures in Excel.
        byte[] word = given().queryParam("period", "2026").queryParam("format", "docx").get("/api/v1/summaries/branches/" + branch)
                .then().statusCode(200).contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml"))
                .extract().asByteArray();
        assertEquals("PK", new String(word, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a .docx is a zip");
        given().queryParam("period", "2026").get("/api/v1/summaries/branches/" + branch).then().statusCode(200)
                .body(containsString("支部有党员2名（含预备党员0名）"));
        given().queryParam("period", "2026").get("/api/v1/exports/organizations/" + branch).then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));

        // Rebuilt from the standalone broker's topics, the read models hold the same members.
        given().post("/api/v1/read-models/rebuild").then().statusCode(200).body("eventsApplied", greaterThan(0));
        awaitMemberCount(branch, 2);
    }

    @Test
    @Order(3)
    void theGatewayTagsRequestsAndAnswersProblems() {
        String id = given().header("X-Request-Id", "e2e-trace-1").get("/api/v1/organizations")
                .then().statusCode(200).header("X-Request-Id", "e2e-trace-1").extract().header("X-Request-Id");
        assertEquals("e2e-trace-1", id);
        String generated = given().get("/api/v1/organizations").then().statusCode(200).extract().header("X-Request-Id");
        assertTrue(generated != null && !generated.isBlank(), "the gateway makes up an id when the client sends none");

        given().get("/api/v1/unknown-things").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(1_200_000) + "\"}")
                .post("/api/v1/organizations").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    @Order(4)
    void attendanceIsCheckedAgainstARosterBuiltFromMembersServiceEvents() {
        String branch = createBranch("出勤测试党支部");
        String member = registerMember(branch, "蒋明远");
        String other = registerMember(createBranch("他校党支部"), "韦思齐");
        String meeting = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            io.restassured.response.Response planned = given().contentType(ContentType.JSON)
                    .body(Map.of("organizationId", branch, "type", "GENERAL_MEETING", "title", "党员大会", "plannedFor", "2026-11-01"))
                    .post("/api/v1/activities");
            return planned.statusCode() == 201 ? planned.jsonPath().getString("id") : null;
        }, id -> id != null);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().contentType(ContentType.JSON).body(Map.of("heldOn", "2026-11-01",
                                "attendance", List.of(Map.of("memberId", other, "status", "PRESENT"))))
                        .post("/api/v1/activities/" + meeting + "/record").then().statusCode(409)
                        .body("type", equalTo("/problems/rule-violation/attendee-not-in-branch")));
        // Until the member's own registration reaches the roster copy, they too would be refused: wait for it.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().contentType(ContentType.JSON).body(Map.of("heldOn", "2026-11-01",
                                "attendance", List.of(Map.of("memberId", member, "status", "PRESENT"))))
                        .post("/api/v1/activities/" + meeting + "/record").then().statusCode(200)
                        .body("figures.expected", equalTo(1)).body("figures.present", equalTo(1)));
    }

    @Test
    @Order(5)
    void theServicesBehindTheGatewayCheckTokensAndScopes() {
        given().header("Authorization", "Bearer " + io.partybranch.common.testing.TestTokens.expired())
                .get("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json");
        String branch = createBranch("范围测试党支部");
        String otherSchool = "Bearer " + io.partybranch.common.testing.TestTokens.school(UUID.randomUUID());
        given().header("Authorization", otherSchool).get("/api/v1/organizations/" + branch).then().statusCode(404);
        given().header("Authorization", otherSchool).get("/api/v1/statistics/organizations/" + branch).then().statusCode(404);
    }

    @Test
    @Order(6)
    void aRetriedCreateThroughTheGatewayCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "重试区教育局党委", "type", "ORG_PARTY_COMMITTEE", "districtCode", "320412");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
    }

    private static Process startMembersWithRelay() throws Exception {
        File log = stack.state.resolve("logs/members-restarted.log").toFile();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx192m", "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + stack.ports.get("MEMBERS_PORT"),
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + stack.ports.get("POSTGRES_PORT") + "/partybranch",
                "-Dkafka.bootstrap.servers=localhost:" + stack.ports.get("KAFKA_PORT"),
                "-jar", stack.root.resolve("members-service/target/quarkus-app/quarkus-run.jar").toString()))
                .redirectErrorStream(true).redirectOutput(log).start();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().get("/api/v1/organizations?size=1").statusCode() == 200);
        return process;
    }

    private static String createBranch(String name) {
        String committee = given().contentType(ContentType.JSON)
                .body(Map.of("name", name + "上级党委", "type", "ORG_PARTY_COMMITTEE", "districtCode", "320412"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "BRANCH", "parentId", committee, "districtCode", "320412"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    private static int people;

    private static String registerMember(String branch, String name) {
        java.time.LocalDate birth = java.time.LocalDate.of(1980, 1, 1).plusDays(++people);
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branch, "fullName", name, "gender", "MALE", "birthDate", birth.toString(),
                        "citizenId", citizenId(birth), "politicalStatus", "FULL", "joinedOn", "2009-07-01", "statusSince", "2010-07-01"))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
    }

    /** A valid GB 11643 number of an invented man (odd 17th digit) born on the given day. */
    private static String citizenId(java.time.LocalDate birth) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String first17 = "320412" + birth.toString().replace("-", "") + "011";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static void awaitMemberCount(String branch, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                        .body("members.total", equalTo(expected)));
    }
}
