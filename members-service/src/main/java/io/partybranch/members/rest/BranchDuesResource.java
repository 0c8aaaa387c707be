package io.partybranch.members.rest;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.mapping.DuesMapper;
import io.partybranch.members.model.DuesModels;
import io.partybranch.members.service.BranchDuesService;
import io.partybranch.members.service.DuesBillingService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations/{id}/dues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Party dues", description = "党费 under 《关于中国共产党党费收缴、使用和管理的规定》: a member's base, reliefs, payments and account")
@APIResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such organisation in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BranchDuesResource {

    @Inject
    DuesBillingService billing;

    @Inject
    BranchDuesService branches;

    @POST
    @Path("/bills")
    @Operation(summary = "Issue a branch's dues bills for a month or a run of months", description = "One bill per paying member (预备党员 from the admission month, 正式党员; in normal standing on the month's "
            + "first day) and month, priced by the assessment or relief in force. Months already billed are left alone, so "
            + "issuing again is harmless; members without an assessment for the year are listed, not billed. "
            + "Rules: dues-need-branch, dues-month-not-started")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.BillingResult.class)))
    @APIResponse(responseCode = "409", description = "A dues rule refuses it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DuesModels.BillingResult bill(@PathParam("id") UUID id, @Valid @NotNull DuesModels.BillingRequest request) {
        YearMonth from = YearMonth.parse(request.fromMonth());
        YearMonth to = request.toMonth() == null ? from : YearMonth.parse(request.toMonth());
        return DuesMapper.toResponse(billing.issue(id, from, to));
    }

    @GET
    @Operation(summary = "A branch's dues for a year (党费收缴登记)", description = "Per month: members billed, exempt and paid, amounts billed and paid, the collection rate (收缴率, paid over "
            + "billed), members behind and six months behind at the month's end. Per member: each month's bill and "
            + "months behind today. Counts the bills this branch issued, also of members who have since left it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.BranchYear.class)))
    @APIResponse(responseCode = "409", description = "Rule dues-need-branch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DuesModels.BranchYear year(@PathParam("id") UUID id, @QueryParam("year") @Min(2008) @Max(2100) Integer year) {
        return DuesMapper.toResponse(branches.sheet(id, year == null ? BusinessCalendar.today().getYear() : year));
    }

    @GET
    @Path("/arrears")
    @Operation(summary = "Members behind with their dues, as of today", description = "Most months behind first. sixMonthsBehind marks 连续六个月不交纳党费, which the branch must act on. "
            + "With subtree=true, everything under the organisation: a bureau's committee lists its whole district.")
    public PageResponse<DuesModels.Arrears> arrears(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page,
            @Parameter(description = "Include every organisation under this one") @QueryParam("subtree") @DefaultValue("false") boolean subtree,
            @Parameter(description = "Only members at least this many months behind; 6 lists the flagged ones") @QueryParam("minMonths") @DefaultValue("1") @Min(1) @Max(120) int minMonths) {
        return branches.arrears(id, subtree, minMonths, page).map(DuesMapper::toResponse);
    }
}
