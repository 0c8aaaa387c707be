package io.partybranch.members.mapping;

import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.OrganizationRequest;
import io.partybranch.members.model.OrganizationResponse;
import io.partybranch.members.repository.Organization;

public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    public static void apply(OrganizationRequest request, Organization target) {
        target.name = request.name().trim();
        target.type = request.type();
        target.parentId = request.parentId();
        target.unitName = request.unitName();
        target.districtCode = request.districtCode();
        target.foundedOn = request.foundedOn();
        target.contactName = request.contactName();
        target.contactPhone = request.contactPhone();
    }

    public static OrganizationResponse toResponse(Organization o) {
        return toResponse(o, null);
    }

    public static OrganizationResponse toResponse(Organization o, OrganizationResponse.Counts counts) {
        return new OrganizationResponse(o.id, o.name, o.type, o.type.label(), o.parentId, o.unitName, o.districtCode,
                o.foundedOn, o.contactName, o.contactPhone, o.closedOn, o.version, o.createdAt, o.updatedAt, counts);
    }

    public static MembersEvents.OrganizationState toEvent(Organization o) {
        return new MembersEvents.OrganizationState(o.id, o.name, o.type, o.parentId, o.unitName, o.districtCode,
                o.foundedOn, o.closedOn, o.version);
    }
}
