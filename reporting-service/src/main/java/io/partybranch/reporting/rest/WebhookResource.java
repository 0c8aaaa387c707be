package io.partybranch.reporting.rest;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.reporting.mapping.WebhookMapper;
import io.partybranch.reporting.model.WebhookModels.DeliveryResponse;
import io.partybranch.reporting.model.WebhookModels.ParkedResponse;
import io.partybranch.reporting.model.WebhookModels.ReplayResponse;
import io.partybranch.reporting.model.WebhookModels.SubscriptionRequest;
import io.partybranch.reporting.model.WebhookModels.SubscriptionResponse;
import io.partybranch.reporting.repository.WebhookSubscription;
import io.partybranch.reporting.service.WebhookReplay;
import io.partybranch.reporting.service.WebhookSubscriptionService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "变更推送: the change feed POSTed to a system's URL, signed (Standard Webhooks)")
public class WebhookResource {

    @Inject
    WebhookSubscriptionService subscriptions;

    @Inject
    WebhookReplay replays;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register a webhook subscription", description = "Every later event of the chosen types in the chosen scope (within the token's) is POSTed to the URL as a "
            + "CloudEvent (structured JSON), in feed order, with headers webhook-id (the event id), webhook-timestamp (Unix "
            + "seconds) and webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body> with the secret's key). A failing "
            + "receiver is retried with exponential backoff; an event still failing after reporting.webhooks.give-up-after (25 h) "
            + "is parked and the subscription goes on. The secret is in this answer only.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "A malformed field, or a target on a private, loopback or link-local address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A district or organisation outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull SubscriptionRequest request) {
        WebhookSubscription created = subscriptions.register(request);
        return Response.created(uriInfo.getBaseUriBuilder().path(WebhookResource.class).path(created.id.toString()).build())
                .entity(WebhookMapper.toResponse(created, true)).build();
    }

    @GET
    @Operation(summary = "The caller's webhook subscriptions", description = "Platform administrators see every subscription; oldest first")
    public PageResponse<SubscriptionResponse> list(@Valid @BeanParam PageQuery page) {
        return new PageResponse<>(subscriptions.list(page).stream().map(s -> WebhookMapper.toResponse(s, false)).toList(), page.page,
                page.size, subscriptions.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A webhook subscription, with where its deliveries stand")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionResponse get(@PathParam("id") UUID id) {
        return WebhookMapper.toResponse(subscriptions.get(id), false);
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause deliveries", description = "Events keep their place: after resume they come in order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public SubscriptionResponse pause(@PathParam("id") UUID id) {
        return WebhookMapper.toResponse(subscriptions.setStatus(id, WebhookSubscription.PAUSED), false);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume deliveries", description = "From where they stopped; a pending retry is tried at once")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public SubscriptionResponse resume(@PathParam("id") UUID id) {
        return WebhookMapper.toResponse(subscriptions.setStatus(id, WebhookSubscription.ACTIVE), false);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(summary = "Replace the signing secret", description = "The answer holds the new secret. For reporting.webhooks.previous-secret-validity (24 h) deliveries carry two "
            + "signatures, by the new secret and the old, so a receiver can switch without refusing any")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public SubscriptionResponse rotateSecret(@PathParam("id") UUID id) {
        return WebhookMapper.toResponse(subscriptions.rotateSecret(id), true);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription, its delivery log and its parked events")
    @APIResponse(responseCode = "204")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log: every attempt, newest first", description = "Status code, latency, outcome and error of each attempt")
    public PageResponse<DeliveryResponse> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return new PageResponse<>(subscriptions.deliveries(id, page).stream().map(WebhookMapper::toResponse).toList(), page.page, page.size,
                subscriptions.deliveryCount(id));
    }

    @GET
    @Path("/{id}/parked")
    @Operation(summary = "Events set aside after their retries ran out, in feed order")
    public PageResponse<ParkedResponse> parked(@PathParam("id") UUID id, @QueryParam("open") @DefaultValue("true") boolean open,
            @Valid @BeanParam PageQuery page) {
        return new PageResponse<>(subscriptions.parked(id, open, page).stream().map(WebhookMapper::toResponse).toList(), page.page,
                page.size,
                subscriptions.parkedCount(id, open));
    }

    @POST
    @Path("/{id}/parked/replay")
    @Operation(summary = "Deliver open parked events again, now", description = "Oldest first, up to limit; those that still fail stay parked")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayResponse.class)))
    public ReplayResponse replayAll(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") int limit) {
        return replays.replay(id, null, limit);
    }

    @POST
    @Path("/{id}/parked/{parkedId}/replay")
    @Operation(summary = "Deliver one parked event again, now")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayResponse.class)))
    public ReplayResponse replay(@PathParam("id") UUID id, @PathParam("parkedId") UUID parkedId) {
        return replays.replay(id, parkedId, 1);
    }
}
