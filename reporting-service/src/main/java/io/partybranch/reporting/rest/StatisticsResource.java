package io.partybranch.reporting.rest;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.Problem;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.mapping.SubtreeStatisticsMapper;
import io.partybranch.reporting.model.DevelopmentSteps;
import io.partybranch.reporting.model.OrganizationStatistics;
import io.partybranch.reporting.model.PeriodStatistics;
import io.partybranch.reporting.model.Pipeline;
import io.partybranch.reporting.model.SubtreeStatistics;
import io.partybranch.reporting.service.DevelopmentStepsService;
import io.partybranch.reporting.service.PeriodStatisticsService;
import io.partybranch.reporting.service.PipelineService;
import io.partybranch.reporting.service.SchoolCalendar;
import io.partybranch.reporting.service.StatisticsService;
import io.partybranch.reporting.service.SubtreeStatisticsService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "统计: figures computed from the read models")
public class StatisticsResource {

    @Inject
    SchoolCalendar calendar;

    @Inject
    StatisticsService statistics;

    @Inject
    PeriodStatisticsService periods;

    @Inject
    PipelineService pipelines;

    @Inject
    SubtreeStatisticsService subtrees;

    @Inject
    DevelopmentStepsService developmentSteps;

    @GET
    @Path("/organizations/{id}")
    @Operation(summary = "Current member and activity counts of an organisation", description = "asOf tells how fresh the figures are")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationStatistics.class)))
    @APIResponse(responseCode = "404", description = "No event has named this organisation yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganizationStatistics organization(@PathParam("id") UUID id) {
        return statistics.forOrganization(id);
    }

    @GET
    @Path("/branches/{id}/pipeline")
    @Operation(summary = "Development pipeline and committee term of a branch", description = "Who is at which stage since when, with the current step of each person's development file and its next time limit (overdue when before asOf); activists past a year or within 30 days of it, probations ending within 30 days, conversions late; a committee term ending within 6 months or overdue. asOf defaults to today (Asia/Shanghai).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Pipeline.class)))
    public Pipeline pipeline(@PathParam("id") UUID id,
            @QueryParam("asOf") LocalDate asOf) {
        return pipelines.forBranch(id, asOf != null ? asOf : BusinessCalendar.today());
    }

    @GET
    @Path("/organizations/{id}/development-steps")
    @Operation(summary = "Development files under an organisation: persons by current step, and next time limits overdue", description = "For a district (its bureau committee), a general branch, one branch or a whole province. Persons not yet full "
            + "members, in good standing, suspended or retained, counted by the latest step on their development file, and those "
            + "whose next time limit (the talk within a month of the application, an activist's half-yearly review, a quarterly "
            + "review in probation, the conversion vote when probation ends, an approval within three months of its vote) fell "
            + "before asOf without the step. From development-step.recorded.v1, summed per branch and per ancestor as the events "
            + "arrive. asOf defaults to today (Asia/Shanghai).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DevelopmentSteps.class)))
    @APIResponse(responseCode = "404", description = "No such organisation in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DevelopmentSteps developmentSteps(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        return developmentSteps.forSubtree(id, asOf != null ? asOf : BusinessCalendar.today());
    }

    @GET
    @Path("/organizations/{id}/branches")
    @Operation(summary = "Every branch under an organisation for a period, ranked, with those falling short", description = "For a district (its bureau committee), a general branch, one branch or a whole province. A period spans at most 10 years (within 1900–2100). Served from monthly pre-aggregated tables kept per branch and per ancestor: members on the last day of the period's last month; joins, conversions, transfers and activities over the whole months the period covers; compliance as for one branch. Totals cover the whole subtree. Branches are ranked over the whole subtree by compliance rate, then attendance rate (then name), and one page of the ranking is returned (page, size: 50 by default, at most 200) with the page's branches that missed a required unit and what they missed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubtreeStatistics.class)))
    @APIResponse(responseCode = "404", description = "No such organisation in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubtreeStatistics subtree(@PathParam("id") UUID id,
            @QueryParam("period") String period, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Parameter(description = "Zero-based page of the ranking") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = PageQuery.MAX_SIZE, message = "must be at most "
                    + PageQuery.MAX_SIZE) @Parameter(description = "Branches per page, 1 to 200") int size) {
        return SubtreeStatisticsMapper.toResponse(
                subtrees.forSubtree(id, calendar.period(id, period, from, to), page, size));
    }

    @GET
    @Path("/branches/{id}/period")
    @Operation(summary = "A branch's figures for a period", description = "period: 2026 (year), 2026-Q3, 2026-09, 2025-S1 (Sep–Jan) or 2025-S2 (Feb–Jul), or from/to dates at most 10 years apart (within 1900–2100). Members by status on the last day, joins, conversions, transfers, activities held with attendance, and compliance with the configured cadences (units wholly inside the period and already over).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PeriodStatistics.class)))
    public PeriodStatistics period(@PathParam("id") UUID id,
            @QueryParam("period") String period, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return periods.forBranch(id, calendar.period(id, period, from, to));
    }
}
