package io.partybranch.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/** Finds the refusal a service declared ({@link UniqueConstraintRefusals}) for a unique constraint a write ran into. */
@ApplicationScoped
public class LostRaces {

    private static final Logger LOG = Logger.getLogger(LostRaces.class);

    @Inject
    Instance<UniqueConstraintRefusals> services;

    public Optional<ProblemException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String constraint = violation.getConstraintName();
                for (UniqueConstraintRefusals service : services) {
                    Optional<ProblemException> refusal = service.refusalFor(constraint);
                    if (refusal.isPresent()) {
                        LOG.infof("Unique constraint %s refused a write that raced past its check", constraint);
                        return refusal;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
