package io.partybranch.reporting.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.reporting.events.IncomingContracts;
import io.partybranch.reporting.events.IncomingContracts.ActivityState;
import io.partybranch.reporting.events.IncomingContracts.CommitteeState;
import io.partybranch.reporting.events.IncomingContracts.EvaluationState;
import io.partybranch.reporting.events.IncomingContracts.HonourState;
import io.partybranch.reporting.events.IncomingContracts.TransferState;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    AggregateService aggregates;

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

    /** @param transfer the event id when this state comes from a confirmed transfer (member.transferred) */
    public void apply(MemberState state, OffsetDateTime eventTime, UUID transfer) {
        MemberView view = MemberView.findById(state.id());
        boolean stale = view != null && view.version > state.version();
        // The event names the branch left; older producers did not, and an older view's branch then stands in for it.
        UUID previousBranch = state.previousOrganizationId() != null ? state.previousOrganizationId()
                : view != null && !stale ? view.organizationId : null;
        if (transfer != null) {
            // Recorded even when a later state of the member has already arrived: the transfer itself happened.
            upsertTransfer(new TransferState(transfer, state.id(), previousBranch, state.organizationId(), "CONFIRMED",
                    state.effectiveDate(), state.effectiveDate()), eventTime);
        }
        if (stale) {
            if (transfer != null) {
                aggregates.refreshMemberMonths(previousBranch, eventTime);
                aggregates.refreshMemberMonths(state.organizationId(), eventTime);
            }
            return;
        }
        if (view == null) {
            view = new MemberView();
            view.id = state.id();
        }
        view.fullName = state.fullName();
        view.ethnicity = state.ethnicity();
        view.education = state.education();
        view.appliedOn = state.appliedOn();
        view.activistSince = state.activistSince();
        view.candidateSince = state.candidateSince();
        view.joinedOn = state.joinedOn();
        view.probationEndsOn = state.probationEndsOn();
        view.fullSince = state.fullSince();
        view.membershipState = state.membershipState() == null ? "NORMAL" : state.membershipState();
        view.stateSince = state.stateSince();
        view.flowing = state.flowing();
        view.lostContact = state.lostContact();
        view.retired = state.retired();
        view.partyGroupId = state.partyGroupId();
        view.organizationId = state.organizationId();
        view.gender = state.gender();
        view.birthDate = state.birthDate();
        view.politicalStatus = state.politicalStatus();
        view.statusSince = state.statusSince();
        view.ownUnit = state.ownUnit();
        view.version = state.version();
        view.lastEventAt = eventTime;
        view.persist();
        if (previousBranch != null && !previousBranch.equals(view.organizationId)) {
            aggregates.refreshMemberMonths(previousBranch, eventTime);
        }
        aggregates.refreshMemberMonths(view.organizationId, eventTime);
    }

    public void apply(ActivityState state, OffsetDateTime eventTime) {
        ActivityView view = ActivityView.findById(state.id());
        if (view == null) {
            view = new ActivityView();
            view.id = state.id();
        } else if (view.version > state.version()) {
            return;
        }
        HeldCell before = HeldCell.of(view);
        view.branchId = state.branchId();
        view.organizationId = state.organizationId();
        view.type = state.type();
        view.status = state.status();
        view.plannedFor = state.plannedFor();
        view.heldOn = state.heldOn();
        view.expectedCount = state.expectedCount();
        view.presentCount = state.presentCount();
        view.attendanceRate = state.attendanceRate();
        view.quorumMet = state.quorumMet();
        view.version = state.version();
        view.lastEventAt = eventTime;
        view.persist();
        // The event carries the whole attendance: replace it (a correction may change anyone's).
        entityManager.createNativeQuery("delete from attendance_view where activity_id = :a").setParameter("a", state.id()).executeUpdate();
        for (IncomingContracts.Attendance attendance : state.attendance() == null ? List.<IncomingContracts.Attendance>of() : state.attendance()) {
            entityManager.createNativeQuery("insert into attendance_view (activity_id, member_id, status, expected) values (:a, :m, :s, :e)")
                    .setParameter("a", state.id()).setParameter("m", attendance.memberId()).setParameter("s", attendance.status())
                    .setParameter("e", attendance.expected()).executeUpdate();
        }
        // A correction may move an activity to another month or type: both cells are recomputed.
        HeldCell after = HeldCell.of(view);
        if (before != null && !before.equals(after)) {
            aggregates.refreshActivityMonth(before.branch(), before.organization(), before.type(), before.month(), eventTime);
        }
        if (after != null) {
            aggregates.refreshActivityMonth(after.branch(), after.organization(), after.type(), after.month(), eventTime);
        }
    }

    /** The activity_month cell a held activity counts in; null for one not held. */
    private record HeldCell(UUID branch, UUID organization, String type, java.time.LocalDate month) {
        static HeldCell of(ActivityView view) {
            if (!"HELD".equals(view.status) || view.heldOn == null || view.branchId == null) {
                return null;
            }
            return new HeldCell(view.branchId, view.organizationId != null ? view.organizationId : view.branchId, view.type,
                    view.heldOn.withDayOfMonth(1));
        }
    }

    public void apply(CommitteeState state, OffsetDateTime eventTime) {
        entityManager.createNativeQuery("""
                insert into committee_view (id, branch_id, elected_on, term_ends_on, ended_on, version, last_event_at)
                values (:i, :b, :e, :t, :x, :v, :at)
                on conflict (id) do update set term_ends_on = excluded.term_ends_on, ended_on = excluded.ended_on,
                    version = excluded.version, last_event_at = excluded.last_event_at
                where committee_view.version <= excluded.version""")
                .setParameter("i", state.id()).setParameter("b", state.branchId()).setParameter("e", state.electedOn())
                .setParameter("t", state.termEndsOn()).setParameter("x", state.endedOn()).setParameter("v", state.version())
                .setParameter("at", eventTime).executeUpdate();
        entityManager.createNativeQuery("delete from committee_post_view where committee_id = :i").setParameter("i", state.id()).executeUpdate();
        for (IncomingContracts.Post post : state.posts() == null ? List.<IncomingContracts.Post>of() : state.posts()) {
            entityManager.createNativeQuery("""
                    insert into committee_post_view (committee_id, member_id, post, from_date, to_date) values (:c, :m, :p, :f, :t)
                    on conflict do nothing""")
                    .setParameter("c", state.id()).setParameter("m", post.memberId()).setParameter("p", post.post())
                    .setParameter("f", post.fromDate()).setParameter("t", post.toDate()).executeUpdate();
        }
    }

    public void apply(EvaluationState state, OffsetDateTime eventTime) {
        String distribution;
        try {
            distribution = objectMapper.writeValueAsString(state.distribution() == null ? Map.of() : state.distribution());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.createNativeQuery("""
                insert into evaluation_view (id, branch_id, period, held_on, distribution, last_event_at) values (:i, :b, :p, :h, :d, :at)
                on conflict (id) do update set distribution = excluded.distribution, last_event_at = excluded.last_event_at""")
                .setParameter("i", state.id()).setParameter("b", state.branchId()).setParameter("p", state.period())
                .setParameter("h", state.heldOn()).setParameter("d", distribution).setParameter("at", eventTime).executeUpdate();
        for (IncomingContracts.Trust trust : state.trustBallots() == null ? List.<IncomingContracts.Trust>of() : state.trustBallots()) {
            entityManager.createNativeQuery("""
                    insert into trust_view (evaluation_id, member_id, ballots, trusted) values (:e, :m, :b, :t)
                    on conflict (evaluation_id, member_id) do update set ballots = excluded.ballots, trusted = excluded.trusted""")
                    .setParameter("e", state.id()).setParameter("m", trust.memberId()).setParameter("b", trust.ballots())
                    .setParameter("t", trust.trusted()).executeUpdate();
        }
        aggregates.refreshEvaluationMonth(state.branchId(), state.heldOn().withDayOfMonth(1));
    }

    public void apply(HonourState state, UUID branchId, OffsetDateTime eventTime) {
        entityManager.createNativeQuery("""
                insert into honour_view (id, branch_id, member_id, organization_id, kind, title, level, year, awarded_on, last_event_at)
                values (:i, :b, :m, :o, :k, :t, :l, :y, :d, :at) on conflict (id) do nothing""")
                .setParameter("i", state.id()).setParameter("b", branchId).setParameter("m", state.memberId())
                .setParameter("o", state.organizationId()).setParameter("k", state.kind()).setParameter("t", state.title())
                .setParameter("l", state.level()).setParameter("y", state.year()).setParameter("d", state.awardedOn())
                .setParameter("at", eventTime).executeUpdate();
        aggregates.refreshHonourMonth(branchId, (state.awardedOn() != null ? state.awardedOn() : java.time.LocalDate.of(state.year(), 12, 1))
                .withDayOfMonth(1));
    }

    public void recordTransfer(TransferState state, OffsetDateTime eventTime) {
        upsertTransfer(state, eventTime);
        if ("CONFIRMED".equals(state.status())) {
            aggregates.refreshMemberMonths(state.fromBranchId(), eventTime);
            aggregates.refreshMemberMonths(state.toBranchId(), eventTime);
        }
    }

    /** The transfer row only; a member event that carries one refreshes both branches' month-ends once, after the member. */
    private void upsertTransfer(TransferState state, OffsetDateTime eventTime) {
        entityManager.createNativeQuery("""
                insert into transfer_view (id, member_id, from_branch_id, to_branch_id, status, issued_on, decided_on, last_event_at)
                values (:i, :m, :f, :t, :s, :is, :d, :at)
                on conflict (id) do update set status = excluded.status, decided_on = excluded.decided_on, last_event_at = excluded.last_event_at""")
                .setParameter("i", state.id()).setParameter("m", state.memberId()).setParameter("f", state.fromBranchId())
                .setParameter("t", state.toBranchId()).setParameter("s", state.status()).setParameter("is", state.issuedOn())
                .setParameter("d", state.decidedOn()).setParameter("at", eventTime).executeUpdate();
    }
}
