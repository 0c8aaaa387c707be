package io.partybranch.reporting.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubtreeStatistics", description = """
        The branches under an organisation (a district's bureau committee, a general branch, or a branch itself) for a period,
        served from pre-aggregated monthly tables kept per branch and per ancestor: members on the last day of the period's last
        month, movements and activities over the whole months the period covers, compliance exactly as for one branch. Totals
        cover the whole subtree; branches are ranked over the whole subtree by compliance rate, then attendance rate, and one page
        of that ranking is returned (page, size), with the page's shortfalls and committee terms.""")
public record SubtreeStatistics(
        UUID organizationId,
        String organizationName,
        LocalDate from,
        LocalDate to,
        String periodLabel,
        @Schema(description = "Zero-based page of the ranking") int page,
        @Schema(description = "Branches per page") int size,
        @Schema(description = "This page of the ranking") List<BranchFigures> branches,
        Totals totals,
        @Schema(description = "The page's branches that missed at least one required unit, with what they missed") List<Shortfall> fallingShort,
        @Schema(description = "The page's branches whose committee term ends within 6 months of the period's end, or is overdue then") List<TermEnding> termsEnding,
        @Schema(description = "Time of the latest event applied for any branch in the subtree") OffsetDateTime asOf) {

    @Schema(name = "BranchFigures")
    public record BranchFigures(
            @Schema(description = "1 is best; equal rates share a rank", example = "1") int rank,
            UUID branchId, String branchName,
            @Schema(example = "21") long partyMembers, @Schema(example = "1") long probationary,
            long candidates, long activists, long attached, long joined, long converted, long transfersIn, long transfersOut,
            @Schema(description = "Held activities by type") Map<String, Long> activities,
            @Schema(description = "应到, summed over held activities") long expected, @Schema(description = "实到, summed") long present,
            @Schema(example = "0.9412") BigDecimal attendanceRate,
            long complianceMet, long complianceRequired, @Schema(example = "0.8824") BigDecimal complianceRate,
            @Schema(description = "On the period's last day: activists a year or more in training, not yet candidates") long activistsPastAYear,
            @Schema(description = "On the period's last day: probationary members past the end of probation, not yet converted") long conversionsLate,
            @Schema(description = "Honours of the branch and its members in the period") long honours,
            long trustBallots, long trusted,
            @Schema(description = "Trusted over ballots at the period's evaluations", example = "0.9667") BigDecimal trustRate,
            @Schema(description = "The branch's party dues in the period") DuesStatistics dues) {
    }

    @Schema(name = "SubtreeRecognition", description = "Honours by level, sanctions and evaluation grades over the subtree in the period")
    public record Recognition(Map<String, Long> honoursByLevel, long sanctions, Map<String, Long> grades) {
    }

    @Schema(name = "SubtreeTotals")
    public record Totals(long branches, long partyMembers, long probationary, long candidates, long activists, long attached,
            long joined, long converted, long transfersIn, long transfersOut, long activistsPastAYear, long conversionsLate,
            @Schema(description = "On the last day of the period's last month: STATE over everyone in the pipeline; GENDER, EDUCATION, AGE_BAND (<30 … 60+) and STANDING_BAND (党龄 <5 … 20+) over party members") Map<String, Map<String, Long>> members,
            Map<String, Long> activities,
            BigDecimal attendanceRate, long complianceMet, long complianceRequired, BigDecimal complianceRate,
            Recognition recognition, BigDecimal trustRate,
            @Schema(description = "Branches of the whole subtree that missed at least one required unit") long branchesFallingShort,
            @Schema(description = "Current committees of the whole subtree whose term ends within 6 months of the period's end") long termsEnding,
            @Schema(description = "Current committees of the whole subtree whose term is overdue at the period's end") long termsOverdue,
            @Schema(description = "Party dues of the whole subtree in the period, month by month") DuesStatistics dues) {
    }

    @Schema(name = "Shortfall")
    public record Shortfall(UUID branchId, String branchName, BigDecimal complianceRate, List<MissedUnit> missed) {
    }

    @Schema(name = "TermEnding")
    public record TermEnding(UUID branchId, String branchName, LocalDate electedOn, LocalDate termEndsOn,
            @Schema(enumeration = {
                    "TERM_ENDING", "TERM_OVERDUE"}) String kind,
            @Schema(example = "换届已逾期") String kindLabel){
    }

    @Schema(name = "MissedUnit")
    public record MissedUnit(@Schema(example = "COMMITTEE_MEETING") String type, @Schema(example = "支部委员会") String typeLabel,
            @Schema(description = "Set for cadences every party group keeps") UUID partyGroupId, @Schema(example = "2026-01") String unit) {
    }
}
