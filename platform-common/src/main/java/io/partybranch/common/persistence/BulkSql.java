package io.partybranch.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Set-based statements on the current transaction's connection: a column of values is bound as one
 * PostgreSQL array ({@code unnest(?::uuid[], ?::date[], …)}), so a thousand rows cost one statement
 * and one parameter per column, never one parameter per value.
 *
 * <p>Arrays of {@link UUID}, {@link String}, {@link LocalDate}, {@link OffsetDateTime}, {@link Integer},
 * {@link Long}, {@link Boolean} and {@link BigDecimal} are sent as arrays of the matching SQL type; other
 * values are bound as they are.
 */
@ApplicationScoped
public class BulkSql {

    @Inject
    EntityManager entityManager;

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs a statement; @return the update count. */
    public int update(String sql, Object... parameters) {
        return work(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    public <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        return work(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        });
    }

    private <T> T work(ReturningWork<T> work) {
        Session session = entityManager.unwrap(Session.class);
        // Entities written in this transaction must be in the database before plain SQL reads or joins them;
        // a read outside any transaction has nothing to flush (and flushing there is refused).
        if (entityManager.isJoinedToTransaction()) {
            session.flush();
        }
        return session.doReturningWork(work);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Object[] values) {
                statement.setArray(i + 1, array(connection, values));
            } else if (value instanceof LocalDate date) {
                statement.setObject(i + 1, date);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static Array array(Connection connection, Object[] values) throws SQLException {
        String type = switch (values) {
            case UUID[] ignored -> "uuid";
            case LocalDate[] ignored -> "date";
            case OffsetDateTime[] ignored -> "timestamptz";
            case Integer[] ignored -> "int4";
            case Long[] ignored -> "int8";
            case Boolean[] ignored -> "bool";
            case BigDecimal[] ignored -> "numeric";
            case String[] ignored -> "text";
            default -> throw new IllegalArgumentException("no SQL array type for " + values.getClass().getComponentType());
        };
        Object[] sent = values;
        if (values instanceof LocalDate[] || values instanceof OffsetDateTime[]) {
            sent = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                sent[i] = values[i] == null ? null : values[i].toString();
            }
        }
        return connection.createArrayOf(type, sent);
    }
}
