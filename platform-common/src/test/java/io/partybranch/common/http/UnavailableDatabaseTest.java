package io.partybranch.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A request that meets a database gone for a moment is told to retry (503), not that the server is broken (500). */
class UnavailableDatabaseTest {

    @Test
    void aLostConnectionIsA503WithRetryAfter() {
        Response response = new ProblemMappers().unexpected(
                new IllegalStateException("Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001")), null);
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertEquals("/problems/unavailable", ((Problem) response.getEntity()).type().toString());
    }

    @Test
    void aDatabaseShuttingDownIsA503() {
        Response response = new ProblemMappers()
                .unexpected(new SQLException("terminating connection due to administrator command", "57P01"), null);
        assertEquals(503, response.getStatus());
    }
}
