package io.partybranch.members.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.partybranch.members.domain.DevelopmentStepKind;
import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.domain.PoliticalStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Outgoing event contracts of members-service (documented in deploy/asyncapi/platform-events.yaml).
 * Data carries the full new state so consumers upsert without calling back.
 */
public final class MembersEvents {

    public static final String ORGANIZATION_CREATED = "organization.created.v1";
    public static final String ORGANIZATION_UPDATED = "organization.updated.v1";
    public static final String ORGANIZATION_MOVED = "organization.moved.v1";
    public static final String ORGANIZATION_CLOSED = "organization.closed.v1";
    public static final String MEMBER_REGISTERED = "member.registered.v1";
    public static final String MEMBER_UPDATED = "member.updated.v1";
    public static final String MEMBER_STATUS_CHANGED = "member.status-changed.v1";
    public static final String MEMBER_STATE_CHANGED = "member.state-changed.v1";
    public static final String MEMBER_GROUP_ASSIGNED = "member.group-assigned.v1";
    public static final String MEMBER_TRANSFERRED = "member.transferred.v1";
    public static final String TRANSFER_ISSUED = "transfer.issued.v1";
    public static final String TRANSFER_REJECTED = "transfer.rejected.v1";
    public static final String COMMITTEE_ELECTED = "committee.elected.v1";
    public static final String COMMITTEE_CHANGED = "committee.changed.v1";
    public static final String HONOUR_AWARDED = "honour.awarded.v1";
    public static final String SANCTION_RECORDED = "sanction.recorded.v1";
    public static final String DEVELOPMENT_STEP_RECORDED = "development-step.recorded.v1";

    private MembersEvents() {
    }

    public record OrganizationState(
            UUID id, String name, OrganizationType type, UUID parentId, String unitName, String districtCode,
            LocalDate foundedOn, LocalDate closedOn, long version) {
    }

    /** No citizen ID or phone: consumers need standing and dates, not identifiers. */
    public record MemberState(
            UUID id, UUID organizationId, String fullName, Gender gender, LocalDate birthDate, String ethnicity,
            Education education, PoliticalStatus politicalStatus, LocalDate statusSince, LocalDate appliedOn,
            LocalDate activistSince, LocalDate candidateSince, LocalDate joinedOn, LocalDate probationEndsOn,
            boolean probationExtended, LocalDate fullSince, MembershipState membershipState, LocalDate stateSince,
            boolean flowing, boolean lostContact, boolean retired, UUID partyGroupId, String ownUnit, long version,
            LocalDate effectiveDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID previousOrganizationId) {
    }

    /**
     * A step put on a member's development file, and where the file stands after it: the latest step
     * by its day (a step recorded late for an earlier day leaves it unchanged) and the soonest time limit
     * not yet met, by the file's own rules. No evidence, documents, names or identifiers: ids, kinds and dates.
     *
     * @param version the number of steps on the member's file after this one; a later state has a greater one
     */
    public record DevelopmentStepRecorded(
            UUID stepId, UUID memberId, UUID organizationId, DevelopmentStepKind kind, String outcome, LocalDate doneOn,
            PoliticalStatus politicalStatus, DevelopmentStepKind currentStep, LocalDate currentStepOn, DevelopmentStepKind nextStep,
            LocalDate nextStepDueOn, long version) {
    }
}
