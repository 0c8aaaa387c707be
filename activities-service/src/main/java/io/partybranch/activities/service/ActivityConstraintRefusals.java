package io.partybranch.activities.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.http.UniqueConstraintRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** This service's unique constraints, answered as the same refusals as the checks that come before them. */
@ApplicationScoped
public class ActivityConstraintRefusals implements UniqueConstraintRefusals {

    static ProblemException evaluationExists(String period) {
        return ProblemException.conflict("evaluation-exists", "该期民主评议已登记",
                "The branch already has an evaluation for " + (period == null ? "this period" : period));
    }

    @Override
    public Optional<ProblemException> refusalFor(String constraint) {
        return constraint.equals("evaluation_branch_id_period_key") ? Optional.of(evaluationExists(null)) : Optional.empty();
    }
}
