package io.partybranch.common.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RebuildStatus", description = "A rebuild from the event topics: its state and progress")
public record RebuildStatus(
        UUID id,
        @Schema(enumeration = {
                "RUNNING", "SUCCEEDED", "FAILED",
                "ABANDONED"}, description = "ABANDONED: the process running it stopped; start another") String state,
        @Schema(description = "Records read so far (of the current attempt)") long recordsDone,
        @Schema(description = "Records in the topics up to their ends when the attempt began; null until known") Long recordsTotal,
        long eventsApplied,
        @Schema(description = "Records skipped because they never apply: the ones the live consumer dead-letters") long eventsSkipped,
        @Schema(description = "1, or more when a record that failed while being applied had to be set aside and the replay started over") int attempts,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "Time of the latest event applied, once it succeeded") OffsetDateTime asOf,
        @Schema(description = "Why it failed") String error){
}
