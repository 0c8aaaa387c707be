package io.partybranch.reporting.service;

import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.SummarySection;
import io.partybranch.reporting.mapping.SummaryContents;
import io.partybranch.reporting.repository.WorkSummaryHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/** Appends a step to a summary's history, in the transaction of the step itself. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SummaryHistoryLog {

    @Inject
    SummaryRoles roles;

    @Inject
    SummaryContents contents;

    public void record(UUID summaryId, String action, Integer version, SummarySection section, Map<String, ?> details) {
        Number last = (Number) WorkSummaryHistory.getEntityManager()
                .createQuery("select coalesce(max(h.seq), 0) from WorkSummaryHistory h where h.summaryId = :id")
                .setParameter("id", summaryId).getSingleResult();
        WorkSummaryHistory entry = new WorkSummaryHistory();
        entry.summaryId = summaryId;
        entry.seq = last.intValue() + 1;
        entry.action = action;
        entry.actor = roles.subject();
        entry.actorRole = roles.role();
        entry.at = BusinessCalendar.now();
        entry.version = version;
        entry.section = section == null ? null : section.name();
        entry.details = details == null || details.isEmpty() ? null : contents.write(details);
        entry.persist();
    }
}
