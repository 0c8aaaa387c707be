package io.partybranch.reporting.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WebhookModels {

    private WebhookModels() {
    }

    @Schema(description = "A webhook subscription to register")
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s@]+", message = "must be an http or https URL without user information") @Schema(description = "Where deliveries are POSTed. Private, loopback and link-local addresses are refused unless configuration allows them") String url,
            @Size(max = 30) @Schema(description = "Event types to deliver, e.g. activity.held.v1; empty or absent: every type") List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*", message = "must be an event type such as activity.held.v1") String> types,
            @Size(max = 50) @Schema(description = "District codes whose organisations to deliver; must be the token's own (bureaus, auditors)") List<@NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a six-digit district code") String> districts,
            @Size(max = 50) @Schema(description = "Organisations whose subtrees to deliver; must lie in the token's scope. "
                    + "Neither districts nor organizationIds: the token's whole scope") List<@NotNull UUID> organizationIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionResponse(
            UUID id, String url, List<String> types,
            @Schema(description = "Null for a platform administrator's subscription to everything") List<String> districts,
            List<UUID> organizationIds,
            @Schema(enumeration = {
                    "ACTIVE", "PAUSED"}) String status,
            @Schema(description = "Only in the answer to a registration or a rotation: keep it, it is not shown again") String secret,
            @Schema(description = "Until when the secret a rotation replaced still signs deliveries beside the new one") OffsetDateTime previousSecretValidUntil,
            @Schema(description = "The feed cursor of the last event delivered or parked") String deliveredUpTo,
            @Schema(description = "Failed attempts at the next event") int failedAttempts,
            OffsetDateTime failingSince, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt){
    }

    public record DeliveryResponse(UUID id, UUID eventId, String eventType, int attempt, OffsetDateTime attemptedAt,
            @Schema(description = "The receiver's status code; absent when no answer came (timeout, refused connection, refused target)") Integer statusCode,
            long latencyMs,
            @Schema(enumeration = {
                    "DELIVERED", "FAILED", "PARKED", "REPLAYED"}) String outcome,
            String error){
    }

    public record ParkedResponse(UUID id, UUID eventId, String eventType, OffsetDateTime parkedAt, String reason, int attempts,
            OffsetDateTime replayedAt) {
    }

    public record ReplayResponse(@Schema(description = "Parked events delivered now") int delivered,
            @Schema(description = "Parked events whose receiver still fails; they stay parked") int stillFailing) {
    }
}
