package io.partybranch.common.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Tenant scoping in the data layer. Every scoped entity carries
 * {@code @Filter(name = ScopeFilter.NAME, condition = "<its organisation column> in (:organizationIds)")};
 * the filter is declared with {@code applyToLoadByKey}, so a load by id outside the scope finds
 * nothing (404), and lists and aggregates simply do not contain such rows.
 *
 * <p>It is switched on by interceptors bound to {@code @Transactional} (every service method of every
 * service carries it, reads included), inside the transaction and before the method runs. So a new
 * endpoint is scoped without doing anything, and only callers outside an HTTP request (event
 * consumers, the outbox relay) and platform admins see everything.
 */
public final class ScopeFilter {

    public static final String NAME = "organizationScope";
    public static final String PARAMETER = "organizationIds";
    /** Stands for "nothing": SQL cannot express an empty in-list. */
    static final UUID NOTHING = new UUID(0, 0);

    private ScopeFilter() {
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
                    Set<UUID> visible = scope.resolveForFilter();
                    session.enableFilter(NAME).setParameterList(PARAMETER, visible.isEmpty() ? Set.of(NOTHING) : visible);
                }
            }
            return invocation.proceed();
        }
    }
}
