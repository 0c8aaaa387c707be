package io.partybranch.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator and its loader at a small size, against the real stack (deploy/local/run.sh on free
 * ports): every figure reporting gives for the province and its district, to an administrator and to
 * the bureaus' own tokens, equals a recount over the facts members-service and activities-service hold.
 * Exactness only; speed is the benchmark's (benchmark/run.sh).
 */
class ProvinceLoadIT {

    private static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private static final Path STATE = ROOT.resolve("benchmark/target/it-stack");
    private static final Map<String, String> ENVIRONMENT = new HashMap<>();

    @BeforeAll
    static void startStack() throws Exception {
        deleteRecursively(STATE);
        for (String name : List.of("GATEWAY_PORT", "MEMBERS_PORT", "ACTIVITIES_PORT", "REPORTING_PORT", "POSTGRES_PORT", "KAFKA_PORT",
                "KAFKA_CONTROLLER_PORT")) {
            ENVIRONMENT.put(name, Integer.toString(freePort()));
        }
        ENVIRONMENT.put("PARTYBRANCH_HOME", STATE.toString());
        ENVIRONMENT.put("GATEWAY_RATE", "10000");
        runSh(List.of("--detach", "--no-build", "--no-demo"), 300);
    }

    @AfterAll
    static void stopStack() throws Exception {
        runSh(List.of("stop"), 120);
    }

    @Test
    void everyFigureOfASmallProvinceEqualsARecountOfTheFactsForAdministratorsAndBureaus() {
        String gateway = "http://localhost:" + ENVIRONMENT.get("GATEWAY_PORT");
        Database database = new Database("jdbc:postgresql://localhost:" + ENVIRONMENT.get("POSTGRES_PORT") + "/partybranch", "postgres",
                "postgres");
        Api admin = new Api(gateway, Bench.token("it-admin", "platform-admin", null));
        Province province = new Province(6, 42);
        ProvinceLoader.Loaded loaded = new ProvinceLoader(admin, database, 4, line -> {
        }).load(province);
        database.awaitReporting(Duration.ofMinutes(5));

        assertEquals(6, loaded.branches().size());
        assertTrue(database.number("select count(*) from activities.activity where status = 'HELD'") > 200, "a school year of meetings");
        ProvinceCheck check = new ProvinceCheck(database);
        ProvinceLoader.LoadedDistrict district = loaded.districts().get(0);
        Api bureau = new Api(gateway, Bench.token("it-bureau", "bureau", List.of(district.code())));
        List<String> differences = new ArrayList<>();
        for (LocalDate[] period : List.of(new LocalDate[]{Province.YEAR_START, Province.YEAR_END},
                new LocalDate[]{LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31)})) {
            differences.addAll(prefixed("province, admin", check.differences(admin, loaded.province(), period[0], period[1])));
            differences.addAll(prefixed("district, its bureau", check.differences(bureau, district.committee(), period[0], period[1])));
            differences.addAll(
                    prefixed("a branch, its bureau", check.differences(bureau, district.branches().get(0).id(), period[0], period[1])));
        }
        assertEquals(List.of(), differences);
        // The recount is not empty: the comparison compares something.
        Map<String, Long> figures = check.recount(loaded.province(), Province.YEAR_START, Province.YEAR_END);
        assertTrue(figures.get("partyMembers") > 100 && figures.get("complianceMet") > 100, figures.toString());
    }

    private static List<String> prefixed(String scope, List<String> differences) {
        return differences.stream().map(d -> scope + ": " + d).toList();
    }

    private static void runSh(List<String> arguments, int timeoutSeconds) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("deploy/local/run.sh").toString());
        command.addAll(arguments);
        Files.createDirectories(STATE.getParent());
        Path output = STATE.getParent().resolve("it-run-" + arguments.get(0).replace("-", "") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(ENVIRONMENT);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("run.sh " + arguments + " did not finish in " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("run.sh " + arguments + " failed:\n" + Files.readString(output));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
