package io.partybranch.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real local stack, started through deploy/local/run.sh on free ports in a throw-away folder. */
final class LocalStack implements AutoCloseable {

    final Path root;
    final Path state;
    final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    LocalStack(Map<String, String> extraEnvironment) throws IOException {
        root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        state = root.resolve("deploy/target/e2e-stack");
        deleteRecursively(state);
        for (String name : List.of("GATEWAY_PORT", "MEMBERS_PORT", "ACTIVITIES_PORT", "REPORTING_PORT", "POSTGRES_PORT",
                "KAFKA_PORT", "KAFKA_CONTROLLER_PORT")) {
            int port = freePort();
            ports.put(name, port);
            environment.put(name, Integer.toString(port));
        }
        environment.put("PARTYBRANCH_HOME", state.toString());
        environment.putAll(extraEnvironment);
    }

    String gateway() {
        return "http://localhost:" + ports.get("GATEWAY_PORT");
    }

    void start() throws Exception {
        run(List.of("--detach", "--no-build", "--no-demo"), 300);
    }

    @Override
    public void close() throws Exception {
        run(List.of("stop"), 120);
    }

    long pidOf(String component) throws IOException {
        return Long.parseLong(Files.readString(state.resolve("pids/" + component + ".pid")).trim());
    }

    String log(String component) throws IOException {
        Path log = state.resolve("logs/" + component + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void run(List<String> arguments, int timeoutSeconds) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("deploy/local/run.sh").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(state.getParent().resolve("e2e-run-" + arguments.get(0).replace("-", "") + ".log").toFile());
        builder.environment().putAll(environment);
        Files.createDirectories(state.getParent());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("run.sh " + arguments + " did not finish in " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            Path output = state.getParent().resolve("e2e-run-" + arguments.get(0).replace("-", "") + ".log");
            throw new IllegalStateException("run.sh " + arguments + " failed:\n" + Files.readString(output));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
