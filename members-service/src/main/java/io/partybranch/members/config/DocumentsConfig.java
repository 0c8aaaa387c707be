package io.partybranch.members.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * Documents attached to development steps. Bodies are also held to {@code platform.http.max-body-bytes}
 * (1 MiB by default, and the gateway's {@code client_max_body_size}); raise those together with this
 * limit.
 */
@ConfigMapping(prefix = "members.documents")
public interface DocumentsConfig {

    /** The largest document accepted, in bytes. */
    @WithDefault("1048576")
    @Positive
    @Max(16 * 1024 * 1024)
    int maxBytes();

    /** The most documents one step holds. */
    @WithDefault("20")
    @Positive
    int maxPerStep();
}
