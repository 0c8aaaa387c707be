package io.partybranch.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The platform's database as its operator sees it (superuser): how far the consumers have got, and
 * plain SQL over the services' own facts for recounts and for the comparisons the benchmark makes.
 */
public final class Database {

    private final String url;
    private final String user;
    private final String password;

    public Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public long number(String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(sql, parameters);
        Object value = rows.isEmpty() ? null : rows.get(0).values().iterator().next();
        return value == null ? 0 : ((Number) value).longValue();
    }

    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    /** Events every producer has committed (published or not yet). */
    public long committedEvents(String schema) {
        return number("select count(*) from " + schema + ".outbox_event");
    }

    public long processedEvents(String schema) {
        return number("select count(*) from " + schema + ".processed_event");
    }

    /** Waits until activities' roster copy has taken in every members event committed so far. */
    public void awaitRosterCopy() {
        await("activities' roster copy", () -> processedEvents("activities") >= committedEvents("members"), Duration.ofMinutes(60));
    }

    /** Waits until reporting has applied every event both producers committed so far. */
    public void awaitReporting(Duration limit) {
        await("reporting", this::reportingCurrent, limit);
    }

    public boolean reportingCurrent() {
        return processedEvents("reporting") >= committedEvents("members") + committedEvents("activities");
    }

    static void await(String what, BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not catch up within " + limit);
            }
            Api.sleep(200);
        }
    }
}
