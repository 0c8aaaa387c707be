package io.partybranch.members.rest.model;

import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.PoliticalStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberRequest", description = "A member as registered in a branch")
public record MemberRequest(
        @NotNull
        @Schema(description = "The branch (BRANCH or JOINT_BRANCH) the member belongs to") UUID organizationId,
        @NotBlank @Size(max = 100)
        @Schema(example = "王晓明") String fullName,
        @NotNull
        @Schema(example = "FEMALE") Gender gender,
        @NotNull @Past
        @Schema(example = "1985-04-12") LocalDate birthDate,
        @NotNull
        @Schema(example = "FULL") PoliticalStatus politicalStatus,
        @NotNull @PastOrPresent
        @Schema(description = "Effective date of the current political status", example = "2010-07-01") LocalDate statusSince,
        @Size(max = 200)
        @Schema(description = "Own unit of a member attached from another unit", example = "实验幼儿园") String ownUnit) {
}
