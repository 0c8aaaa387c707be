package io.partybranch.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How far ahead "due before missed" looks, in days: an item inside its lead time is urgent (and
 * counts for a district's at-risk list), planned activities and development steps are listed once
 * they fall inside theirs.
 */
@ConfigMapping(prefix = "reporting.due.lead-days")
public interface DueConfig {

    /** A month's, quarter's or year's cadence still unmet this many days before the unit ends is urgent. */
    @WithDefault("10")
    @Min(0)
    @Max(366)
    int cadence();

    /** Planned activities this many days ahead are listed. */
    @WithDefault("14")
    @Min(0)
    @Max(366)
    int planned();

    /** Development steps (an activist's year, the end of probation) falling due within this many days. */
    @WithDefault("30")
    @Min(0)
    @Max(366)
    int development();

    /** A summary deadline this many days ahead. */
    @WithDefault("14")
    @Min(0)
    @Max(366)
    int summary();
}
