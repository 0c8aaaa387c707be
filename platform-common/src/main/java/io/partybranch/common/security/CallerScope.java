package io.partybranch.common.security;

import io.partybranch.common.http.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling and what they may see, from the verified token; resolved once per request. */
@RequestScoped
public class CallerScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Instance<ScopeResolver> resolver;

    @Inject
    org.hibernate.Session session;

    private Set<UUID> visible;

    // Read through methods only: this bean is reached through a client proxy, whose own fields stay unset.
    /** Set while the visible set is computed, so the resolver's own queries do not recurse into scoping. */
    private boolean resolving;

    /** Set while {@link #unscoped} runs, so nested service calls do not switch the filter back on. */
    private boolean bypassing;

    boolean scopingSuspended() {
        return resolving || bypassing;
    }

    /** The visible set, computed with scoping suspended for the resolver's own queries. */
    Set<UUID> resolveForFilter() {
        resolving = true;
        try {
            return visibleOrganizations();
        } finally {
            resolving = false;
        }
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String role() {
        for (String role : new String[] {Roles.PLATFORM_ADMIN, Roles.BUREAU, Roles.SCHOOL, Roles.AUDITOR}) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return "none";
    }

    public boolean unrestricted() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }

    public boolean canWrite() {
        return Roles.WRITERS.stream().anyMatch(identity::hasRole);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Every organisation this caller may see; meaningless (and not computed) for an unrestricted caller. */
    public Set<UUID> visibleOrganizations() {
        if (visible == null) {
            Set<String> districts = strings(Roles.DISTRICTS_CLAIM);
            Set<UUID> roots = new HashSet<>();
            for (String root : strings(Roles.ORGANIZATIONS_CLAIM)) {
                try {
                    roots.add(UUID.fromString(root));
                } catch (IllegalArgumentException ignored) {
                    // A malformed scope entry grants nothing.
                }
            }
            if (!identity.hasRole(Roles.BUREAU) && !identity.hasRole(Roles.AUDITOR)) {
                districts = Set.of(); // only bureaus and auditors are scoped by district
            }
            visible = districts.isEmpty() && roots.isEmpty() ? Set.of() : resolver.get().visibleOrganizations(districts, roots);
        }
        return visible;
    }

    public boolean canSee(UUID organizationId) {
        return unrestricted() || (organizationId != null && visibleOrganizations().contains(organizationId));
    }

    /** For writes that name a target organisation (a parent, a branch): outside the scope is 403. */
    public void requireWritable(UUID organizationId) {
        if (!canWrite()) {
            throw forbidden("This role may only read");
        }
        if (organizationId != null && !canSee(organizationId)) {
            throw forbidden("Organisation " + organizationId + " is outside the caller's scope");
        }
    }

    /**
     * Runs a look-up without the scope filter, for the few legitimate cross-scope steps (the
     * receiving branch of a transfer confirming it). Callers must not return what they read.
     */
    public <T> T unscoped(java.util.function.Supplier<T> work) {
        if (session.getEnabledFilter(ScopeFilter.NAME) == null) {
            return work.get();
        }
        session.disableFilter(ScopeFilter.NAME);
        bypassing = true;
        try {
            return work.get();
        } finally {
            bypassing = false;
            Set<UUID> scope = visibleOrganizations();
            session.enableFilter(ScopeFilter.NAME).setParameterList(ScopeFilter.PARAMETER, scope.isEmpty() ? Set.of(ScopeFilter.NOTHING) : scope);
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "/problems/forbidden", "无权操作", detail, null);
    }

    private Set<String> strings(String claim) {
        Object value = token.getClaim(claim);
        Set<String> result = new HashSet<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> result.add(unquote(String.valueOf(v))));
        } else if (value instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> result.add(unquote(v.toString())));
        } else if (value != null) {
            result.add(unquote(value.toString()));
        }
        return result;
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
