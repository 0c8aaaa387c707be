package io.partybranch.members.model;

import io.partybranch.members.domain.OrganizationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationRequest", description = "An organisation as a client creates or replaces it")
public record OrganizationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "实验小学党支部") String name,
        @NotNull @Schema(example = "BRANCH") OrganizationType type,
        @Schema(description = "Required for every type except a root bureau committee") UUID parentId,
        @Size(max = 200) @Schema(description = "The school or unit the organisation belongs to", example = "实验小学") String unitName,
        @NotNull @Pattern(regexp = Patterns.DISTRICT_CODE, message = "must be a 6-digit administrative division code (GB/T 2260)") @Schema(example = "320412") String districtCode,
        @PastOrPresent @Schema(example = "2005-06-30") LocalDate foundedOn,
        @Size(max = 100) @Schema(example = "联络员") String contactName,
        @Pattern(regexp = Patterns.PHONE, message = "must be a mainland mobile (11 digits) or landline number") @Schema(example = "0519-86000000") String contactPhone) {
}
