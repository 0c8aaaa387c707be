package io.partybranch.members.events;

import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.domain.PoliticalStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Outgoing event contracts of members-service (documented in deploy/asyncapi/members-events.yaml).
 * Data carries the full new state so consumers upsert without calling back.
 */
public final class MembersEvents {

    public static final String ORGANIZATION_CREATED = "organization.created.v1";
    public static final String ORGANIZATION_UPDATED = "organization.updated.v1";
    public static final String MEMBER_REGISTERED = "member.registered.v1";

    private MembersEvents() {
    }

    public record OrganizationState(
            UUID id, String name, OrganizationType type, UUID parentId, String unitName, String districtCode,
            LocalDate foundedOn, long version) {
    }

    /** No personal identifiers beyond what attendance and statistics need. */
    public record MemberState(
            UUID id, UUID organizationId, String fullName, Gender gender, LocalDate birthDate,
            PoliticalStatus politicalStatus, LocalDate statusSince, String ownUnit, long version,
            LocalDate effectiveDate) {
    }
}
