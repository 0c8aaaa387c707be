package io.partybranch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the hey HTTP load generator (Debian package "hey") and reads its summary. */
public final class Hey {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(\\d+)% in ([0-9.]+) secs");
    private static final Pattern STATUS = Pattern.compile("\\[(\\d{3})]\\s+(\\d+) responses");

    /** requests per second, latency percentiles in milliseconds, responses by status. */
    public record Result(double requestsPerSecond, Map<Integer, Double> percentilesMs, Map<Integer, Long> statuses) {

        public double p(int percentile) {
            return percentilesMs.getOrDefault(percentile, Double.NaN);
        }

        public long ok() {
            return statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
        }

        public long failed() {
            return statuses.entrySet().stream().filter(e -> e.getKey() / 100 != 2).mapToLong(Map.Entry::getValue).sum();
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("requestsPerSecond", round(requestsPerSecond));
            map.put("p50Ms", round(p(50)));
            map.put("p90Ms", round(p(90)));
            map.put("p99Ms", round(p(99)));
            map.put("ok", ok());
            map.put("failed", failed());
            return map;
        }
    }

    /** GET for a duration with a number of concurrent clients. */
    public static Result get(String url, String token, int clients, int seconds) {
        return run(List.of("-z", seconds + "s", "-c", Integer.toString(clients), "-H", "Authorization: Bearer " + token, url));
    }

    /** POST of one body, a number of times or at a rate (requests per second per client; 0 for as fast as possible). */
    public static Result post(String url, String token, String json, int clients, int requests, int seconds, double ratePerClient) {
        try {
            Path body = Files.createTempFile("hey-body", ".json");
            Files.writeString(body, json, StandardCharsets.UTF_8);
            List<String> arguments = new ArrayList<>(List.of("-m", "POST", "-T", "application/json", "-D", body.toString(),
                    "-c", Integer.toString(clients), "-H", "Authorization: Bearer " + token));
            if (seconds > 0) {
                arguments.addAll(List.of("-z", seconds + "s"));
            } else {
                arguments.addAll(List.of("-n", Integer.toString(requests)));
            }
            if (ratePerClient > 0) {
                arguments.addAll(List.of("-q", Double.toString(ratePerClient)));
            }
            arguments.add(url);
            try {
                return run(arguments);
            } finally {
                Files.deleteIfExists(body);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("hey");
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("hey failed: " + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new IllegalStateException("hey could not run (apt-get install hey)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        double perSecond = rate.find() ? Double.parseDouble(rate.group(1)) : 0;
        Map<Integer, Double> percentiles = new LinkedHashMap<>();
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            percentiles.put(Integer.parseInt(percentile.group(1)), Double.parseDouble(percentile.group(2)) * 1000);
        }
        Map<Integer, Long> statuses = new LinkedHashMap<>();
        Matcher status = STATUS.matcher(output);
        while (status.find()) {
            statuses.put(Integer.parseInt(status.group(1)), Long.parseLong(status.group(2)));
        }
        return new Result(perSecond, percentiles, statuses);
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
    }
}
