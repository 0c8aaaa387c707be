package io.partybranch.reporting.rest;

import io.partybranch.common.http.Problem;
import io.partybranch.reporting.rest.model.OrganizationStatistics;
import io.partybranch.reporting.service.StatisticsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "统计: figures computed from the read models")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Path("/organizations/{id}")
    @Operation(summary = "Current member and activity counts of an organisation", description = "asOf tells how fresh the figures are")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationStatistics.class)))
    @APIResponse(responseCode = "404", description = "No event has named this organisation yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganizationStatistics organization(@PathParam("id") UUID id) {
        return statistics.forOrganization(id);
    }
}
