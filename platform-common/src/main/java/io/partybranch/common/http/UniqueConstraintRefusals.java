package io.partybranch.common.http;

import java.util.Optional;

/**
 * A service's translation of its unique constraints into the refusals a client gets when two
 * requests race past the service's own check: the constraint is the final guard, and its violation
 * is a 409 like the check's, never a 500. Each service provides one bean; {@link ProblemMappers}
 * asks it about every constraint violation that reaches the HTTP layer.
 */
public interface UniqueConstraintRefusals {

    /** @param constraint the violated constraint or unique index, as PostgreSQL names it */
    Optional<ProblemException> refusalFor(String constraint);
}
