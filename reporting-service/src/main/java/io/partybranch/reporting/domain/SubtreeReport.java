package io.partybranch.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The branches under an organisation for a period: the subtree's totals, and one page of its branches
 * ranked by compliance then attendance, with what those branches missed and whose committee term falls due.
 */
public record SubtreeReport(UUID organizationId, String organizationName, Period period, int page, int size, List<BranchRow> branches,
        Totals totals, List<Shortfall> fallingShort, List<TermEnding> termsEnding, OffsetDateTime asOf) {

    /** One branch's figures; equal rates share a rank. */
    public record BranchRow(int rank, UUID branchId, String branchName, Members members, Map<String, Long> activities, long expected,
            long present, long complianceMet, long complianceRequired, long activistsPastAYear, long conversionsLate, long honours,
            long trustBallots, long trusted, DuesFigures dues) {
    }

    /** People on the last day of the period's last month, and the movements over its months. */
    public record Members(long full, long probationary, long candidates, long activists, long attached, long joined, long converted,
            long transfersIn, long transfersOut) {

        public long partyMembers() {
            return full + probationary;
        }
    }

    public record Totals(long branches, Members members, Map<String, Map<String, Long>> breakdown, Map<String, Long> activities,
            long expected, long present, long complianceMet, long complianceRequired, Map<String, Long> honoursByLevel, long sanctions,
            Map<String, Long> grades, long trustBallots, long trusted, long activistsPastAYear, long conversionsLate,
            long branchesFallingShort, long termsEnding, long termsOverdue, DuesFigures dues) {
    }

    public record Shortfall(UUID branchId, String branchName, long met, long required, List<Missed> missed) {
    }

    public record Missed(String type, UUID partyGroupId, String unit) {
    }

    public record TermEnding(UUID branchId, String branchName, LocalDate electedOn, LocalDate termEndsOn, String kind) {
    }
}
