package io.partybranch.common.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import org.hibernate.Session;

/**
 * Tenant scoping in the data layer. Every scoped entity carries
 * {@code @Filter(name = ScopeFilter.NAME, condition = "{alias}.<its organisation column>" + ScopeFilter.VISIBLE)};
 * the filter is declared with {@code applyToLoadByKey}, so a load by id outside the scope finds
 * nothing (404), and lists and aggregates simply do not contain such rows.
 *
 * <p>The condition binds what the caller's token names (its district codes and the roots of its
 * subtrees, a handful of values) and reaches everything under them through the service's closure
 * table ({@code organization_closure}, kept by {@code OrganizationTree}). It never binds the
 * organisations themselves, so a bureau over a whole province is scoped as cheaply as a school.
 *
 * <p>It is switched on by interceptors bound to {@code @Transactional} (every service method of every
 * service carries it, reads included), inside the transaction and before the method runs. So a new
 * endpoint is scoped without doing anything, and only callers outside an HTTP request (event
 * consumers, the outbox relay) and platform admins see everything.
 */
public final class ScopeFilter {

    public static final String NAME = "organizationScope";
    public static final String DISTRICTS = "scopeDistricts";
    public static final String ROOTS = "scopeRoots";

    /** Appended to an organisation column: true when the organisation lies inside the caller's scope. */
    public static final String VISIBLE = " in (select scope.descendant_id from organization_closure scope"
            + " where scope.ancestor_district in (:" + DISTRICTS + ") or scope.ancestor_id in (:" + ROOTS + "))";

    private ScopeFilter() {
    }

    static void enable(Session session, CallerScope scope) {
        session.enableFilter(NAME).setParameterList(DISTRICTS, scope.scopeDistricts())
                .setParameterList(ROOTS, scope.scopeRoots());
    }

    abstract static class Activation {

        @Inject
        Session session;

        @Inject
        Instance<CallerScope> caller;

        Object activate(InvocationContext invocation) throws Exception {
            if (Arc.container().requestContext().isActive() && session.getEnabledFilter(NAME) == null) {
                CallerScope scope = caller.get();
                if (!scope.unrestricted() && !scope.scopingSuspended()) {
                    enable(session, scope);
                }
            }
            return invocation.proceed();
        }
    }
}
