package io.partybranch.reporting.rest.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodStatistics", description = "A branch's figures for a period, every one recomputable from the stored facts")
public record PeriodStatistics(
        UUID organizationId,
        String organizationName,
        @Schema(example = "2025-09-01") LocalDate from,
        @Schema(example = "2026-01-31") LocalDate to,
        @Schema(example = "2025学年第一学期") String periodLabel,
        Members members,
        Map<String, ActivityFigures> activities,
        Compliance compliance,
        @Schema(description = "Time of the latest event applied for this branch") OffsetDateTime asOf) {

    @Schema(name = "PeriodMembers", description = "People of the branch at the end of the period, by their status on that date")
    public record Members(
            @Schema(description = "Party members (probationary included) at the period's end", example = "21") long partyMembers,
            Map<String, Long> byStatus, Map<String, Long> byState, Map<String, Long> byGender, Map<String, Long> byEducation,
            @Schema(description = "Age at the period's end: <30, 30-39, 40-49, 50-59, 60+") Map<String, Long> byAgeBand,
            @Schema(description = "党龄 at the period's end: <5, 5-9, 10-19, 20+") Map<String, Long> byPartyStanding,
            @Schema(description = "Members attached from another unit") long attached,
            @Schema(description = "Admitted (入党) in the period") long joined,
            @Schema(description = "Converted (转正) in the period") long converted,
            long transfersIn, long transfersOut) {
    }

    @Schema(name = "ActivityFigures")
    public record ActivityFigures(@Schema(example = "5") long held, @Schema(example = "0.9333") BigDecimal averageAttendanceRate) {
    }

    @Schema(name = "Compliance", description = "三会一课 and the other required cadences: each unit met or missed")
    public record Compliance(@Schema(example = "0.8824") BigDecimal rate, long met, long required, List<Cadence> cadences) {
    }

    @Schema(name = "Cadence")
    public record Cadence(@Schema(example = "COMMITTEE_MEETING") String type, @Schema(example = "MONTH") String every,
            @Schema(description = "Set for cadences every party group must keep") UUID partyGroupId,
            long met, long required, List<Unit> units) {
    }

    @Schema(name = "CadenceUnit")
    public record Unit(@Schema(example = "2025-10") String unit, LocalDate from, LocalDate to, boolean met) {
    }
}
