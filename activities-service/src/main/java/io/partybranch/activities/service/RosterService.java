package io.partybranch.activities.service;

import io.partybranch.activities.events.IncomingContracts.CommitteeState;
import io.partybranch.activities.events.IncomingContracts.MemberState;
import io.partybranch.activities.events.IncomingContracts.OrganizationState;
import io.partybranch.activities.events.IncomingContracts.Post;
import io.partybranch.activities.repository.RosterMember;
import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.tree.OrganizationTree;
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

    @Inject
    OrganizationTree tree;

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
        tree.placed(copy.id);
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
        LocalDate firstSeenSince = updateBranchPeriod(state, effective, gone);
        // A member first seen in a group belonged to it as long as to the branch: records of the past name them in its meetings.
        LocalDate groupFrom = gone && state.stateSince() != null ? state.stateSince() : firstSeenSince != null ? firstSeenSince : effective;
        updateGroupPeriod(state.id(), gone ? null : state.partyGroupId(), groupFrom);
    }

    /** A committee event carries all holdings of the term: replace the copy of that term, unless a newer one was applied. */
    public void apply(CommitteeState state) {
        int current = entityManager.createNativeQuery("""
                insert into roster_committee (id, branch_id, version) values (:id, :branch, :version)
                on conflict (id) do update set branch_id = excluded.branch_id, version = excluded.version
                where roster_committee.version <= excluded.version""")
                .setParameter("id", state.id()).setParameter("branch", state.branchId()).setParameter("version", state.version())
                .executeUpdate();
        if (current == 0) {
            return;
        }
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

    /** @return the date a member first seen belongs from, or null if they were seen before (or are gone) */
    private LocalDate updateBranchPeriod(MemberState state, LocalDate effective, boolean gone) {
        Object[] open = openPeriod("select organization_id, from_date from roster_branch_period where member_id = :m and to_date is null",
                state.id());
        if (open == null) {
            if (!gone) {
                // First sight of a member: back-filled records mean they belonged since their earliest known step.
                LocalDate since = Stream.of(state.appliedOn(), state.activistSince(), state.candidateSince(), state.joinedOn(),
                        state.fullSince(), state.statusSince()).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(effective);
                if (state.previousOrganizationId() != null && state.effectiveDate() != null) {
                    /*
                     * A transfer seen before the member's earlier events: those are keyed by the old branch, so they may
                     * sit on another partition and arrive later, as stale versions. The transfer alone says where the
                     * member was before and since when they belong here.
                     */
                    if (since.isBefore(state.effectiveDate())) {
                        insertBranchPeriod(state.id(), state.previousOrganizationId(), since);
                        closeBranchPeriod(state.id(), state.effectiveDate());
                    }
                    since = state.effectiveDate();
                }
                insertBranchPeriod(state.id(), state.organizationId(), since);
                return since;
            }
            return null;
        }
        UUID openBranch = (UUID) open[0];
        if (gone) {
            closeBranchPeriod(state.id(), state.stateSince() != null ? state.stateSince() : effective);
        } else if (!openBranch.equals(state.organizationId())) {
            closeBranchPeriod(state.id(), effective);
            insertBranchPeriod(state.id(), state.organizationId(), effective);
        }
        return null;
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
