package io.partybranch.members.model;

import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.PoliticalStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberRequest", description = "A member as registered in a branch. Earlier pipeline dates may be back-filled; they must be in order.")
public record MemberRequest(
        @NotNull @Schema(description = "The branch (BRANCH or JOINT_BRANCH) the member belongs to") UUID organizationId,
        @NotBlank @Size(max = 100) @Schema(example = "王晓明") String fullName,
        @NotNull @Schema(example = "FEMALE") Gender gender,
        @Size(max = 40) @Schema(example = "汉族") String ethnicity,
        @NotNull @Past @Schema(example = "1985-04-12") LocalDate birthDate,
        @NotBlank @Size(max = 40) @Schema(description = "身份证号, 18 characters (GB 11643); stored encrypted, answered masked", example = "32041219850412002X") String citizenId,
        @Schema(example = "BACHELOR") Education education,
        @Size(max = 100) @Schema(example = "语文教师") String jobTitle,
        @Pattern(regexp = Patterns.PHONE, message = "must be a mainland mobile (11 digits) or landline number") @Schema(example = "13800000000") String phone,
        @NotNull @Schema(example = "FULL") PoliticalStatus politicalStatus,
        @NotNull @PastOrPresent @Schema(description = "Effective date of the current political status", example = "2011-07-01") LocalDate statusSince,
        @PastOrPresent @Schema(description = "入党申请 date") LocalDate appliedOn,
        @PastOrPresent @Schema(description = "Became activist") LocalDate activistSince,
        @PastOrPresent @Schema(description = "Became candidate (发展对象)") LocalDate candidateSince,
        @PastOrPresent @Schema(description = "入党日期: the admission meeting; required for PROBATIONARY and FULL") LocalDate joinedOn,
        @Size(max = 200) @Schema(description = "Own unit of a member attached from another unit", example = "实验幼儿园") String ownUnit,
        @Size(max = 300) @Schema(description = "党员责任区: grade group or department looked after", example = "三年级组") String responsibilityZone,
        @Schema(description = "A party group (党小组) of the same branch to place the member in at once; rule group-of-own-branch") UUID partyGroupId) {
}
