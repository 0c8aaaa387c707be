package io.partybranch.members.rest.model;

import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.PoliticalStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member")
public record MemberResponse(
        UUID id,
        UUID organizationId,
        @Schema(example = "王晓明") String fullName,
        Gender gender,
        @Schema(example = "女") String genderLabel,
        LocalDate birthDate,
        PoliticalStatus politicalStatus,
        @Schema(example = "正式党员") String politicalStatusLabel,
        LocalDate statusSince,
        String ownUnit,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
