package io.partybranch.members.rest.model;

import io.partybranch.members.domain.OrganizationType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization")
public record OrganizationResponse(
        UUID id,
        @Schema(example = "实验小学党支部") String name,
        @Schema(example = "BRANCH") OrganizationType type,
        @Schema(example = "党支部") String typeLabel,
        UUID parentId,
        @Schema(example = "实验小学") String unitName,
        @Schema(example = "320412") String districtCode,
        LocalDate foundedOn,
        String contactName,
        String contactPhone,
        @Schema(description = "Current version; send it back as If-Match when updating") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
