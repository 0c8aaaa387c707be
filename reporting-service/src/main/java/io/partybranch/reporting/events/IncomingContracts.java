package io.partybranch.reporting.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What reporting reads of other services' events: only the fields it uses, so producers may add
 * fields freely (unknown ones are ignored). Contracts: deploy/asyncapi/.
 */
public final class IncomingContracts {

    private IncomingContracts() {
    }

    public record OrganizationState(UUID id, String name, String type, UUID parentId, String districtCode, long version) {
    }

    public record MemberState(UUID id, UUID organizationId, String fullName, String gender, LocalDate birthDate, String ethnicity,
            String education, String politicalStatus, LocalDate statusSince, LocalDate appliedOn, LocalDate activistSince,
            LocalDate candidateSince, LocalDate joinedOn, LocalDate probationEndsOn, LocalDate fullSince,
            String membershipState, LocalDate stateSince, boolean flowing, boolean lostContact, boolean retired,
            UUID partyGroupId, String ownUnit, long version, LocalDate effectiveDate, UUID previousOrganizationId) {
    }

    public record ActivityState(UUID id, UUID organizationId, UUID branchId, String type, String status, LocalDate plannedFor,
            LocalDate heldOn, Integer expectedCount, Integer presentCount, BigDecimal attendanceRate,
            Boolean quorumMet, List<Attendance> attendance, long version) {
    }

    public record Attendance(UUID memberId, String status, boolean expected) {
    }

    public record CommitteeState(UUID id, UUID branchId, LocalDate electedOn, LocalDate termEndsOn, LocalDate endedOn,
            List<Post> posts, long version) {
    }

    public record Post(UUID memberId, String post, LocalDate fromDate, LocalDate toDate) {
    }

    /** version: the producer's, where it sends one (older producers did not: 0). */
    public record EvaluationState(UUID id, UUID branchId, String period, LocalDate heldOn, Map<String, Integer> distribution,
            List<Trust> trustBallots, Long version) {
        public long versionOrZero() {
            return version == null ? 0 : version;
        }
    }

    public record Trust(UUID memberId, int ballots, int trusted) {
    }

    public record HonourState(UUID id, UUID memberId, UUID organizationId, String kind, String title, String level, int year,
            LocalDate awardedOn) {
    }

    public record TransferState(UUID id, UUID memberId, UUID fromBranchId, UUID toBranchId, String status, LocalDate issuedOn,
            LocalDate decidedOn) {
    }

    /** A branch month's party dues in figures; amounts in yuan to the fen. */
    public record DuesMonthState(UUID id, UUID branchId, String month, Integer membersBilled, Integer membersExempt, Integer membersPaid,
            BigDecimal billed, BigDecimal paid, Integer membersBehind, Integer membersSixMonthsBehind, Long version) {
    }

    /** A step of a member's development file and where the file stands after it; version: the steps on file. */
    public record DevelopmentStepState(UUID stepId, UUID memberId, UUID organizationId, String kind, String politicalStatus,
            String currentStep, LocalDate currentStepOn, String nextStep, LocalDate nextStepDueOn, Long version) {
    }
}
