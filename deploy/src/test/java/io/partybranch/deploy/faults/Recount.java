package io.partybranch.deploy.faults;

import static io.restassured.RestAssured.given;

import io.partybranch.deploy.LocalStack;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Counts from the source records (members' and activities' own tables, read as the database
 * superuser) against what the other services derived from the events: reporting's read models and
 * figures, and activities' roster copy. A difference below zero is an event lost, above zero one
 * applied twice; a derived row holding an older version than the source is a state applied out of order.
 */
public final class Recount {

    /** One kind of record, per branch: held at the source, and as derived. */
    public record Line(String what, String branch, long source, long derived) {
        long difference() {
            return derived - source;
        }
    }

    public record Result(List<Line> lines, long staleVersions) {
        public long lost() {
            return lines.stream().filter(line -> line.difference() < 0).mapToLong(line -> -line.difference()).sum();
        }

        public long doubled() {
            return lines.stream().filter(line -> line.difference() > 0).mapToLong(Line::difference).sum();
        }

        public boolean exact() {
            return lost() == 0 && doubled() == 0 && staleVersions == 0;
        }

        public long total(String what) {
            return lines.stream().filter(line -> line.what().equals(what)).mapToLong(Line::source).sum();
        }

        @Override
        public String toString() {
            List<String> wrong = lines.stream().filter(line -> line.difference() != 0)
                    .map(line -> line.what() + "@" + line.branch() + ": source " + line.source() + ", derived " + line.derived()).toList();
            return "lost " + lost() + ", doubled " + doubled() + ", stale versions " + staleVersions + (wrong.isEmpty() ? "" : " " + wrong);
        }
    }

    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("members in reporting", new String[]{
                "select organization_id, count(*) from members.member where organization_id = any(?) group by 1",
                "select organization_id, count(*) from reporting.member_view where organization_id = any(?) group by 1"});
        KINDS.put("members in the roster copy", new String[]{
                "select organization_id, count(*) from members.member where organization_id = any(?) group by 1",
                "select organization_id, count(*) from activities.roster_member where organization_id = any(?) group by 1"});
        KINDS.put("honours in reporting", new String[]{
                "select organization_id, count(*) from members.honour where organization_id = any(?) group by 1",
                "select branch_id, count(*) from reporting.honour_view where branch_id = any(?) group by 1"});
        KINDS.put("activities in reporting", new String[]{
                "select branch_id, count(*) from activities.activity where branch_id = any(?) group by 1",
                "select branch_id, count(*) from reporting.activity_view where branch_id = any(?) group by 1"});
    }

    private static final String STALE = """
            select (select count(*) from members.member m join reporting.member_view v on v.id = m.id
                    where m.organization_id = any(?) and v.version <> m.version)
                 + (select count(*) from members.member m join activities.roster_member r on r.id = m.id
                    where m.organization_id = any(?) and r.version <> m.version)""";

    private Recount() {
    }

    public static Result of(LocalStack stack, List<String> branches) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (Connection sql = stack.superuser()) {
            Array ids = sql.createArrayOf("uuid", branches.stream().map(UUID::fromString).toArray());
            for (Map.Entry<String, String[]> kind : KINDS.entrySet()) {
                Map<String, Long> source = counts(sql, kind.getValue()[0], ids);
                Map<String, Long> derived = counts(sql, kind.getValue()[1], ids);
                for (String branch : branches) {
                    lines.add(new Line(kind.getKey(), branch, source.getOrDefault(branch, 0L), derived.getOrDefault(branch, 0L)));
                }
            }
            long stale;
            try (PreparedStatement query = sql.prepareStatement(STALE)) {
                query.setArray(1, ids);
                query.setArray(2, ids);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    stale = row.getLong(1);
                }
            }
            return new Result(lines, stale);
        }
    }

    /**
     * Waits for the derived records to equal the source ones, and checks reporting's own figure of each
     * branch's members through the gateway too. @return the exact result and how long it took
     */
    public static Converged awaitExact(LocalStack stack, List<String> branches, Duration atMost) {
        long start = System.nanoTime();
        Result[] last = new Result[1];
        try {
            Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                last[0] = of(stack, branches);
                return last[0].exact();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not converged within " + atMost + ": " + last[0], e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        for (String branch : branches) {
            long members = last[0].lines().stream()
                    .filter(line -> line.what().equals("members in reporting") && line.branch().equals(branch))
                    .mapToLong(Line::source).sum();
            int figure = given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200).extract().path("members.total");
            if (figure != members) {
                throw new AssertionError("reporting says " + figure + " members of " + branch + ", the source holds " + members);
            }
        }
        return new Converged(last[0], took);
    }

    public record Converged(Result result, Duration took) {
    }

    private static Map<String, Long> counts(Connection sql, String query, Array ids) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
