package io.partybranch.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Draws the results files of a folder as one SVG: for each size of province (the latest run of
 * each), the p99 of the three answers the targets name, beside their targets, and what plain SQL over
 * the raw facts takes for the same figures. Usage: {@code Chart <results-folder> <chart.svg>}.
 */
public final class Chart {

    private static final String[] SERIES = {"district", "provinceTotals", "provincePage"};
    private static final String[] LABELS = {"district (50 of its branches)", "province totals", "province, one page of 50"};
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f"};

    private Chart() {
    }

    public static void main(String[] args) throws IOException {
        Map<Integer, JsonNode> latest = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode result = Api.JSON.readTree(file.toFile());
                if (result.has("load") && result.has("answers")) {
                    latest.put(result.get("load").get("branches").asInt(), result);
                }
            }
        }
        Files.writeString(Path.of(args[1]), svg(latest));
    }

    static String svg(Map<Integer, JsonNode> runs) {
        int width = 920;
        int height = 420;
        int left = 70;
        int bottom = 340;
        int top = 40;
        double max = 100;
        for (JsonNode run : runs.values()) {
            for (String series : SERIES) {
                max = Math.max(max, p99(run, series));
            }
        }
        max = Math.ceil(max / 50) * 50;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"").append(left)
                .append("\" y=\"22\" font-size=\"15\">p99 of the answers (admin token), ms, by size of province; dashed: targets</text>\n");
        int plotWidth = width - left - 260;
        for (int tick = 0; tick <= 5; tick++) {
            double value = max * tick / 5;
            double y = bottom - (bottom - top) * value / max;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", left,
                    left + plotWidth, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", left - 6, y + 4, value));
        }
        for (double target : new double[]{50, 100}) {
            double y = bottom - (bottom - top) * target / max;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c00\" stroke-dasharray=\"6 4\"/>%n",
                    left, left + plotWidth, y, y));
        }
        List<Integer> sizes = new ArrayList<>(runs.keySet());
        double group = sizes.isEmpty() ? plotWidth : (double) plotWidth / sizes.size();
        double bar = group / (SERIES.length + 1);
        for (int g = 0; g < sizes.size(); g++) {
            JsonNode run = runs.get(sizes.get(g));
            for (int s = 0; s < SERIES.length; s++) {
                double value = p99(run, SERIES[s]);
                double x = left + g * group + bar / 2 + s * bar;
                double h = (bottom - top) * Math.min(value, max) / max;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                        x, bottom - h, bar * 0.9, h, COLOURS[s]));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\">%.0f</text>%n",
                        x + bar * 0.45, bottom - h - 4, value));
            }
            JsonNode sql = run.path("plainSql");
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d branches</text>%n",
                    left + g * group + group / 2, bottom + 18, sizes.get(g)));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">plain SQL: district %.0f ms, province %.0f ms</text>%n",
                    left + g * group + group / 2, bottom + 34, sql.path("district").path("p50Ms").asDouble(),
                    sql.path("province").path("p50Ms").asDouble()));
        }
        for (int s = 0; s < SERIES.length; s++) {
            int y = top + 10 + s * 22;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>%n",
                    left + plotWidth + 20, y, COLOURS[s]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", left + plotWidth + 40, y + 12, LABELS[s]));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#c00\">targets: 50 ms (district, page), 100 ms (province totals)</text>%n",
                left + plotWidth + 20, top + 90));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double p99(JsonNode run, String series) {
        return run.path("answers").path(series).path("admin").path("p99Ms").asDouble(0);
    }
}
