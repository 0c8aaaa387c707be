package io.partybranch.reporting.service;

import io.partybranch.common.security.ScopeFilter;
import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.reporting.repository.ChangeEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the change feed in position order. Requests are scoped by the data layer's filter like
 * every other read; webhook deliveries, which run outside any request, bind a subscription's stored
 * scope to the same condition.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeedService {

    @Inject
    EntityManager entityManager;

    /** @param more whether events beyond {@code events} were already there */
    public record Page(List<ChangeEvent> events, boolean more) {
    }

    /** For the caller of the current request (scoped by the filter). */
    public Page after(long position, Set<String> types, int limit) {
        String jpql = "from ChangeEvent e where e.position > :after" + (types.isEmpty() ? "" : " and e.type in :types")
                + " order by e.position";
        var query = entityManager.createQuery(jpql, ChangeEvent.class).setParameter("after", position).setMaxResults(limit + 1);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        return page(query.getResultList(), limit);
    }

    /** For a webhook subscription: its own scope, bound as the filter binds a caller's; null means everything. */
    @SuppressWarnings("unchecked")
    public Page afterInScope(long position, Collection<String> types, Collection<String> districts, Collection<UUID> roots, int limit) {
        boolean everything = districts == null && roots == null;
        String sql = "select e.* from change_event e where e.position > :after"
                + (types.isEmpty() ? "" : " and e.type in (:types)")
                + (everything ? "" : " and (e.organization_id" + ScopeFilter.VISIBLE + " or e.counterpart_id" + ScopeFilter.VISIBLE + ")")
                + " order by e.position limit :limit";
        var query = entityManager.createNativeQuery(sql, ChangeEvent.class).setParameter("after", position).setParameter("limit",
                limit + 1);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        if (!everything) {
            query.setParameter(ScopeFilter.DISTRICTS,
                    districts == null || districts.isEmpty() ? List.of(OrganizationTree.NO_DISTRICT) : districts);
            query.setParameter(ScopeFilter.ROOTS, roots == null || roots.isEmpty() ? List.of(OrganizationTree.NO_ORGANIZATION) : roots);
        }
        return page(query.getResultList(), limit);
    }

    private static Page page(List<ChangeEvent> rows, int limit) {
        return rows.size() > limit ? new Page(rows.subList(0, limit), true) : new Page(rows, false);
    }
}
