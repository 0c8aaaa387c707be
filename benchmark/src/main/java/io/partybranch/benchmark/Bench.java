package io.partybranch.benchmark;

import io.partybranch.deploy.DevTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The whole benchmark against a running stack (benchmark/run.sh starts one): loads a province of the
 * given size through the gateway, checks reporting's figures against a recount, measures the read
 * and write paths, the apply rate, the rebuild and the services' footprint, and writes everything
 * with the machine and the database's durability settings to a results file.
 *
 * <p>Arguments: {@code --branches N --gateway URL --reporting URL --jdbc URL --kafka HOST:PORT --state DIR --out FILE
 * [--seconds S] [--clients C] [--skip-rebuild]}
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int branches = Integer.parseInt(options.getOrDefault("branches", "1000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        String gateway = options.get("gateway");
        Database database = new Database(options.get("jdbc"), "postgres", "postgres");
        Path state = Path.of(options.get("state"));
        String admin = token("benchmark-admin", "platform-admin", null);
        Api api = new Api(gateway, admin);
        Footprint footprint = new Footprint(state);
        footprint.startSampling();

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", OffsetDateTime.now().toString());
        results.put("branchesRequested", branches);
        results.put("environment", Environment.describe(database));

        log("loading a province of " + branches + " branches");
        long started = System.nanoTime();
        Province province = new Province(branches, 2026);
        ProvinceLoader.Loaded loaded = new ProvinceLoader(api, database, Math.max(clients, 6), Bench::log).load(province);
        long written = System.nanoTime();
        database.awaitReporting(Duration.ofHours(3));
        long current = System.nanoTime();
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("districts", loaded.districts().size());
        load.put("branches", loaded.branches().size());
        load.put("people", province.people());
        load.put("heldActivities", database.number("select count(*) from activities.activity where status = 'HELD'"));
        load.put("attendanceRows", database.number("select count(*) from activities.attendance"));
        load.put("eventsCommitted", database.committedEvents("members") + database.committedEvents("activities"));
        load.put("loadSeconds", Hey.round((written - started) / 1e9));
        load.put("reportingCurrentSecondsAfterLastWrite", Hey.round((current - written) / 1e9));
        results.put("load", load);
        log("loaded: " + load);

        UUID province0 = loaded.province();
        ProvinceLoader.LoadedDistrict district = loaded.districts().get(0);
        String districtBureau = token("benchmark-bureau-" + district.code(), "bureau", List.of(district.code()));
        // The province's bureau holds the province's own code (the root's), and so everything under it; its districts'
        // codes alone would not show it the root itself.
        String provinceBureau = token("benchmark-bureau-province", "bureau", List.of(Province.PROVINCE_CODE));
        Map<String, Object> exactness = new LinkedHashMap<>();
        ProvinceCheck check = new ProvinceCheck(database);
        LocalDate from = Province.YEAR_START;
        LocalDate to = Province.YEAR_END;
        exactness.put("province (admin)", attempt(() -> check.differences(api, province0, from, to)));
        exactness.put("province (its bureau)", attempt(() -> check.differences(new Api(gateway, provinceBureau), province0, from, to)));
        exactness.put("district (its bureau)",
                attempt(() -> check.differences(new Api(gateway, districtBureau), district.committee(), from, to)));
        results.put("differencesFromRecount", exactness);
        log("recount: " + exactness);

        ReadPath reads = new ReadPath(gateway, database, clients, seconds);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", admin);
        tokens.put("provinceBureau", provinceBureau);
        tokens.put("districtBureau", districtBureau);
        log("read path");
        results.put("answers", attempt(() -> reads.answers(province0, district.committee(), tokens)));
        results.put("plainSql", attempt(() -> reads.plainSql(province0, district.committee())));
        results.put("gatewayOverhead", attempt(() -> reads.gatewayOverhead(options.get("reporting"), district.committee(), admin)));

        log("write path");
        WritePath writes = new WritePath(api, gateway, admin, database);
        WritePath.School school = writes.school(district.committee(), district.code(), 30);
        results.put("recording", attempt(() -> writes.recording(school, 400, clients)));
        results.put("onboarding", attempt(() -> writes.onboarding(district.committee(), district.code(), 400, 4)));
        results.put("lag", attempt(() -> writes.lag(school.branch(), 500, 30)));

        log("apply rate");
        results.put("applyRate", attempt(() -> new ApplyRate(options.get("kafka"), database).measure(loaded.branches(),
                Math.max(5_000, branches * 5), 10)));

        if (!options.containsKey("skip-rebuild")) {
            log("rebuild");
            long rebuild = System.nanoTime();
            results.put("rebuild", attempt(() -> {
                Map<String, Object> report = Rebuild.run(api, database);
                report.put("seconds", Hey.round((System.nanoTime() - rebuild) / 1e9));
                return report;
            }));
        }
        results.put("footprint", footprint.report());
        results.put("finishedAt", OffsetDateTime.now().toString());
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        log("results written to " + out);
        boolean exact = exactness.values().stream().allMatch(d -> d instanceof List<?> list && list.isEmpty());
        System.exit(exact && failures == 0 ? 0 : 1);
    }

    private static int failures;

    /**
     * One part of the benchmark: a failure is written into the results in its place (and fails the run at
     * the end) rather than losing every figure measured before and after it.
     */
    static Object attempt(Supplier<Object> part) {
        try {
            return part.get();
        } catch (RuntimeException e) {
            failures++;
            log("FAILED: " + e.getMessage());
            return Map.of("error", String.valueOf(e.getMessage()));
        }
    }

    static String token(String subject, String role, List<String> districts) {
        return DevTokens.token(subject, role, districts == null ? null : "districts", districts);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    static void log(String line) {
        System.out.println("[bench " + LocalTime.now().withNano(0) + "] " + line);
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
