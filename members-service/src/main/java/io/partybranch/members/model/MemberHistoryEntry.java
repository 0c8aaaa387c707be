package io.partybranch.members.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberHistoryEntry", description = "One dated change of a member")
public record MemberHistoryEntry(
        UUID id,
        @Schema(example = "STATUS", enumeration = {
                "REGISTERED", "STATUS", "PROBATION", "STATE", "FLAG", "GROUP", "TRANSFER", "UPDATE"}) String kind,
        @Schema(example = "APPLICANT") String fromValue,
        @Schema(example = "ACTIVIST") String toValue,
        LocalDate effectiveDate,
        String details,
        OffsetDateTime recordedAt){
}
