package io.partybranch.members.model;

import io.partybranch.members.domain.HonourLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class HonourModels {

    private HonourModels() {
    }

    @Schema(name = "HonourRequest", description = "Exactly one of memberId and organizationId; sanctions are for members only")
    public record HonourRequest(
            UUID memberId,
            UUID organizationId,
            @NotNull @Pattern(regexp = "HONOUR|SANCTION", message = "must be HONOUR or SANCTION") @Schema(example = "HONOUR") String kind,
            @NotBlank @Size(max = 200) @Schema(example = "优秀共产党员") String title,
            @NotNull @Schema(example = "DISTRICT") HonourLevel level,
            @NotNull @Min(value = 1921, message = "must be 1921 or later") @Max(value = 2100, message = "must be a plausible year") @Schema(example = "2025") Integer year,
            @Size(max = 200) @Schema(example = "区教育局党委") String awardedBy,
            @PastOrPresent LocalDate awardedOn) {
    }

    @Schema(name = "Honour")
    public record HonourResponse(UUID id, UUID memberId, UUID organizationId, String kind, String title, HonourLevel level,
            @Schema(example = "区级") String levelLabel, int year, String awardedBy, LocalDate awardedOn) {
    }
}
