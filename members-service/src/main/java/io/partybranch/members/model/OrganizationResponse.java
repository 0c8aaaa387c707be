package io.partybranch.members.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.partybranch.common.http.Versioned;
import io.partybranch.members.domain.OrganizationType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization")
@JsonInclude(JsonInclude.Include.NON_NULL)
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
        @Schema(description = "Set when closed (撤销)") LocalDate closedOn,
        @Schema(description = "Current version; send it back as If-Match when updating") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Only on a single organisation: its counts") Counts counts) implements Versioned {

    @Schema(name = "OrganizationCounts")
    public record Counts(
            @Schema(description = "Direct child organisations that are open", example = "3") long children,
            @Schema(description = "Active members belonging directly to it", example = "21") long members,
            @Schema(description = "Active members in it and everything under it", example = "48") long membersInSubtree) {
    }
}
