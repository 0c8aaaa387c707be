package io.partybranch.members.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.partybranch.common.http.Versioned;
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
        @Schema(description = "The full birth date, only for roles allowed to see citizen IDs whole; otherwise absent (see birthYear)") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate birthDate,
        @Schema(description = "Year of birth, for everyone", example = "1985") int birthYear,
        @Schema(description = "All but the last two characters hidden: the region and birth-date digits never show", example = "****************2X") String citizenIdMasked,
        @Schema(description = "The whole number, only for roles allowed to see it (platform.security.reveal-citizen-id-roles); otherwise absent") @JsonInclude(JsonInclude.Include.NON_NULL) String citizenId,
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
        OffsetDateTime updatedAt) implements Versioned {
}
