package io.partybranch.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.deploy.faults.Writes;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web console (deploy/console) in headless Chromium, driven by playwright-core from npm, against
 * the real stack that run.sh starts (--no-demo: the data is created here through the API). The browser
 * steps and their assertions are in deploy/console/test/console-browser-test.mjs; this class starts
 * the stack, writes the data, runs the script and checks it passed and left its screenshots.
 */
class ConsoleBrowserIT {

    private static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private static final Path CONSOLE = ROOT.resolve("deploy/console");
    private static final Path SCREENSHOTS = ROOT.resolve("deploy/target/console-screenshots");

    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        // Before the stack: run.sh then finds ECharts installed and copies it beside the console.
        installPackages();
        stack = new LocalStack("console-stack", Map.of());
        stack.start();
        stack.defaultToAdminThroughGateway();
    }

    @AfterAll
    static void stopStack() throws Exception {
        RestAssured.reset();
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aBureauAndASchoolSeeTheirFiguresAndRecordAMeetingInTheBrowser() throws Exception {
        // District 320412, the one run.sh's development bureau token covers: the console's 开发环境登录 offers it.
        String committee = organization("东湖区教育局党委", "ORG_PARTY_COMMITTEE", null);
        String lakeside = organization("东湖小学党支部", "BRANCH", committee);
        String hillside = organization("西山中学党支部", "BRANCH", committee);
        List<String> lakesideMembers = new ArrayList<>();
        for (String name : List.of("林安然", "周明远", "陈思齐")) {
            lakesideMembers.add(Writes.member(lakeside, name).orElseThrow().id());
        }
        for (String name : List.of("吴清和", "郑宁远")) {
            Writes.member(hillside, name).orElseThrow();
        }
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        // One activity already held (the dashboard then has attendance to show: 应到 are the branch's three
        // party members, the one left out counts as absent), one meeting planned for the form.
        String held = plan(lakeside, "THEME_DAY", "主题党日：重温入党誓词", today);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().contentType(ContentType.JSON).body(Map.of("heldOn", today, "attendance", List.of(
                        Map.of("memberId", lakesideMembers.get(0), "status", "PRESENT"),
                        Map.of("memberId", lakesideMembers.get(1), "status", "ABSENT"))))
                        .post("/api/v1/activities/" + held + "/record").then().statusCode(200));
        String planned = plan(lakeside, "GENERAL_MEETING", "支部党员大会", today);
        // The browser compares the page with what the API answers, so reporting must have caught up first.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(
                () -> given().get("/api/v1/statistics/organizations/" + committee + "/branches?period=" + today.substring(0, 7))
                        .then().statusCode(200).body("totals.partyMembers", equalTo(5))
                        .body("totals.activities.THEME_DAY", equalTo(1)).body("totals.attendanceRate", notNullValue()));

        Path fixture = Files.createDirectories(ROOT.resolve("deploy/target")).resolve("console-fixture.json");
        Files.writeString(fixture, """
                {"gateway":"%s","committee":"%s","lakeside":"%s","hillside":"%s","planned":"%s","schoolToken":"%s","today":"%s"}"""
                .formatted(stack.gateway(), committee, lakeside, hillside, planned, TestTokens.school(UUID.fromString(lakeside)), today));
        Result result = run(List.of("node", "test/console-browser-test.mjs", fixture.toString(), SCREENSHOTS.toString()), 240);
        assertEquals(0, result.exitCode(), "the browser test failed:\n" + result.output());
        for (String page : List.of("sign-in", "district", "branch-drilldown", "record-invalid", "branch-after-record", "branch-tablet")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(page + ".png")) > 10_000, "screenshot " + page + ".png is missing or empty");
        }
    }

    private static String organization(String name, String type, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "districtCode", "320412"));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** Planned once activities' roster copy knows the branch (it lags members-service by a moment). */
    private static String plan(String branch, String type, String title, String on) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response response = given().contentType(ContentType.JSON)
                    .body(Map.of("organizationId", branch, "type", type, "title", title, "plannedFor", on)).post("/api/v1/activities");
            return response.statusCode() == 201 ? response.jsonPath().getString("id") : null;
        }, id -> id != null);
    }

    /** playwright-core and ECharts from the lockfile, into the git-ignored node_modules, when not there yet. */
    private static void installPackages() throws Exception {
        Path installed = CONSOLE.resolve("node_modules/.package-lock.json");
        if (Files.exists(CONSOLE.resolve("node_modules/playwright-core/package.json"))
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(CONSOLE.resolve("package-lock.json"))) >= 0) {
            return;
        }
        Result result = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
        assertEquals(0, result.exitCode(), "npm ci in deploy/console failed:\n" + result.output());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws Exception {
        Path output = Files.createTempFile("console-", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(CONSOLE.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
