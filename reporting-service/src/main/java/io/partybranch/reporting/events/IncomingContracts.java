package io.partybranch.reporting.events;

import java.time.LocalDate;
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

    public record MemberState(UUID id, UUID organizationId, String gender, LocalDate birthDate, String politicalStatus,
            LocalDate statusSince, String ownUnit, long version) {
    }

    public record ActivityState(UUID id, UUID branchId, String type, String status, LocalDate plannedFor, long version) {
    }
}
