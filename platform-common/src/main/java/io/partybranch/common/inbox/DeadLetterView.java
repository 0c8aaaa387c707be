package io.partybranch.common.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetter", description = "A record the consumer will not apply as it is, with where it came from and why")
public record DeadLetterView(
        UUID id,
        String topic,
        int partition,
        long offset,
        @Schema(description = "Null when the record was not even a CloudEvent") UUID eventId,
        @Schema(description = "The CloudEvents type, e.g. member.registered.v2") String eventType,
        @Schema(enumeration = {
                "unparseable", "unknown-type", "unknown-version", "contract-violation", "rule-violation",
                "apply-failed"}) String reasonCode,
        String reason,
        OffsetDateTime deadLetteredAt,
        int replayCount,
        OffsetDateTime lastReplayedAt,
        @Schema(description = "Null while open") OffsetDateTime resolvedAt,
        @Schema(enumeration = {"APPLIED", "ALREADY_APPLIED", "APPLIED_BY_REBUILD"}) String resolution,
        @Schema(description = "The record as received; only when one dead letter is read") String payload){

    static DeadLetterView of(DeadLetters.Row row) {
        return new DeadLetterView(row.id(), row.topic(), row.partition(), row.offset(), row.eventId(), row.eventType(), row.reasonCode(),
                row.reason(), row.deadLetteredAt(), row.replayCount(), row.lastReplayedAt(), row.resolvedAt(), row.resolution(),
                row.payload());
    }
}
