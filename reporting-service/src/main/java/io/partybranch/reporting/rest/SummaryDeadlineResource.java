package io.partybranch.reporting.rest;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.Problem;
import io.partybranch.reporting.mapping.WorkSummaryMapper;
import io.partybranch.reporting.model.PeriodCollection;
import io.partybranch.reporting.model.SummaryDeadlineResponse;
import io.partybranch.reporting.model.SummaryRequests;
import io.partybranch.reporting.service.SummaryDeadlines;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work summary workflow")
public class SummaryDeadlineResource {

    private static final String PERIOD = "2025-S1, 2026, 2026-Q3, 2026-09";

    @Inject
    SummaryDeadlines deadlines;

    @PUT
    @Path("/summaries/organizations/{id}/deadlines/{period}")
    @Operation(summary = "Set the day the branches under this organisation send their summaries of the period by", description = "A bureau for its districts' committees, or the organisation above the branches (a general branch). The nearest deadline above a branch applies to it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummaryDeadlineResponse.class)))
    @APIResponse(responseCode = "409", description = "deadline-needs-superior", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@PathParam("id") UUID id, @PathParam("period") @Parameter(description = PERIOD) String period,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SummaryRequests.Deadline request) {
        PeriodNames.require(period);
        return ETags.ok(WorkSummaryMapper.toResponse(deadlines.set(id, period, request.dueOn(), ifMatch)));
    }

    @GET
    @Path("/summaries/organizations/{id}/periods/{period}")
    @Operation(summary = "Where a period's summaries stand under this organisation: submitted, accepted, returned, late and missing per branch", description = "Totals over the whole subtree and one page of its branches by name. Missing: not submitted and the deadline has passed; late: first submitted after it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PeriodCollection.class)))
    public PeriodCollection standing(@PathParam("id") UUID id, @PathParam("period") @Parameter(description = PERIOD) String period,
            @Valid @BeanParam PageQuery page) {
        PeriodNames.require(period);
        page.panachePage();
        return WorkSummaryMapper.toResponse(deadlines.standing(id, period, page.page, page.size));
    }
}
