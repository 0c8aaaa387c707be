package io.partybranch.activities.service;

import io.partybranch.activities.events.IncomingContracts.MemberState;
import io.partybranch.activities.events.IncomingContracts.OrganizationState;
import io.partybranch.activities.repository.RosterMember;
import io.partybranch.activities.repository.RosterOrganization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps the roster copy; runs inside the consumer's inbox transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RosterService {

    public void apply(OrganizationState state) {
        RosterOrganization copy = RosterOrganization.findById(state.id());
        if (copy == null) {
            copy = new RosterOrganization();
            copy.id = state.id();
        } else if (copy.version > state.version()) {
            return;
        }
        copy.name = state.name();
        copy.type = state.type();
        copy.parentId = state.parentId();
        copy.districtCode = state.districtCode();
        copy.version = state.version();
        copy.persist();
    }

    public void apply(MemberState state) {
        RosterMember copy = RosterMember.findById(state.id());
        if (copy == null) {
            copy = new RosterMember();
            copy.id = state.id();
        } else if (copy.version > state.version()) {
            return;
        }
        copy.organizationId = state.organizationId();
        copy.politicalStatus = state.politicalStatus();
        copy.statusSince = state.statusSince();
        copy.version = state.version();
        copy.persist();
    }
}
