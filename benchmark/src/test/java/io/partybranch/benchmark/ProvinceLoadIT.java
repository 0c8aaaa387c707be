package io.partybranch.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        // The loader writes far faster than a school: the gateway's per-client limit is raised for it.
        stack = new LocalStack("province-stack", Map.of("GATEWAY_RATE", "10000"));
        stack.start();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyFigureOfASmallProvinceEqualsARecountOfTheFactsForAdministratorsAndBureaus() {
        String gateway = stack.gateway();
        Database database = new Database("jdbc:postgresql://localhost:" + stack.ports.get("POSTGRES_PORT") + "/partybranch", "postgres",
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
}
