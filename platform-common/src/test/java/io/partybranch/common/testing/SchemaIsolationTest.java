package io.partybranch.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Each service's role owns its schema and cannot read another service's. */
class SchemaIsolationTest {

    @Test
    void aServiceRoleCannotReadAnotherServicesSchema() throws SQLException {
        String url = PlatformInfrastructure.ensureServiceSchema("isolation_a");
        PlatformInfrastructure.ensureServiceSchema("isolation_b");
        try (Connection b = DriverManager.getConnection(url, "isolation_b", "isolation_b"); Statement sql = b.createStatement()) {
            sql.execute("create table if not exists secret (value text)");
            sql.execute("insert into secret values ('only b reads this')");
        }
        try (Connection a = DriverManager.getConnection(url, "isolation_a", "isolation_a"); Statement sql = a.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.executeQuery("select * from isolation_b.secret"));
            assertEquals("42501", refused.getSQLState(), "insufficient privilege, not a missing table");
            SQLException noPublic = assertThrows(SQLException.class, () -> sql.execute("create table public.sneaky (x int)"));
            assertEquals("42501", noPublic.getSQLState());
        }
    }
}
