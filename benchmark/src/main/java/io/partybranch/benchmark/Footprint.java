package io.partybranch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the services cost to run: how long each took to become ready (from its own start-up line),
 * its resident memory now, and the most it held while the benchmark ran (sampled every two seconds).
 */
final class Footprint {

    private static final List<String> SERVICES = List.of("members", "activities", "reporting", "kafka", "postgres", "gateway");
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final Path state;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();

    Footprint(Path state) {
        this.state = state;
    }

    void startSampling() {
        Thread.ofPlatform().daemon().name("footprint").start(() -> {
            while (true) {
                for (String service : SERVICES) {
                    long rss = rssKb(service);
                    peakKb.merge(service, rss, Math::max);
                }
                Api.sleep(2_000);
            }
        });
    }

    Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Map<String, Object> figures = new LinkedHashMap<>();
            Matcher started = STARTED.matcher(Bench.read(state.resolve("logs/" + service + ".log")));
            if (started.find()) {
                figures.put("readySeconds", Double.parseDouble(started.group(1)));
            }
            figures.put("rssMbNow", rssKb(service) / 1024);
            figures.put("rssMbPeak", peakKb.getOrDefault(service, 0L) / 1024);
            report.put(service, figures);
        }
        return report;
    }

    /** The resident set of the component's process and its children (PostgreSQL's backends). */
    private long rssKb(String service) {
        try {
            Path pidFile = state.resolve("pids/" + service + ".pid");
            if (!Files.exists(pidFile)) {
                return 0;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            long total = 0;
            for (ProcessHandle process : Stream.concat(ProcessHandle.of(pid).stream(),
                    ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)).toList()) {
                Path status = Path.of("/proc/" + process.pid() + "/status");
                if (Files.exists(status)) {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            total += Long.parseLong(line.replaceAll("[^0-9]", ""));
                        }
                    }
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
