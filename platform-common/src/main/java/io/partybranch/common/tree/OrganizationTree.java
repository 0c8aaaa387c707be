package io.partybranch.common.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that knows how a service's copy of the organisation tree is walked: the closure
 * table {@code organization_closure} (every ancestor-descendant pair, depth 0 included), kept here in
 * the caller's transaction, and the query fragments that read it. The service's own tree table
 * ({@code platform.security.organization-table}: members' organisations, activities' roster copy,
 * reporting's read model) needs the columns {@code id}, {@code parent_id} and {@code district_code}.
 *
 * <p>Consumers may learn of an organisation before its parent, or of a parent after its children:
 * {@link #placed} re-derives the pairs of the whole subtree from the parent pointers the table holds
 * now, so the closure is the same whatever order the tree arrived in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrganizationTree {

    /** Deeper than any real tree (committee, general branch, branch, group); stops a transient cycle in a copy. */
    static final int MAX_DEPTH = 32;

    /** A relink this large changes the table's shape enough to refresh its planner statistics at once. */
    static final int ANALYZE_AFTER = 10_000;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "platform.security.organization-table")
    String table;

    /** An ancestor-descendant pair that appeared or disappeared. */
    public record Pair(UUID ancestor, UUID descendant) {
    }

    /** What a change of the tree did to the closure: pairs gone (old ancestors) and pairs new (new ancestors). */
    public record Change(List<Pair> removed, List<Pair> added) {
        public static final Change NONE = new Change(List.of(), List.of());

        public boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    /**
     * Brings the closure up to date after the organisation's row was written (created, moved,
     * re-coded to another district). Call it after the row is in the tree table.
     */
    public Change placed(UUID organization) {
        entityManager.flush();
        Object[] row = single("select parent_id, district_code from " + table() + " where id = :id", organization);
        if (row == null) {
            throw new IllegalStateException("organisation " + organization + " is not in " + table());
        }
        UUID parent = (UUID) row[0];
        String district = (String) row[1];
        entityManager.createNativeQuery("""
                update organization_closure set ancestor_district = :district
                where ancestor_id = :id and ancestor_district is distinct from cast(:district as bpchar)""")
                .setParameter("id", organization).setParameter("district", district).executeUpdate();
        Object[] linked = single("""
                select (select ancestor_id from organization_closure where descendant_id = :id and depth = 1),
                       exists (select 1 from organization_closure where descendant_id = :id and depth = 0)""", organization);
        boolean known = Boolean.TRUE.equals(linked[1]);
        if (known && Objects.equals(linked[0], parent) && (parent == null || hasRow(parent))) {
            return Change.NONE;
        }
        return relink(organization);
    }

    /**
     * Re-derives the pairs of the organisation's whole subtree from the parent pointers, for rows
     * written into the tree table without {@link #placed} (a bulk load, a repair).
     */
    public Change rederive(UUID organization) {
        entityManager.flush();
        return relink(organization);
    }

    /** Forgets an organisation that was deleted (only a leaf can be). */
    public Change removed(UUID organization) {
        List<Pair> removed = pairs("""
                select ancestor_id, descendant_id from organization_closure where descendant_id = :id or ancestor_id = :id""",
                organization);
        entityManager.createNativeQuery("delete from organization_closure where descendant_id = :id or ancestor_id = :id")
                .setParameter("id", organization).executeUpdate();
        return new Change(removed, List.of());
    }

    /** Whether the organisation lies in one of these districts or in the subtree of one of these roots. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean within(UUID organization, Collection<String> districts, Collection<UUID> roots) {
        if (organization == null || districts.isEmpty() && roots.isEmpty()) {
            return false;
        }
        return (Boolean) entityManager.createNativeQuery("""
                select exists (select 1 from organization_closure
                               where descendant_id = :id and (ancestor_district in (:districts) or ancestor_id in (:roots)))""")
                .setParameter("id", organization)
                .setParameter("districts", districts.isEmpty() ? Set.of(NO_DISTRICT) : districts)
                .setParameter("roots", roots.isEmpty() ? Set.of(NO_ORGANIZATION) : roots)
                .getSingleResult();
    }

    /** Whether {@code candidate} is {@code root} or lies anywhere under it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean inSubtreeOf(UUID candidate, UUID root) {
        return (Boolean) entityManager.createNativeQuery(
                "select exists (select 1 from organization_closure where ancestor_id = :root and descendant_id = :id)")
                .setParameter("root", root).setParameter("id", candidate).getSingleResult();
    }

    /**
     * A JPQL/HQL condition: {@code path} names an organisation in the subtree of the organisation bound
     * to {@code :parameter} (itself included). No list of ids is bound, however large the subtree.
     */
    public static String inSubtree(String path, String parameter) {
        return path + " in (select c.descendantId from OrganizationClosure c where c.ancestorId = :" + parameter + ")";
    }

    /** The same condition for native SQL. */
    public static String inSubtreeSql(String column, String parameter) {
        return column + " in (select c.descendant_id from organization_closure c where c.ancestor_id = :" + parameter + ")";
    }

    /** Stands for "no district": SQL cannot express an empty in-list, and no district code has dashes. */
    public static final String NO_DISTRICT = "------";
    /** Stands for "no organisation". */
    public static final UUID NO_ORGANIZATION = new UUID(0, 0);

    /**
     * Re-derives every pair whose descendant lies in the organisation's subtree (as the parent pointers
     * say now) and writes only the difference.
     */
    private Change relink(UUID organization) {
        String walk = """
                with recursive subtree(id) as (
                    select cast(:id as uuid)
                    union
                    select o.id from %1$s o join subtree s on o.parent_id = s.id
                ), chain(descendant_id, ancestor_id, depth) as (
                    select id, id, 0 from subtree
                    union all
                    select c.descendant_id, o.parent_id, c.depth + 1 from chain c join %1$s o on o.id = c.ancestor_id
                    where o.parent_id is not null and c.depth < %2$d
                )
                """.formatted(table(), MAX_DEPTH);
        Set<Pair> now = new HashSet<>(pairs(walk + """
                select distinct chain.ancestor_id, chain.descendant_id from chain
                where exists (select 1 from %s a where a.id = chain.ancestor_id)""".formatted(table()), organization));
        Set<Pair> before = new HashSet<>(pairs(walk + """
                select c.ancestor_id, c.descendant_id from organization_closure c where c.descendant_id in (select id from subtree)""",
                organization));
        List<Pair> removed = new ArrayList<>();
        for (Pair pair : before) {
            if (!now.contains(pair)) {
                removed.add(pair);
            }
        }
        List<Pair> added = new ArrayList<>();
        for (Pair pair : now) {
            if (!before.contains(pair)) {
                added.add(pair);
            }
        }
        if (!removed.isEmpty()) {
            entityManager.createNativeQuery("""
                    delete from organization_closure c using unnest(cast(:ancestors as uuid[]), cast(:descendants as uuid[])) as gone(a, d)
                    where c.ancestor_id = gone.a and c.descendant_id = gone.d""")
                    .setParameter("ancestors", removed.stream().map(Pair::ancestor).toArray(UUID[]::new))
                    .setParameter("descendants", removed.stream().map(Pair::descendant).toArray(UUID[]::new))
                    .executeUpdate();
        }
        // Depths and districts are written for the new pairs and refreshed for the kept ones below the moved organisation.
        entityManager
                .createNativeQuery(
                        walk + """
                                , shortest as (select descendant_id, ancestor_id, min(depth) as depth from chain group by descendant_id, ancestor_id)
                                insert into organization_closure (ancestor_id, descendant_id, depth, ancestor_district)
                                select s.ancestor_id, s.descendant_id, s.depth, a.district_code from shortest s join %s a on a.id = s.ancestor_id
                                on conflict (ancestor_id, descendant_id) do update set depth = excluded.depth, ancestor_district = excluded.ancestor_district
                                where organization_closure.depth <> excluded.depth
                                   or organization_closure.ancestor_district is distinct from excluded.ancestor_district"""
                                .formatted(table()))
                .setParameter("id", organization).executeUpdate();
        if (removed.size() + added.size() >= ANALYZE_AFTER) {
            // A whole district arriving at once would otherwise be planned with the statistics of an empty table until autovacuum runs.
            entityManager.createNativeQuery("analyze organization_closure").executeUpdate();
        }
        return new Change(removed, added);
    }

    private boolean hasRow(UUID organization) {
        return (Boolean) entityManager.createNativeQuery(
                "select exists (select 1 from organization_closure where descendant_id = :id and ancestor_id = :id)")
                .setParameter("id", organization).getSingleResult();
    }

    private Object[] single(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<Pair> pairs(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("id", id).getResultList();
        List<Pair> pairs = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            pairs.add(new Pair((UUID) row[0], (UUID) row[1]));
        }
        return pairs;
    }

    private String table() {
        if (!table.matches("[a-z_]{1,60}")) {
            throw new IllegalStateException("platform.security.organization-table must be a plain table name");
        }
        return table;
    }
}
