package io.partybranch.members.rest.model;

import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member")
public record MemberResponse(
        UUID id,
        @Schema(description = "The branch the member belongs to") UUID organizationId,
        @Schema(example = "王晓明") String fullName,
        Gender gender,
        @Schema(example = "女") String genderLabel,
        @Schema(example = "汉族") String ethnicity,
        LocalDate birthDate,
        @Schema(description = "First 6 and last 4 characters only", example = "320412********002X") String citizenIdMasked,
        @Schema(description = "The whole number, only for roles allowed to see it (platform.security.reveal-citizen-id-roles); otherwise absent")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String citizenId,
        Education education,
        @Schema(example = "大学本科") String educationLabel,
        String jobTitle,
        @Schema(example = "138****0000") String phoneMasked,
        PoliticalStatus politicalStatus,
        @Schema(example = "正式党员") String politicalStatusLabel,
        LocalDate statusSince,
        LocalDate appliedOn,
        LocalDate activistSince,
        LocalDate candidateSince,
        LocalDate joinedOn,
        LocalDate probationEndsOn,
        boolean probationExtended,
        LocalDate fullSince,
        @Schema(description = "党龄 in whole years, counted from fullSince (Asia/Shanghai today)", example = "15") Integer partyStandingYears,
        MembershipState membershipState,
        @Schema(example = "正常") String membershipStateLabel,
        LocalDate stateSince,
        boolean flowing,
        boolean lostContact,
        boolean retired,
        UUID partyGroupId,
        String ownUnit,
        String responsibilityZone,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements io.partybranch.common.http.Versioned {
}
