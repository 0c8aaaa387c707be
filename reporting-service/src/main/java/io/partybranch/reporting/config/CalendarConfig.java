package io.partybranch.reporting.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Semester dates a district sets for a school year, where they differ from Sep 1 – Jan 31 and
 * Feb 1 – Jul 31: {@code reporting.calendar.semesters."<district>"."<school year>"=2025-08-25..2026-01-23,2026-02-16..2026-07-03}.
 */
@ConfigMapping(prefix = "reporting.calendar")
public interface CalendarConfig {

    Map<String, Map<String, String>> semesters();
}
