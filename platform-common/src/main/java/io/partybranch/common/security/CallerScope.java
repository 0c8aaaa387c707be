package io.partybranch.common.security;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.tree.OrganizationTree;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.Session;

/** Who is calling and what they may see, from the verified token; resolved once per request. */
@RequestScoped
public class CallerScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    OrganizationTree tree;

    @Inject
    Session session;

    // Read through methods only: this bean is reached through a client proxy, whose own fields stay unset.
    private Set<String> districts;
    private Set<UUID> roots;
    private final Map<UUID, Boolean> seen = new HashMap<>();

    /** Set while {@link #unscoped} runs, so nested service calls do not switch the filter back on. */
    private boolean bypassing;

    boolean scopingSuspended() {
        return bypassing;
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String role() {
        for (String role : new String[]{Roles.PLATFORM_ADMIN, Roles.BUREAU, Roles.SCHOOL, Roles.AUDITOR}) {
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

    /** District codes whose organisations (and everything under them) this caller sees: only bureaus and auditors have them. */
    public Set<String> districts() {
        if (districts == null) {
            districts = identity.hasRole(Roles.BUREAU) || identity.hasRole(Roles.AUDITOR)
                    ? Set.copyOf(strings(Roles.DISTRICTS_CLAIM))
                    : Set.of();
        }
        return districts;
    }

    /** Organisations whose subtrees this caller sees, from the token. */
    public Set<UUID> roots() {
        if (roots == null) {
            Set<UUID> parsed = new HashSet<>();
            for (String root : strings(Roles.ORGANIZATIONS_CLAIM)) {
                try {
                    parsed.add(UUID.fromString(root));
                } catch (IllegalArgumentException ignored) {
                    // A malformed scope entry grants nothing.
                }
            }
            roots = Set.copyOf(parsed);
        }
        return roots;
    }

    /** {@link #districts()} as the filter binds it: SQL cannot express an empty in-list. */
    Set<String> scopeDistricts() {
        return districts().isEmpty() ? Set.of(OrganizationTree.NO_DISTRICT) : districts();
    }

    Set<UUID> scopeRoots() {
        return roots().isEmpty() ? Set.of(OrganizationTree.NO_ORGANIZATION) : roots();
    }

    /** One look-up in the closure table per organisation and request, whatever the size of the scope. */
    public boolean canSee(UUID organizationId) {
        if (unrestricted()) {
            return true;
        }
        if (organizationId == null) {
            return false;
        }
        return seen.computeIfAbsent(organizationId, id -> tree.within(id, districts(), roots()));
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
    public <T> T unscoped(Supplier<T> work) {
        if (session.getEnabledFilter(ScopeFilter.NAME) == null) {
            return work.get();
        }
        session.disableFilter(ScopeFilter.NAME);
        bypassing = true;
        try {
            return work.get();
        } finally {
            bypassing = false;
            ScopeFilter.enable(session, this);
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
        } else if (value instanceof JsonArray array) {
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
