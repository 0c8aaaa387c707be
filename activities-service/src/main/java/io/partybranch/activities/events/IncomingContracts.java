package io.partybranch.activities.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The fields of members-service events that the roster copy keeps; anything else is ignored. */
public final class IncomingContracts {

    private IncomingContracts() {
    }

    public record OrganizationState(UUID id, String name, String type, UUID parentId, String districtCode, long version) {
    }

    public record MemberState(UUID id, UUID organizationId, String fullName, String politicalStatus, LocalDate statusSince,
            LocalDate appliedOn, LocalDate activistSince, LocalDate candidateSince, LocalDate joinedOn, LocalDate fullSince,
            String membershipState, LocalDate stateSince, UUID partyGroupId, long version, LocalDate effectiveDate,
            UUID previousOrganizationId) {
    }

    public record CommitteeState(UUID id, UUID branchId, List<Post> posts, long version) {
    }

    public record Post(UUID memberId, String post, LocalDate fromDate, LocalDate toDate) {
    }
}
