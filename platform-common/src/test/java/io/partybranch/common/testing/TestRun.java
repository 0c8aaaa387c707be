package io.partybranch.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Codes that no earlier test run against the same database used, so that a second run against a
 * persistent database (PLATFORM_TEST_JDBC_URL) finds none of the first run's districts or citizen
 * IDs in its way. Each test JVM draws its run number once from a sequence kept in the server's
 * maintenance database, outside every service's schema; within the run, codes count up.
 */
public final class TestRun {

    /** Province prefixes (GB/T 2260) the generated codes use; 11 and 32 are left to the tests' fixed codes. */
    private static final List<String> PROVINCES = List.of("12", "13", "14", "15", "21", "22", "23", "31", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    private static final int CODES_PER_RUN = 100;
    private static final String PROPERTY = "platform.test.run-number";

    private TestRun() {
    }

    /** This JVM's run number: 1 for the first run against a database, then 2, 3, … */
    public static synchronized long number() {
        String known = System.getProperty(PROPERTY);
        if (known == null) {
            known = Long.toString(draw());
            System.setProperty(PROPERTY, known);
        }
        return Long.parseLong(known);
    }

    /**
     * A valid six-digit district code used by no other test of any run against this database.
     * Up to 100 per run; with 29 provinces of 10,000 codes each that lasts 2,900 runs.
     */
    public static String districtCode() {
        long n = next("districts");
        if (n >= CODES_PER_RUN) {
            throw new IllegalStateException("more than " + CODES_PER_RUN + " fresh district codes in one run");
        }
        long index = (number() * CODES_PER_RUN + n) % (PROVINCES.size() * 10_000L);
        return PROVINCES.get((int) (index / 10_000)) + "%04d".formatted(index % 10_000);
    }

    /**
     * The first six digits of citizen IDs issued by this run's fixtures: this run's own area, so that
     * numbers registered by earlier runs (active members keep them unique) are never drawn again.
     */
    public static String citizenIdArea() {
        long index = number() % (PROVINCES.size() * 10_000L);
        return PROVINCES.get((int) (index / 10_000)) + "%04d".formatted(index % 10_000);
    }

    /**
     * The next value of a counter shared by the whole test JVM, from 0. Quarkus loads test classes
     * again for each test profile, which resets their static fields; this one lives in the system
     * properties (as a string: other libraries read them all as strings).
     */
    public static long next(String counter) {
        String key = "platform.test.counter." + counter;
        synchronized (System.getProperties()) {
            long value = Long.parseLong(System.getProperty(key, "0"));
            System.setProperty(key, Long.toString(value + 1));
            return value;
        }
    }

    private static long draw() {
        PlatformInfrastructure.Database db = PlatformInfrastructure.database();
        try (Connection admin = DriverManager.getConnection(db.jdbcUrl("postgres"), db.adminUser(), db.adminPassword());
                Statement sql = admin.createStatement()) {
            sql.execute("create sequence if not exists platform_test_run");
            try (ResultSet next = sql.executeQuery("select nextval('platform_test_run')")) {
                next.next();
                return next.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not draw a test run number", e);
        }
    }
}
