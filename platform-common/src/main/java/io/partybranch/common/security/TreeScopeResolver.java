package io.partybranch.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Visible organisations, read from the service's own copy of the tree (members' organisations,
 * activities' roster copy, reporting's read model; never by asking another service): those of the
 * caller's districts and the subtrees of its roots, however deep. The table needs the columns
 * {@code id}, {@code parent_id} and {@code district_code}.
 */
@ApplicationScoped
public class TreeScopeResolver implements ScopeResolver {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "platform.security.organization-table")
    String table;

    @Override
    public Set<UUID> visibleOrganizations(Set<String> districts, Set<UUID> subtreeRoots) {
        if (!table.matches("[a-z_]{1,60}")) {
            throw new IllegalStateException("platform.security.organization-table must be a plain table name");
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                with recursive tree(id) as (
                    select id from %1$s where district_code in (:districts) or id in (:roots)
                    union
                    select o.id from %1$s o join tree t on o.parent_id = t.id
                )
                select id from tree""".formatted(table), UUID.class)
                .setParameter("districts", districts.isEmpty() ? Set.of("------") : districts)
                .setParameter("roots", subtreeRoots.isEmpty() ? Set.of(ScopeFilter.NOTHING) : subtreeRoots)
                .getResultList();
        return new HashSet<>(ids);
    }
}
