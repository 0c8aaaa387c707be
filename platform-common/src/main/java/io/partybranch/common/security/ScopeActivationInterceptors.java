package io.partybranch.common.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * One interceptor per transaction type, because the type is a binding member of
 * {@code @Transactional}. They run just inside the transaction interceptor (platform + 200).
 */
final class ScopeActivationInterceptors {

    private static final int INSIDE_TRANSACTION = Interceptor.Priority.PLATFORM_BEFORE + 300;

    private ScopeActivationInterceptors() {
    }

    @Interceptor
    @Transactional(TxType.REQUIRED)
    @Priority(INSIDE_TRANSACTION)
    static class Required extends ScopeFilter.Activation {
        @AroundInvoke
        Object around(InvocationContext invocation) throws Exception {
            return activate(invocation);
        }
    }

    @Interceptor
    @Transactional(TxType.SUPPORTS)
    @Priority(INSIDE_TRANSACTION)
    static class Supports extends ScopeFilter.Activation {
        @AroundInvoke
        Object around(InvocationContext invocation) throws Exception {
            return activate(invocation);
        }
    }

    @Interceptor
    @Transactional(TxType.MANDATORY)
    @Priority(INSIDE_TRANSACTION)
    static class Mandatory extends ScopeFilter.Activation {
        @AroundInvoke
        Object around(InvocationContext invocation) throws Exception {
            return activate(invocation);
        }
    }

    @Interceptor
    @Transactional(TxType.REQUIRES_NEW)
    @Priority(INSIDE_TRANSACTION)
    static class RequiresNew extends ScopeFilter.Activation {
        @AroundInvoke
        Object around(InvocationContext invocation) throws Exception {
            return activate(invocation);
        }
    }
}
