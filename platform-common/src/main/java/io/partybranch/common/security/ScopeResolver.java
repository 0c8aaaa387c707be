package io.partybranch.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * Implemented by each service over its own copy of the organisation tree: which organisations a
 * caller with these districts and subtree roots may see. Runs unscoped (native SQL).
 */
public interface ScopeResolver {

    Set<UUID> visibleOrganizations(Set<String> districts, Set<UUID> subtreeRoots);
}
