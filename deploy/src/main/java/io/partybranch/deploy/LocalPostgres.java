package io.partybranch.deploy;

import io.partybranch.common.testing.PlatformInfrastructure.DatabaseBootstrap;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL for the local stack from the binaries published on Maven Central (no package
 * install, no Docker), in a data directory that survives restarts, and prepares one schema and role
 * per service. Stays in the foreground; stopping this process stops PostgreSQL cleanly.
 *
 * <p>Usage: {@code LocalPostgres <data-directory> <port>}
 */
public final class LocalPostgres {

    static final List<String> SERVICE_SCHEMAS = List.of("members", "activities", "reporting");

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalPostgres <data-directory> <port>");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "64MB")
                // The embedded server's defaults turn both off. The local stack is durable like production: an
                // acknowledged write survives a killed server (fault scenario F2), and the benchmark measures real commits.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        EmbeddedPostgres postgres = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "postgres-stop"));
        String adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
        for (String schema : SERVICE_SCHEMAS) {
            // Development passwords only: production supplies its own roles and secrets.
            DatabaseBootstrap.ensure(adminUrl, "postgres", "postgres", "partybranch", schema, schema);
        }
        System.out.println("PostgreSQL ready on port " + port + " (data in " + dataDirectory + ")");
        stopped.await();
    }
}
