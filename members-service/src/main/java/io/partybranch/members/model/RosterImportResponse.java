package io.partybranch.members.model;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RosterImportResponse", description = "The members a roster import registered")
public record RosterImportResponse(
        @Schema(example = "3") int imported,
        @Schema(description = "The new members' ids, in the order of the spreadsheet's rows") List<UUID> memberIds) {
}
