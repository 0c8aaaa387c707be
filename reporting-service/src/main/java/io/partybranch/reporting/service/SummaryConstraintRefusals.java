package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.http.UniqueConstraintRefusals;
import io.partybranch.reporting.domain.ReportingRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Two drafts of one branch's summary for one period racing past the check get the check's refusal. */
@ApplicationScoped
public class SummaryConstraintRefusals implements UniqueConstraintRefusals {

    @Override
    public Optional<ProblemException> refusalFor(String constraint) {
        return "work_summary_branch_period".equals(constraint)
                ? Optional.of(ProblemException.refused(ReportingRule.SUMMARY_EXISTS, "The branch already has a summary for this period"))
                : Optional.empty();
    }
}
