package io.partybranch.activities.service;

import io.partybranch.activities.events.IncomingContracts.CommitteeState;
import io.partybranch.activities.events.IncomingContracts.MemberState;
import io.partybranch.activities.events.IncomingContracts.OrganizationState;
import io.partybranch.activities.events.IncomingContracts.Post;
import io.partybranch.activities.repository.RosterMember;
import io.partybranch.activities.repository.RosterOrganization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps the roster copy, including who belonged to which branch, group and committee over time;
 * runs inside the consumer's inbox transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RosterService {

    private static final Set<String> GONE = Set.of("LEFT", "EXPELLED", "TRANSFERRED_OUT");

    @Inject
    EntityManager entityManager;

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
        copy.fullName = state.fullName();
        copy.politicalStatus = state.politicalStatus();
        copy.statusSince = state.statusSince();
        copy.joinedOn = state.joinedOn();
        copy.fullSince = state.fullSince();
        copy.membershipState = state.membershipState() == null ? "NORMAL" : state.membershipState();
        copy.stateSince = state.stateSince();
        copy.partyGroupId = state.partyGroupId();
        copy.version = state.version();
        copy.persist();
        LocalDate effective = state.effectiveDate() != null ? state.effectiveDate() : state.statusSince();
        boolean gone = GONE.contains(copy.membershipState);
        updateBranchPeriod(state, effective, gone);
        updateGroupPeriod(state.id(), gone ? null : state.partyGroupId(), gone && state.stateSince() != null ? state.stateSince() : effective);
    }

    /** A committee event carries all holdings of the term: replace the copy of that term. */
    public void apply(CommitteeState state) {
        entityManager.createNativeQuery("delete from roster_committee_post where committee_id = :id")
                .setParameter("id", state.id()).executeUpdate();
        for (Post post : state.posts() == null ? List.<Post>of() : state.posts()) {
            entityManager.createNativeQuery("""
                    insert into roster_committee_post (committee_id, branch_id, member_id, post, from_date, to_date)
                    values (:committee, :branch, :member, :post, :from, :to) on conflict do nothing""")
                    .setParameter("committee", state.id()).setParameter("branch", state.branchId())
                    .setParameter("member", post.memberId()).setParameter("post", post.post())
                    .setParameter("from", post.fromDate()).setParameter("to", post.toDate())
                    .executeUpdate();
        }
    }

    private void updateBranchPeriod(MemberState state, LocalDate effective, boolean gone) {
        Object[] open = openPeriod("select organization_id, from_date from roster_branch_period where member_id = :m and to_date is null",
                state.id());
        if (open == null) {
            if (!gone) {
                // First sight of a member: back-filled records mean they belonged since their earliest known step.
                LocalDate since = Stream.of(state.appliedOn(), state.activistSince(), state.candidateSince(), state.joinedOn(),
                        state.fullSince(), state.statusSince()).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(effective);
                insertBranchPeriod(state.id(), state.organizationId(), since);
            }
            return;
        }
        UUID openBranch = (UUID) open[0];
        if (gone) {
            closeBranchPeriod(state.id(), state.stateSince() != null ? state.stateSince() : effective);
        } else if (!openBranch.equals(state.organizationId())) {
            closeBranchPeriod(state.id(), effective);
            insertBranchPeriod(state.id(), state.organizationId(), effective);
        }
    }

    private void updateGroupPeriod(UUID member, UUID group, LocalDate effective) {
        Object[] open = openPeriod("select group_id, from_date from roster_group_period where member_id = :m and to_date is null", member);
        UUID openGroup = open == null ? null : (UUID) open[0];
        if (Objects.equals(openGroup, group)) {
            return;
        }
        if (openGroup != null) {
            entityManager.createNativeQuery("update roster_group_period set to_date = :d where member_id = :m and to_date is null")
                    .setParameter("d", effective).setParameter("m", member).executeUpdate();
        }
        if (group != null) {
            entityManager.createNativeQuery("""
                    insert into roster_group_period (member_id, group_id, from_date) values (:m, :g, :d)
                    on conflict (member_id, group_id, from_date) do update set to_date = null""")
                    .setParameter("m", member).setParameter("g", group).setParameter("d", effective).executeUpdate();
        }
    }

    private Object[] openPeriod(String sql, UUID member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("m", member).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void insertBranchPeriod(UUID member, UUID branch, LocalDate from) {
        entityManager.createNativeQuery("""
                insert into roster_branch_period (member_id, organization_id, from_date) values (:m, :o, :d)
                on conflict (member_id, from_date) do update set organization_id = excluded.organization_id, to_date = null""")
                .setParameter("m", member).setParameter("o", branch).setParameter("d", from).executeUpdate();
    }

    private void closeBranchPeriod(UUID member, LocalDate on) {
        entityManager.createNativeQuery("update roster_branch_period set to_date = :d where member_id = :m and to_date is null")
                .setParameter("d", on).setParameter("m", member).executeUpdate();
    }
}
