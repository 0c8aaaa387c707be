package io.partybranch.members.model;

import io.partybranch.common.http.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API models of transfers (组织关系转接). */
public final class TransferModels {

    private TransferModels() {
    }

    @Schema(name = "TransferRequest", description = "The sending branch issues an introduction letter: to a branch on this platform (toBranchId) or to an outside unit (externalUnit)")
    public record TransferRequest(
            @NotNull UUID memberId,
            UUID toBranchId,
            @Size(max = 200) @Schema(example = "外省某中学党支部") String externalUnit,
            @Schema(description = "Only for an outside unit; for a platform branch it follows from the district codes") Boolean acrossProvinces,
            @NotNull @PastOrPresent LocalDate issuedOn) {
    }

    @Schema(name = "TransferDecision", description = "Confirmation (回执) or rejection by the receiving side")
    public record Decision(@NotNull @PastOrPresent LocalDate decidedOn, @Size(max = 500) String reason) {
    }

    @Schema(name = "IncomingTransferRequest", description = "A member arriving from outside the platform with a letter")
    public record IncomingTransferRequest(
            @NotNull @Valid MemberRequest member,
            @NotBlank @Size(max = 200) @Schema(example = "邻区某小学党支部") String fromUnit,
            @NotNull @PastOrPresent LocalDate letterIssuedOn,
            @NotNull @PastOrPresent LocalDate receivedOn,
            Boolean acrossProvinces) {
    }

    @Schema(name = "Transfer")
    public record TransferResponse(
            UUID id,
            UUID memberId,
            @Schema(enumeration = {
                    "OUT", "IN_EXTERNAL"}) String direction,
            UUID fromBranchId,
            UUID toBranchId,
            String externalUnit,
            boolean acrossProvinces,
            LocalDate issuedOn,
            @Schema(description = "Letter validity: 3 months, 6 across provinces") LocalDate validUntil,
            @Schema(enumeration = {"ISSUED", "CONFIRMED", "REJECTED", "EXPIRED"}) String status,
            @Schema(example = "已开具") String statusLabel,
            LocalDate decidedOn,
            String reason,
            long version) implements Versioned{
    }
}
