package io.partybranch.reporting.service;

import io.partybranch.reporting.events.IncomingContracts.ActivityState;
import io.partybranch.reporting.events.IncomingContracts.MemberState;
import io.partybranch.reporting.events.IncomingContracts.OrganizationState;
import io.partybranch.reporting.repository.ActivityView;
import io.partybranch.reporting.repository.MemberView;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Upserts read-model rows from event data; runs inside the inbox transaction of the consumer. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelService {

    public void apply(OrganizationState state, OffsetDateTime eventTime) {
        OrganizationView view = OrganizationView.findById(state.id());
        if (view == null) {
            view = new OrganizationView();
            view.id = state.id();
        } else if (view.version > state.version()) {
            return;
        }
        view.name = state.name();
        view.type = state.type();
        view.parentId = state.parentId();
        view.districtCode = state.districtCode();
        view.version = state.version();
        view.lastEventAt = eventTime;
        view.persist();
    }

    public void apply(MemberState state, OffsetDateTime eventTime) {
        MemberView view = MemberView.findById(state.id());
        if (view == null) {
            view = new MemberView();
            view.id = state.id();
        } else if (view.version > state.version()) {
            return;
        }
        view.organizationId = state.organizationId();
        view.gender = state.gender();
        view.birthDate = state.birthDate();
        view.politicalStatus = state.politicalStatus();
        view.statusSince = state.statusSince();
        view.ownUnit = state.ownUnit();
        view.version = state.version();
        view.lastEventAt = eventTime;
        view.persist();
    }

    public void apply(ActivityState state, OffsetDateTime eventTime) {
        ActivityView view = ActivityView.findById(state.id());
        if (view == null) {
            view = new ActivityView();
            view.id = state.id();
        } else if (view.version > state.version()) {
            return;
        }
        view.branchId = state.branchId();
        view.type = state.type();
        view.status = state.status();
        view.plannedFor = state.plannedFor();
        view.version = state.version();
        view.lastEventAt = eventTime;
        view.persist();
    }
}
