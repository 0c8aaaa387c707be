package io.partybranch.deploy;

import io.partybranch.common.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The real local stack, started through deploy/local/run.sh on free ports in a throw-away folder.
 * The fault suite also kills, pauses and restarts its processes (see {@link #restart}).
 */
public final class LocalStack implements AutoCloseable {

    public final Path root;
    public final Path state;
    public final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    LocalStack(Map<String, String> extraEnvironment) throws IOException {
        this("e2e-stack", extraEnvironment);
    }

    /** @param folder under deploy/target, so that two stacks of one build do not share their state */
    public LocalStack(String folder, Map<String, String> extraEnvironment) throws IOException {
        root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        state = root.resolve("deploy/target/" + folder);
        deleteRecursively(state);
        for (String name : List.of("GATEWAY_PORT", "MEMBERS_PORT", "ACTIVITIES_PORT", "REPORTING_PORT", "POSTGRES_PORT",
                "KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "KEYCLOAK_PORT", "KEYCLOAK_MANAGEMENT_PORT")) {
            int port = freePort();
            ports.put(name, port);
            environment.put(name, Integer.toString(port));
        }
        environment.put("PARTYBRANCH_HOME", state.toString());
        // A test run on a moved business clock moves the stack's clock too (platform.clock.* reach the services as env).
        for (String clock : List.of("platform.clock.offset", "platform.clock.fixed")) {
            String value = System.getProperty(clock);
            if (value != null && !value.isBlank()) {
                environment.put(clock.toUpperCase().replace('.', '_'), value);
            }
        }
        environment.putAll(extraEnvironment);
    }

    /**
     * Replaces the running members-service with one started here with extra JVM options (e.g. the relay
     * off), recorded in the stack's pid file so that {@code run.sh stop} stops it; returns once it is ready.
     */
    void replaceMembers(String... extraOptions) throws Exception {
        kill("members");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx192m", "-XX:+UseSerialGC", "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + ports.get("MEMBERS_PORT"),
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + ports.get("POSTGRES_PORT") + "/partybranch",
                "-Dkafka.bootstrap.servers=localhost:" + ports.get("KAFKA_PORT")));
        command.addAll(List.of(extraOptions));
        command.addAll(List.of("-jar", root.resolve("members-service/target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(state.resolve("logs/members.log").toFile()));
        builder.environment().putAll(environment);
        Process members = builder.start();
        Files.writeString(state.resolve("pids/members.pid"), Long.toString(members.pid()));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .failFast("members-service exited during start-up; see " + state.resolve("logs/members.log"), () -> !members.isAlive())
                .until(() -> ready(ports.get("MEMBERS_PORT")));
    }

    /** Waits until a service answers its readiness check (directly, not through the gateway). */
    public static void awaitReady(int port, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> ready(port));
    }

    private static boolean ready(int port) {
        return RestAssured.given().baseUri("http://localhost:" + port).get("/q/health/ready").statusCode() == 200;
    }

    /**
     * Points RestAssured at this stack's gateway, every request carrying an administrator's token
     * unless it sets its own Authorization (which then replaces it rather than being sent beside it).
     */
    public void defaultToAdminThroughGateway() {
        RestAssured.baseURI = gateway();
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        RestAssured.requestSpecification = new RequestSpecBuilder().setBaseUri(gateway())
                .addHeader("Authorization", "Bearer " + TestTokens.admin()).build();
    }

    /** SIGKILL, as a crash would: no shutdown hook, no flush. Waits until the process is gone. */
    void kill(String component) throws Exception {
        ProcessHandle process = ProcessHandle.of(pidOf(component)).orElse(null);
        if (process == null || !process.isAlive()) {
            return;
        }
        signalPid(process.pid(), "KILL");
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    public String gateway() {
        return "http://localhost:" + ports.get("GATEWAY_PORT");
    }

    public String kafkaBootstrap() {
        return "localhost:" + ports.get("KAFKA_PORT");
    }

    /** The stack's database as its superuser (development credentials of the local stack). */
    public Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + ports.get("POSTGRES_PORT") + "/partybranch",
                "postgres", "postgres");
    }

    public void start() throws Exception {
        start(new String[0]);
    }

    /** Starts with more of run.sh's options, e.g. {@code --keycloak}. */
    public void start(String... extraArguments) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--detach", "--no-build", "--no-demo"));
        arguments.addAll(List.of(extraArguments));
        run(arguments, 420);
    }

    @Override
    public void close() throws Exception {
        run(List.of("stop"), 120);
    }

    public long pidOf(String component) throws IOException {
        return Long.parseLong(Files.readString(state.resolve("pids/" + component + ".pid")).trim());
    }

    /** Sends a signal (KILL, STOP, CONT, TERM) to a component's process. */
    public void signal(String component, String signal) throws Exception {
        signalPid(pidOf(component), signal);
    }

    public static void signalPid(long pid, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + new String(kill.getInputStream().readAllBytes()));
        }
    }

    /**
     * Kills a component with SIGKILL (if it still runs) and starts it again with the command line it
     * had, plus JVM options placed before its main class or jar; its pid file follows the new process.
     */
    public void restart(String component, List<String> extraJvmOptions) throws Exception {
        List<String> command = commandOf(component);
        kill(component);
        List<String> next = new ArrayList<>(command);
        int main = Math.max(next.indexOf("-jar"), next.indexOf("-cp"));
        next.addAll(main < 0 ? 1 : main, extraJvmOptions);
        startProcess(component, next);
    }

    /** Starts one more process (a second instance of a service, say) logged beside the others; stop it with {@link #stopExtra}. */
    public Process startExtra(String name, List<String> command) throws IOException {
        return spawn(command, ProcessBuilder.Redirect.to(state.resolve("logs/" + name + ".log").toFile()));
    }

    public static void stopExtra(Process process) throws Exception {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Live processes, other than the component's own, started with its command line up to the port:
     * a stray instance would answer its readiness check and take its relay lock in its place.
     */
    public List<Long> straysOf(String component) throws IOException {
        long own = pidOf(component);
        List<String> command = commandOf(component);
        String program = command.get(Math.max(command.indexOf("-jar"), command.indexOf("-cp")) + 1);
        return ProcessHandle.allProcesses().filter(p -> p.pid() != own && p.isAlive())
                .filter(p -> {
                    try {
                        return commandOf(p.pid()).contains(program);
                    } catch (IllegalStateException gone) {
                        return false;
                    }
                }).map(ProcessHandle::pid).toList();
    }

    /** The command line a component was started with (java and its arguments). */
    public List<String> commandOf(String component) throws IOException {
        long pid = pidOf(component);
        return commands.computeIfAbsent(component, name -> commandOf(pid));
    }

    private final Map<String, List<String>> commands = new HashMap<>();

    private static List<String> commandOf(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"));
            List<String> parts = new ArrayList<>(List.of(new String(raw, StandardCharsets.UTF_8).split("\u0000")));
            parts.removeIf(String::isEmpty);
            return parts;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the command line of " + pid, e);
        }
    }

    private void startProcess(String component, List<String> command) throws IOException {
        Process process = spawn(command, ProcessBuilder.Redirect.appendTo(state.resolve("logs/" + component + ".log").toFile()));
        Files.writeString(state.resolve("pids/" + component + ".pid"), Long.toString(process.pid()));
    }

    /** In a session of its own (setsid), as run.sh starts the stack's processes. */
    private static Process spawn(List<String> command, ProcessBuilder.Redirect output) throws IOException {
        List<String> full = new ArrayList<>(List.of("setsid"));
        full.addAll(command);
        return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output).start();
    }

    public String log(String component) throws IOException {
        Path log = state.resolve("logs/" + component + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void run(List<String> arguments, int timeoutSeconds) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("deploy/local/run.sh").toString());
        command.addAll(arguments);
        Path output = state.getParent().resolve("e2e-run-" + arguments.get(0).replace("-", "") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Files.createDirectories(state.getParent());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("run.sh " + arguments + " did not finish in " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("run.sh " + arguments + " failed:\n" + Files.readString(output));
        }
    }

    private static int freePort() throws IOException {
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
