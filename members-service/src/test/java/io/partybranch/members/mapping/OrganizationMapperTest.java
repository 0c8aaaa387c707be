package io.partybranch.members.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.OrganizationRequest;
import io.partybranch.members.model.OrganizationResponse;
import io.partybranch.members.repository.Organization;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationMapperTest {

    @Test
    void aRequestIsAppliedWithTheNameTrimmed() {
        UUID parent = UUID.randomUUID();
        Organization target = new Organization();
        OrganizationMapper.apply(new OrganizationRequest("  实验小学党支部 ", OrganizationType.BRANCH, parent, "实验小学", "320412",
                LocalDate.of(2005, 6, 30), "联络员", "0519-86000000"), target);
        assertEquals("实验小学党支部", target.name);
        assertEquals(OrganizationType.BRANCH, target.type);
        assertEquals(parent, target.parentId);
        assertEquals("实验小学", target.unitName);
        assertEquals("320412", target.districtCode);
        assertEquals(LocalDate.of(2005, 6, 30), target.foundedOn);
        assertEquals("联络员", target.contactName);
        assertEquals("0519-86000000", target.contactPhone);
    }

    @Test
    void theResponseNamesTheTypeAndTheEventCarriesTheState() {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.name = "实验小学党支部";
        organization.type = OrganizationType.BRANCH;
        organization.districtCode = "320412";
        organization.closedOn = LocalDate.of(2026, 9, 1);
        organization.version = 3;
        OrganizationResponse response = OrganizationMapper.toResponse(organization);
        assertEquals("党支部", response.typeLabel());
        assertNull(response.counts());
        assertEquals(3, response.version());
        OrganizationResponse.Counts counts = new OrganizationResponse.Counts(1, 2, 3);
        assertEquals(counts, OrganizationMapper.toResponse(organization, counts).counts());
        MembersEvents.OrganizationState event = OrganizationMapper.toEvent(organization);
        assertEquals(organization.id, event.id());
        assertEquals(LocalDate.of(2026, 9, 1), event.closedOn());
        assertEquals(3, event.version());
        assertEquals("320412", event.districtCode());
    }
}
