package io.partybranch.activities.events;

import java.time.LocalDate;
import java.util.UUID;

/** The fields of members-service events that the roster copy keeps; anything else is ignored. */
public final class IncomingContracts {

    private IncomingContracts() {
    }

    public record OrganizationState(UUID id, String name, String type, UUID parentId, String districtCode, long version) {
    }

    public record MemberState(UUID id, UUID organizationId, String politicalStatus, LocalDate statusSince, long version) {
    }
}
