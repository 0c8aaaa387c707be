package io.partybranch.members.service;

import io.partybranch.common.security.ScopeResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Visible organisations: those of the caller's districts and the subtrees of its roots, however deep. */
@ApplicationScoped
public class OrganizationScopeResolver implements ScopeResolver {

    @Inject
    EntityManager entityManager;

    @Override
    public Set<UUID> visibleOrganizations(Set<String> districts, Set<UUID> subtreeRoots) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                with recursive tree(id) as (
                    select id from organization where district_code in (:districts) or id in (:roots)
                    union
                    select o.id from organization o join tree t on o.parent_id = t.id
                )
                select id from tree""", UUID.class)
                .setParameter("districts", districts.isEmpty() ? Set.of("------") : districts)
                .setParameter("roots", subtreeRoots.isEmpty() ? Set.of(new UUID(0, 0)) : subtreeRoots)
                .getResultList();
        return new HashSet<>(ids);
    }
}
