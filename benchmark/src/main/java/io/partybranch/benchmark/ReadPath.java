package io.partybranch.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answers bureaus ask for, under load from hey, for a platform administrator and for the bureaus'
 * own scoped tokens; and the same figures computed by plain SQL over the raw facts, for comparison.
 */
public final class ReadPath {

    static final String PERIOD = "period=2025-S1";

    private final String gateway;
    private final Database database;
    private final int clients;
    private final int seconds;

    public ReadPath(String gateway, Database database, int clients, int seconds) {
        this.gateway = gateway;
        this.database = database;
        this.clients = clients;
        this.seconds = seconds;
    }

    /** The three answers of the targets, each for each token. */
    public Map<String, Object> answers(UUID province, UUID district, Map<String, String> tokens) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("district", "/api/v1/statistics/organizations/" + district + "/branches?" + PERIOD + "&size=50");
        queries.put("provinceTotals", "/api/v1/statistics/organizations/" + province + "/branches?" + PERIOD + "&size=1");
        queries.put("provincePage", "/api/v1/statistics/organizations/" + province + "/branches?" + PERIOD + "&size=50&page=3");
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Map<String, Object> byToken = new LinkedHashMap<>();
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                if (query.getKey().startsWith("province") && token.getKey().equals("districtBureau")) {
                    continue; // a district's bureau does not see the province
                }
                byToken.put(token.getKey(), Hey.get(gateway + query.getValue(), token.getValue(), clients, seconds).asMap());
            }
            result.put(query.getKey(), byToken);
        }
        return result;
    }

    /** The same request through the gateway and straight to reporting: what the gateway costs in throughput. */
    public Map<String, Object> gatewayOverhead(String reporting, UUID district, String token) {
        String path = "/api/v1/statistics/organizations/" + district + "/branches?" + PERIOD + "&size=50";
        Hey.Result through = Hey.get(gateway + path, token, clients, seconds);
        Hey.Result direct = Hey.get(reporting + path, token, clients, seconds);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("gateway", through.asMap());
        result.put("direct", direct.asMap());
        result.put("throughputCostPercent", Hey.round((1 - through.requestsPerSecond() / direct.requestsPerSecond()) * 100));
        Hey.Result health = Hey.get(reporting + "/q/health/live", token, clients, Math.max(5, seconds / 2));
        result.put("healthDirect", health.asMap());
        return result;
    }

    /**
     * The district and province figures as plain SQL over the raw facts would compute them (people by
     * status on the last day, held activities by type, attendance, units met), timed the same way.
     */
    public Map<String, Object> plainSql(UUID province, UUID district) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("district", time(district, 7));
        result.put("province", time(province, 3));
        return result;
    }

    private Map<String, Object> time(UUID root, int runs) {
        LocalDate from = LocalDate.of(2025, 9, 1);
        LocalDate to = LocalDate.of(2026, 1, 31);
        String branches = "select c.descendant_id from reporting.organization_closure c join reporting.organization_view o on o.id = c.descendant_id "
                + "where c.ancestor_id = ? and o.type in ('BRANCH', 'JOINT_BRANCH')";
        String sql = """
                select
                  (select count(*) from reporting.member_view m where m.organization_id in (%1$s) and (m.full_since <= ? or m.joined_on <= ?)),
                  (select json_object_agg(type, n) from (select type, count(*) n from reporting.activity_view v
                      where v.branch_id in (%1$s) and v.status = 'HELD' and v.held_on between ? and ? group by type) t),
                  (select count(*) filter (where a.status = 'PRESENT') || '/' || count(*) filter (where a.expected)
                      from reporting.attendance_view a join reporting.activity_view v on v.id = a.activity_id
                      where v.branch_id in (%1$s) and v.status = 'HELD' and v.held_on between ? and ?),
                  (select count(*) from (select distinct v.branch_id, v.organization_id, v.type, date_trunc('month', v.held_on)
                      from reporting.activity_view v where v.branch_id in (%1$s) and v.status = 'HELD' and v.held_on between ? and ?) u)
                """
                .formatted(branches);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            database.rows(sql, root, to, to, root, from, to, root, from, to, root, from, to);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(null);
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("runs", runs);
        timing.put("p50Ms", Hey.round(millis.get(millis.size() / 2)));
        timing.put("maxMs", Hey.round(millis.get(millis.size() - 1)));
        return timing;
    }
}
