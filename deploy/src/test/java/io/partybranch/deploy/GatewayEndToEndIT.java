package io.partybranch.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.partybranch.clients.activities.ApiClient;
import io.partybranch.clients.activities.ApiException;
import io.partybranch.clients.activities.api.ActivitiesApi;
import io.partybranch.clients.activities.model.ActivityRecordRequest;
import io.partybranch.clients.activities.model.ActivityRequest;
import io.partybranch.clients.activities.model.ActivityType;
import io.partybranch.clients.activities.model.AttendanceEntry;
import io.partybranch.clients.activities.model.AttendanceStatus;
import io.partybranch.clients.activities.model.HeldActivity;
import io.partybranch.clients.activities.model.HeldActivityBatchRequest;
import io.partybranch.clients.activities.model.HeldActivityBatchResponse;
import io.partybranch.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system as deploy/local/run.sh starts it (PostgreSQL, Kafka broker process, three
 * services, nginx gateway), driven only through the gateway. Each test sets up what it needs and
 * leaves the stack as it found it, so they pass in any order or alone.
 */
class GatewayEndToEndIT {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack(Map.of());
        stack.start();
        stack.defaultToAdminThroughGateway();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    /**
     * members-service runs with its outbox relay off while the data is written, so the events are
     * committed but unsent when it is killed (SIGKILL); started again with the relay on, it sends them.
     */
    @Test
    void eventsCommittedBeforeAServiceIsKilledArePublishedAfterItRestarts() throws Exception {
        stack.replaceMembers("-Dplatform.events.relay.enabled=false");
        String branch = createBranch("崩溃测试党支部");
        registerMember(branch, "孔令仪");
        // Committed, not sent: reporting has not heard of the branch.
        given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(404);

        stack.kill("members");
        stack.replaceMembers();
        awaitMemberCount(branch, 1);
    }

    @Test
    void aBranchAndMemberCreatedThroughTheGatewayReachReportingThroughTheBroker() {
        String branch = createBranch("端到端党支部");
        registerMember(branch, "冯清和");
        registerMember(branch, "褚宁远");
        awaitMemberCount(branch, 2);

        // What a bureau downloads, through the gateway: the work summary in Word and the figures in Excel.
        byte[] word = given().queryParam("period", "2026").queryParam("format", "docx").get("/api/v1/summaries/branches/" + branch)
                .then().statusCode(200).contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml"))
                .extract().asByteArray();
        assertEquals("PK", new String(word, 0, 2, StandardCharsets.US_ASCII), "a .docx is a zip");
        given().queryParam("period", "2026").get("/api/v1/summaries/branches/" + branch).then().statusCode(200)
                .body(containsString("支部有党员2名（含预备党员0名）"));
        given().queryParam("period", "2026").get("/api/v1/exports/organizations/" + branch).then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));

        // The read models lose the branch's members behind the consumers' back; rebuilt from the standalone
        // broker's topics, they hold them again (a rebuild that did nothing would leave 0).
        try (Connection sql = stack.superuser(); Statement statement = sql.createStatement()) {
            statement.executeUpdate("delete from reporting.member_change where branch_id = '" + branch + "'");
            statement.executeUpdate("delete from reporting.member_view where organization_id = '" + branch + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        awaitMemberCount(branch, 0);
        String job = given().post("/api/v1/read-models/rebuild").then().statusCode(202).extract().header("Location");
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(job).then().statusCode(200).extract().path("state"), state -> !"RUNNING".equals(state));
        given().get(job).then().body("state", equalTo("SUCCEEDED")).body("eventsApplied", greaterThan(0));
        awaitMemberCount(branch, 2);
    }

    @Test
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
    void attendanceIsCheckedAgainstARosterBuiltFromMembersServiceEvents() {
        String branch = createBranch("出勤测试党支部");
        String member = registerMember(branch, "蒋明远");
        String other = registerMember(createBranch("他校党支部"), "韦思齐");
        String meeting = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response planned = given().contentType(ContentType.JSON)
                    .body(Map.of("organizationId", branch, "type", "GENERAL_MEETING", "title", "党员大会", "plannedFor", "2026-11-01"))
                    .post("/api/v1/activities");
            return planned.statusCode() == 201 ? planned.jsonPath().getString("id") : null;
        }, id -> id != null);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().contentType(ContentType.JSON).body(Map.of("heldOn", "2026-11-01",
                        "attendance", List.of(Map.of("memberId", other, "status", "PRESENT"))))
                        .post("/api/v1/activities/" + meeting + "/record").then().statusCode(409)
                        .body("type", equalTo("/problems/rule-violation/attendee-not-in-branch")));
        // Until the member's own registration reaches the roster copy, they too would be refused: wait for it.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().contentType(ContentType.JSON).body(Map.of("heldOn", "2026-11-01",
                        "attendance", List.of(Map.of("memberId", member, "status", "PRESENT"))))
                        .post("/api/v1/activities/" + meeting + "/record").then().statusCode(200)
                        .body("figures.expected", equalTo(1)).body("figures.present", equalTo(1)));
    }

    @Test
    void theServicesBehindTheGatewayCheckTokensAndScopes() {
        given().header("Authorization", "Bearer " + TestTokens.expired())
                .get("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json");
        String branch = createBranch("范围测试党支部");
        String otherSchool = "Bearer " + TestTokens.school(UUID.randomUUID());
        given().header("Authorization", otherSchool).get("/api/v1/organizations/" + branch).then().statusCode(404);
        given().header("Authorization", otherSchool).get("/api/v1/statistics/organizations/" + branch).then().statusCode(404);
    }

    /**
     * A branch's dues of 2026 up to 15 July, imported into members-service from its sheet, billed and
     * paid there, reach reporting as dues-month.updated.v1: 甲 (4,000 a month in work, 1 % = 40.00) paid
     * every month, 乙 (a student, 0.20) none. Billed 7 × 40.20 = 281.40, paid 280.00: 99.5 %; 乙 is
     * seven months behind, flagged in both services.
     */
    @Test
    void aBranchsDuesImportedFromItsSheetShowTheirArrearsAndCollectionRateInReporting() throws Exception {
        // The sheet's figures are those of one day: the clock stops there, and a run moved ahead leaves it unmoved.
        stack.replaceMembers("-Dplatform.clock.fixed=2026-07-15T10:00:00+08:00", "-Dplatform.clock.offset=PT0S");
        try {
            String branch = createBranch("党费端到端党支部");
            registerMember(branch, "甲老师");
            String student = registerMember(branch, "乙同学");
            List<List<String>> rows = List.of(
                    List.of("甲老师", "在职", "4000", "40.00", "40", "40", "40", "40", "40", "40", "40"),
                    List.of("乙同学", "学生", "", "0.20", "", "", "", "", "", "", ""));
            given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(duesSheet(rows))
                    .post("/api/v1/organizations/" + branch + "/dues/import?year=2026").then().statusCode(201)
                    .body("billsIssued", equalTo(14)).body("payments", equalTo(7));
            given().get("/api/v1/organizations/" + branch + "/dues/arrears?minMonths=6").then().statusCode(200)
                    .body("items.memberId", equalTo(List.of(student)));
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> given().queryParam("period", "2026")
                            .get("/api/v1/statistics/organizations/" + branch + "/branches").then()
                            .statusCode(200).body("totals.dues.billed", equalTo(281.40f)).body("totals.dues.paid", equalTo(280.0f))
                            .body("totals.dues.collectionRate", equalTo(0.995f)).body("totals.dues.behindAsOf", equalTo("2026-07"))
                            .body("totals.dues.membersSixMonthsBehind", equalTo(1)));
            given().queryParam("period", "2026").get("/api/v1/summaries/branches/" + branch).then().statusCode(200)
                    .body(containsString("本期支部应交党费281.40元，实交280.00元，收缴率99.5%"));
        } finally {
            stack.replaceMembers();
        }
    }

    /** A 党费收缴 sheet as a branch keeps it: a title row, the header, one row per member. */
    private static byte[] duesSheet(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("党费收缴");
            sheet.createRow(0).createCell(0).setCellValue("2026年党费收缴登记表");
            List<String> header = List.of("姓名", "党费类别", "税后月收入", "月应交党费", "1月", "2月", "3月", "4月", "5月",
                    "6月", "7月");
            for (int r = 0; r <= rows.size(); r++) {
                List<String> values = r == 0 ? header : rows.get(r - 1);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < values.size(); c++) {
                    if (!values.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRetriedCreateThroughTheGatewayCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "重试区教育局党委", "type", "ORG_PARTY_COMMITTEE", "districtCode", "320412");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
    }

    /**
     * An integrating system's view: a branch created through the API appears in the change feed after
     * the cursor it held, and a webhook receiver (a real HTTP server in this JVM, reached by the
     * reporting-service process over loopback, which the local profile allows) gets it signed.
     */
    @Test
    void aChangeMadeThroughTheApiReachesTheFeedAndASignedWebhook() throws Exception {
        String cursor = null;
        while (true) {
            var request = given().queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                break;
            }
        }
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new String[]{headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            JsonPath subscription = given().contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "types",
                            List.of("organization.created.v1")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
            long started = System.nanoTime();
            String branch = createBranch("变更订阅党支部");
            String after = cursor;
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> given().queryParam("after", after).get("/api/v1/changes").then().statusCode(200).extract()
                            .jsonPath().getList("items.subject").contains(branch));
            long inFeed = (System.nanoTime() - started) / 1_000_000;
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> received.stream().anyMatch(delivery -> delivery[3].contains(branch)));
            System.out.printf("change feed: a branch created through the gateway was in the feed after %d ms, at the webhook after %d ms%n",
                    inFeed, (System.nanoTime() - started) / 1_000_000);
            String[] delivery = received.stream().filter(d -> d[3].contains(branch)).findFirst().orElseThrow();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(subscription.getString("secret").substring(6)),
                    "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((delivery[0] + "." + delivery[1] + "."
                    + delivery[3]).getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, delivery[2]);
            given().delete("/api/v1/webhooks/" + subscription.getString("id")).then().statusCode(204);
        } finally {
            receiver.stop(0);
        }
    }

    /**
     * A client generated from activities-service's OpenAPI document (deploy's build: openapi-generator,
     * java/native) records a held meeting through the gateway: the document is complete enough for
     * a client that compiles and speaks the API.
     */
    @Test
    void aClientGeneratedFromTheOpenApiDocumentRecordsAHeldMeeting() {
        String branch = createBranch("生成客户端党支部");
        String member = registerMember(branch, "严守正");
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.gateway());
        String token = TestTokens.admin();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ActivitiesApi activities = new ActivitiesApi(client);
        LocalDate heldOn = LocalDate.of(2026, 11, 2);
        HeldActivityBatchRequest meeting = new HeldActivityBatchRequest()
                .activities(List.of(new HeldActivity()
                        .activity(new ActivityRequest().organizationId(UUID.fromString(branch))
                                .type(ActivityType.GENERAL_MEETING).title("生成客户端党员大会")
                                .plannedFor(heldOn))
                        .record(new ActivityRecordRequest().heldOn(heldOn).place("党员活动室")
                                .attendance(List.of(new AttendanceEntry()
                                        .memberId(UUID.fromString(member)).status(AttendanceStatus.PRESENT))))));
        // A general meeting expects every member of the branch (a committee meeting only its committee). Until the
        // member's registration reaches activities' roster copy, the meeting is refused (409): retry.
        HeldActivityBatchResponse recorded = Awaitility.await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptionsMatching(e -> e instanceof ApiException api
                        && api.getCode() == 409)
                .until(() -> activities.apiV1ActivitiesHeldPost(meeting, UUID.randomUUID().toString()), response -> response != null);
        assertEquals(1, recorded.getRecorded());
        given().get("/api/v1/activities/" + recorded.getActivityIds().get(0)).then().statusCode(200)
                .body("status", equalTo("HELD")).body("figures.expected", equalTo(1)).body("figures.present", equalTo(1));
    }

    /**
     * The curl examples of docs/integration.md, run as a reader runs them (deploy/local/integration-examples.sh:
     * every bash block in order, set -euo pipefail, a call answered 4xx or 5xx fails) with a bureau's token
     * and a school's for a branch of its own. They pass, and they did what the guide says: the retried create
     * replayed, the member's registration reached the webhook receiver, the retried import job was the same
     * job, and the branch holds one planned and five held activities, nothing twice.
     */
    @Test
    void theIntegrationGuidesCurlExamplesWorkAgainstTheStack() throws Exception {
        String branch = createBranch("集成示例党支部");
        Path output = stack.state.resolve("logs/integration-examples.log");
        ProcessBuilder examples = new ProcessBuilder(stack.root.resolve("deploy/local/integration-examples.sh").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        examples.environment().putAll(Map.of("GW", stack.gateway(), "BUREAU_TOKEN", TestTokens.bureau("320412"),
                "SCHOOL_TOKEN", TestTokens.school(UUID.fromString(branch)),
                "ACTIVITIES", "http://localhost:" + stack.ports.get("ACTIVITIES_PORT")));
        Process run = examples.start();
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            run.descendants().forEach(ProcessHandle::destroy);
            run.destroyForcibly();
        }
        String log = Files.readString(output);
        assertTrue(finished, "the examples did not finish within 5 minutes:\n" + log);
        assertEquals(0, run.exitValue(), "the examples failed:\n" + log);
        assertTrue(log.matches("(?s).*\\[examples] all \\d+ blocks passed.*"), log);
        assertTrue(log.toLowerCase(Locale.ROOT).contains("idempotent-replayed: true"), "the retried create was replayed:\n" + log);
        assertTrue(log.contains("\"type\":\"member.registered.v1\""), "the receiver got the registration:\n" + log);
        assertTrue(log.contains("\"status\": \"SUCCEEDED\""), "the import job succeeded:\n" + log);

        given().queryParam("branchId", branch).queryParam("status", "HELD").get("/api/v1/activities").then().statusCode(200)
                .body("total", equalTo(5));
        given().queryParam("branchId", branch).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(6));
        given().queryParam("organizationId", branch).get("/api/v1/members").then().statusCode(200).body("total", equalTo(1));
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
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(++people);
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branch, "fullName", name, "gender", "MALE", "birthDate", birth.toString(),
                        "citizenId", citizenId(birth), "politicalStatus", "FULL", "joinedOn", "2009-07-01", "statusSince", "2010-07-01"))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
    }

    /** A valid GB 11643 number of an invented man (odd 17th digit) born on the given day. */
    private static String citizenId(LocalDate birth) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String first17 = "320412" + birth.toString().replace("-", "") + "011";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static void awaitMemberCount(String branch, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                        .body("members.total", equalTo(expected)));
    }
}
