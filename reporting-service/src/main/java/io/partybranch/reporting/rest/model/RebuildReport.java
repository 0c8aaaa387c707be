package io.partybranch.reporting.rest.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RebuildReport", description = "What a rebuild of the read models from the event topics read and applied")
public record RebuildReport(
        @Schema(description = "Records read from both topics, up to their ends when the rebuild began") long eventsRead,
        long eventsApplied,
        @Schema(description = "Records that are not valid events, which the live consumer sends to the dead-letter topic") long eventsSkipped,
        OffsetDateTime startedAt, OffsetDateTime finishedAt,
        @Schema(description = "Time of the latest event applied") OffsetDateTime asOf) {
}
