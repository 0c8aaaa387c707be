package io.partybranch.members.rest;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.mapping.DuesMapper;
import io.partybranch.members.model.DuesModels;
import io.partybranch.members.repository.DuesAssessment;
import io.partybranch.members.service.DuesAccountService;
import io.partybranch.members.service.DuesAssessmentService;
import io.partybranch.members.service.DuesExemptionService;
import io.partybranch.members.service.DuesPaymentService;
import io.partybranch.members.service.MemberService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/dues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Party dues", description = "党费 under 《关于中国共产党党费收缴、使用和管理的规定》: a member's base, reliefs, payments and account")
@APIResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such member (or record of theirs) in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "A dues rule refuses it; type names the rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DuesResource {

    @Inject
    DuesAccountService accounts;

    @Inject
    DuesAssessmentService assessments;

    @Inject
    DuesExemptionService exemptions;

    @Inject
    DuesPaymentService payments;

    @Inject
    MemberService members;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "A member's dues for a year", description = "Each billed month with what was due, paid and when it was paid in full; the year's payments with the months "
            + "they settled (oldest unpaid first); what is outstanding and paid ahead over all years; months behind "
            + "and the six-month flag (连续六个月不交纳党费), as of today")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.Account.class)))
    public DuesModels.Account account(@PathParam("id") UUID id, @QueryParam("year") @Min(2008) @Max(2100) Integer year) {
        return DuesMapper.toResponse(accounts.account(id, year == null ? BusinessCalendar.today().getYear() : year));
    }

    @POST
    @Path("/assessments")
    @Operation(summary = "Set or adjust a member's dues base for a year (党费基数核定)", description = "The monthly amount follows from the category and the after-tax monthly income: salary 0.5 % up to 3,000 元 "
            + "(inclusive), 1 % to 5,000, 1.5 % to 10,000, 2 % above; pension 0.5 % up to 5,000, 1 % above; students and "
            + "members without income 0.20 元. Computed to the fen, rounded half up. Bills already issued from fromMonth to "
            + "December are re-priced (history kept). Rules: dues-for-members-only, dues-before-admission")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DuesModels.AssessmentResponse.class)))
    public Response assess(@PathParam("id") UUID id, @Valid @NotNull DuesModels.AssessmentRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/members/" + id + "/dues/assessments", request, () -> {
            DuesAssessment created = assessments.assess(id, request.year(), request.fromMonth() == null ? 1 : request.fromMonth(),
                    request.category(), request.monthlyIncome(), blankToNull(request.reason()));
            return new IdempotentCreation.Created(location(id, "assessments", created.id), view(created));
        });
    }

    @GET
    @Path("/assessments")
    @Operation(summary = "A member's dues bases, every version, oldest first")
    public List<DuesModels.AssessmentResponse> assessments(@PathParam("id") UUID id,
            @QueryParam("year") @Min(2008) @Max(2100) Integer year) {
        return assessments.history(id, year).stream().map(this::view).toList();
    }

    @GET
    @Path("/assessments/{assessmentId}")
    @Operation(summary = "One dues base")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.AssessmentResponse.class)))
    public DuesModels.AssessmentResponse assessment(@PathParam("id") UUID id, @PathParam("assessmentId") UUID assessmentId) {
        return view(accounts.assessment(id, assessmentId));
    }

    @POST
    @Path("/exemptions")
    @Operation(summary = "Record an approved 免交 or 少交", description = "At most 12 months at once, not overlapping another; a reduction is below the rules' amount. Bills of its "
            + "months are re-priced. Rules: dues-for-members-only, dues-before-admission, dues-exemption-overlaps, "
            + "dues-reduction-not-lower, dues-no-assessment")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DuesModels.ExemptionResponse.class)))
    public Response exempt(@PathParam("id") UUID id, @Valid @NotNull DuesModels.ExemptionRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/members/" + id + "/dues/exemptions", request, () -> {
            var created = exemptions.exempt(id, YearMonth.parse(request.fromMonth()), YearMonth.parse(request.toMonth()),
                    request.kind(), request.reducedAmount(), request.approvedBy(), request.approvedOn(), request.reason());
            return new IdempotentCreation.Created(location(id, "exemptions", created.id), DuesMapper.toResponse(created));
        });
    }

    @GET
    @Path("/exemptions")
    @Operation(summary = "A member's approved exemptions and reductions")
    public List<DuesModels.ExemptionResponse> exemptions(@PathParam("id") UUID id) {
        return exemptions.list(id).stream().map(DuesMapper::toResponse).toList();
    }

    @GET
    @Path("/exemptions/{exemptionId}")
    @Operation(summary = "One exemption or reduction")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.ExemptionResponse.class)))
    public DuesModels.ExemptionResponse exemption(@PathParam("id") UUID id, @PathParam("exemptionId") UUID exemptionId) {
        return DuesMapper.toResponse(accounts.exemption(id, exemptionId));
    }

    @POST
    @Path("/payments")
    @Operation(summary = "Record dues a member paid", description = "Settles the oldest unpaid month first (补交), then goes ahead as a prepayment (预交) of at most the six "
            + "months after the current one, at the current monthly amount. Rules: dues-for-members-only, "
            + "dues-before-admission, dues-prepayment-over-six-months, dues-no-assessment")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DuesModels.PaymentResponse.class)))
    public Response pay(@PathParam("id") UUID id, @Valid @NotNull DuesModels.PaymentRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/members/" + id + "/dues/payments", request, () -> {
            DuesPaymentService.Settled created = payments.record(id, request.paidOn(), request.amount(), request.method(),
                    request.receiptNumber(), request.note());
            return new IdempotentCreation.Created(location(id, "payments", created.payment().id), DuesMapper.toResponse(created));
        });
    }

    @GET
    @Path("/payments/{paymentId}")
    @Operation(summary = "One payment and the months it settled", description = "ETag carries the version for If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.PaymentResponse.class)))
    public Response payment(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return ETags.ok(DuesMapper.toResponse(accounts.payment(id, paymentId)));
    }

    @POST
    @Path("/payments/{paymentId}/corrections")
    @Operation(summary = "Correct a payment as it should have been recorded", description = "The earlier values stay in the dues history. "
            + "Rules: dues-payment-cancelled, dues-before-admission, dues-prepayment-over-six-months")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.PaymentResponse.class)))
    @APIResponse(responseCode = "412", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correct(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DuesModels.PaymentCorrection request) {
        return ETags.ok(DuesMapper.toResponse(payments.correct(id, paymentId, ifMatch, request.paidOn(), request.amount(),
                request.method(), request.receiptNumber(), request.reason())));
    }

    @POST
    @Path("/payments/{paymentId}/cancellation")
    @Operation(summary = "Cancel a payment recorded in error (作废)", description = "It stays, marked cancelled, and counts no more. "
            + "Rule: dues-payment-cancelled")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuesModels.PaymentResponse.class)))
    @APIResponse(responseCode = "412", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DuesModels.PaymentCancellation request) {
        return ETags.ok(DuesMapper.toResponse(payments.cancel(id, paymentId, ifMatch, request.reason())));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every correction of a member's dues: re-priced bills, corrected and cancelled payments")
    public List<DuesModels.HistoryEntry> history(@PathParam("id") UUID id) {
        return accounts.history(id).stream().map(DuesMapper::toResponse).toList();
    }

    private DuesModels.AssessmentResponse view(DuesAssessment assessment) {
        return DuesMapper.toResponse(assessment, assessments.income(assessment), members.mayRevealCitizenIds());
    }

    private URI location(UUID member, String collection, UUID id) {
        return uriInfo.getBaseUriBuilder().path(DuesResource.class).path(collection).path(id.toString()).build(member);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
