package io.partybranch.activities.model;

import io.partybranch.activities.domain.Grade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class EvaluationModels {

    private EvaluationModels() {
    }

    @Schema(name = "EvaluationRequest", description = "A democratic evaluation round (民主评议党员): every party member of the branch on heldOn is graded or listed with the reason they were not")
    public record EvaluationRequest(
            @NotNull UUID branchId,
            @NotBlank @Size(max = 50) @Schema(example = "2026年上半年") String period,
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotNull @Size(max = 500) @Valid List<GradeEntry> grades,
            @Size(max = 500) @Valid List<NotEvaluated> notEvaluated) {
    }

    @Schema(name = "GradeEntry")
    public record GradeEntry(@NotNull UUID memberId, @NotNull Grade grade,
            @Size(max = 5000) @Schema(description = "自评") String selfReview,
            @Size(max = 5000) @Schema(description = "互评 summary") String peerReview) {
    }

    @Schema(name = "NotEvaluated")
    public record NotEvaluated(@NotNull UUID memberId, @NotBlank @Size(max = 300) @Schema(example = "病假") String reason) {
    }

    @Schema(name = "TrustBallotRequest", description = "信任度测评: ballots counted per committee member")
    public record TrustBallotRequest(@NotEmpty @Size(max = 10) @Valid List<TrustCount> results) {
    }

    @Schema(name = "TrustCount")
    public record TrustCount(@NotNull UUID memberId, @NotNull @Min(1) Integer ballots, @NotNull @Min(0) Integer trusted) {
    }

    @Schema(name = "TrustResult")
    public record TrustResult(UUID memberId, String fullName, int ballots, int trusted,
            @Schema(example = "0.9600") BigDecimal trustRate) {
    }

    @Schema(name = "Evaluation")
    public record EvaluationResponse(UUID id, UUID branchId, String period, LocalDate heldOn, int evaluated,
            @Schema(description = "Count per grade", example = "{\"EXCELLENT\": 6, \"QUALIFIED\": 15}") Map<Grade, Integer> distribution,
            List<GradedMember> grades, List<NotEvaluated> notEvaluated, List<TrustResult> trustBallots,
            @Schema(description = "Raised by every change (trust ballots); events carry it so readers refuse stale ones") long version) {
    }

    @Schema(name = "GradedMember")
    public record GradedMember(UUID memberId, String fullName, Grade grade, @Schema(example = "优秀") String gradeLabel) {
    }

    @Schema(name = "EvaluationImportResponse", description = "The rounds recorded, in the order of the file")
    public record EvaluationImportResponse(@Schema(example = "2") int recorded, List<UUID> evaluationIds) {
    }
}
