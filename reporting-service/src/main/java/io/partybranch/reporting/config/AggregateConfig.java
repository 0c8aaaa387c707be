package io.partybranch.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far back the pre-aggregated month-ends of members (counts, movements, breakdowns) are kept. */
@ConfigMapping(prefix = "reporting.aggregates")
public interface AggregateConfig {

    /** Years of month-ends, counted back from the current month, that district member figures can be asked about. */
    @WithDefault("10")
    int years();
}
