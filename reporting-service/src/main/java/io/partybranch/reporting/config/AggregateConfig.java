package io.partybranch.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far back the pre-aggregated member breakdowns (gender, education, age, 党龄, state) are kept. */
@ConfigMapping(prefix = "reporting.aggregates")
public interface AggregateConfig {

    /** Years of month-ends, counted back from the current month, that district breakdowns can be asked about. */
    @WithDefault("10")
    int breakdownYears();
}
