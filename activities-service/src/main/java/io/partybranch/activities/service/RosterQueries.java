package io.partybranch.activities.service;

import io.partybranch.activities.domain.ActivityType;
import io.partybranch.common.persistence.JdbcValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Questions about the roster on a given date, answered from the local copy. Callers have already
 * checked that the branch is in the caller's scope.
 */
@ApplicationScoped
public class RosterQueries {

    /** "Covers the date": from inclusive, to exclusive (a transfer on day D belongs to the new branch). */
    private static final String COVERS = "p.from_date <= :d and (p.to_date is null or p.to_date > :d)";

    @Inject
    EntityManager entityManager;

    public record Expected(UUID memberId, boolean votes) {
    }

    /**
     * 应到 for an activity: the branch's party members on the date (suspended ones excepted); for a
     * group meeting the group's; for a committee meeting the committee's.
     */
    public Map<UUID, Expected> expected(ActivityType type, UUID branch, UUID organization, LocalDate date) {
        String sql = switch (type) {
            case COMMITTEE_MEETING -> """
                    select distinct p.member_id, m.full_since from roster_committee_post p join roster_member m on m.id = p.member_id
                    where p.branch_id = :b and %s""".formatted(COVERS);
            case GROUP_MEETING -> """
                    select m.id, m.full_since from roster_member m join roster_group_period p on p.member_id = m.id
                    where p.group_id = :g and %s and m.joined_on is not null and m.joined_on <= :d
                      and not (m.membership_state = 'SUSPENDED' and m.state_since <= :d)""".formatted(COVERS);
            default -> """
                    select m.id, m.full_since from roster_member m join roster_branch_period p on p.member_id = m.id
                    where p.organization_id = :b and %s and m.joined_on is not null and m.joined_on <= :d
                      and not (m.membership_state = 'SUSPENDED' and m.state_since <= :d)""".formatted(COVERS);
        };
        var query = entityManager.createNativeQuery(sql).setParameter("d", date);
        if (sql.contains(":b")) {
            query.setParameter("b", branch);
        }
        if (sql.contains(":g")) {
            query.setParameter("g", organization);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Expected> expected = new LinkedHashMap<>();
        for (Object[] row : rows) {
            LocalDate fullSince = JdbcValues.localDate(row[1]);
            UUID member = (UUID) row[0];
            expected.put(member, new Expected(member, fullSince != null && !fullSince.isAfter(date)));
        }
        return expected;
    }

    /** Who sat on the branch's committee, in any post, on the date. */
    public Set<UUID> committeeOn(UUID branch, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<UUID> members = entityManager
                .createNativeQuery("select distinct p.member_id from roster_committee_post p where p.branch_id = :b and "
                        + COVERS)
                .setParameter("b", branch).setParameter("d", date).getResultList();
        return new HashSet<>(members);
    }

    /** Which of these people belonged to the branch (or the group) on the date. */
    public Set<UUID> belonging(Set<UUID> members, UUID branchOrGroup, boolean group, LocalDate date) {
        if (members.isEmpty()) {
            return Set.of();
        }
        String table = group ? "roster_group_period p where p.group_id" : "roster_branch_period p where p.organization_id";
        @SuppressWarnings("unchecked")
        List<UUID> rows = entityManager.createNativeQuery("select p.member_id from " + table + " = :o and " + COVERS
                + " and p.member_id in (:members)")
                .setParameter("o", branchOrGroup).setParameter("d", date).setParameter("members", members).getResultList();
        return Set.copyOf(rows);
    }

    public Map<UUID, String> names(Set<UUID> members) {
        if (members.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, full_name from roster_member where id in (:ids)")
                .setParameter("ids", members).getResultList();
        return rows.stream().filter(r -> r[1] != null).collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }
}
