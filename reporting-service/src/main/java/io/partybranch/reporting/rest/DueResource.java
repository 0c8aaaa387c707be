package io.partybranch.reporting.rest;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.Problem;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.document.ICalendar;
import io.partybranch.reporting.domain.DueItem;
import io.partybranch.reporting.model.AtRiskBranches;
import io.partybranch.reporting.model.DueList;
import io.partybranch.reporting.service.AtRiskService;
import io.partybranch.reporting.service.DueService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Due before missed", description = "What a branch owes before it is missed, and the branches at risk this month")
public class DueResource {

    public static final String CALENDAR_TYPE = "text/calendar";

    @Inject
    DueService due;

    @Inject
    AtRiskService atRisk;

    @GET
    @Path("/branches/{id}/due")
    @Operation(summary = "A branch's to-do: cadences of this month, quarter and year not yet held, planned activities, development steps, terms and summaries due", description = "Each item says what and how many days are left, e.g. 本月支部委员会尚未召开，剩余5天. Lead times: reporting.due.lead-days.*")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DueList.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DueList branch(@PathParam("id") UUID id) {
        DueService.BranchDue result = due.forBranch(id);
        return new DueList(result.branchId(), result.branchName(), result.today(), result.items().stream()
                .map(i -> new DueList.Item(i.kind(), i.text(), i.dueOn(), i.daysLeft(), i.urgent(), i.type(), i.reference())).toList());
    }

    @GET
    @Path("/branches/{id}/due.ics")
    @Produces(CALENDAR_TYPE)
    @Operation(summary = "The same due items as an iCalendar feed (all-day events on the day each falls due)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = CALENDAR_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("id") UUID id) {
        DueService.BranchDue result = due.forBranch(id);
        String feed = ICalendar.write(result.branchName() + "待办", BusinessCalendar.now(), result.items().stream()
                .map(i -> new ICalendar.Event(uid(result.branchId(), i), i.dueOn(), i.text(), null)).toList());
        return Response.ok(feed, CALENDAR_TYPE + ";charset=UTF-8").build();
    }

    @GET
    @Path("/organizations/{id}/at-risk")
    @Operation(summary = "Branches under an organisation at risk before this month ends, ranked by what they still owe", description = "Cadence units ending by the month's end (every monthly one; a quarter's or a year's in its last month) not yet held.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AtRiskBranches.class)))
    public AtRiskBranches atRisk(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        page.panachePage();
        AtRiskService.AtRisk result = atRisk.forSubtree(id, page.page, page.size);
        return new AtRiskBranches(result.organizationId(), result.organizationName(), result.today(), result.monthEnds(), result.total(),
                result.branches().stream().map(b -> new AtRiskBranches.Branch(b.rank(), b.branchId(), b.branchName(), b.owed(), b.types()))
                        .toList(),
                result.page(), result.size());
    }

    /** Stable while the item is due: the same kind, type, subject and day. */
    private static String uid(UUID branch, DueItem item) {
        return item.kind().toLowerCase(Locale.ROOT) + "-" + item.type() + "-" + item.reference() + "-" + item.dueOn() + "@" + branch
                + ".partybranch";
    }
}
