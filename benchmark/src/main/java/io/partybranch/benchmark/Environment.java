package io.partybranch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine, the commit and the database settings a run was made with: figures mean nothing without them. */
final class Environment {

    private Environment() {
    }

    static Map<String, Object> describe(Database database) {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("commit", command("git", "rev-parse", "--short", "HEAD"));
        environment.put("uncommittedChanges", !command("git", "status", "--porcelain", "--untracked-files=no").isBlank());
        environment.put("cpu", cpu());
        environment.put("cores", Runtime.getRuntime().availableProcessors());
        environment.put("memoryGb", memoryGb());
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        Map<String, Object> durability = new LinkedHashMap<>();
        for (String setting : new String[]{"server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_level",
                "shared_buffers",
                "max_connections"}) {
            durability.put(setting, database.rows("show " + setting).get(0).values().iterator().next());
        }
        environment.put("postgresql", durability);
        return environment;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long memoryGb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
