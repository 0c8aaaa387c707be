package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.model.OrganizationStatistics;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    @Inject
    EntityManager entityManager;

    public OrganizationStatistics forOrganization(UUID organizationId) {
        OrganizationView organization = OrganizationView.findById(organizationId);
        if (organization == null) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        Map<String, Long> byStatus = countBy(
                "select m.politicalStatus, count(m) from MemberView m where m.organizationId = :id group by m.politicalStatus",
                organizationId);
        Map<String, Long> byType = countBy(
                "select a.type, count(a) from ActivityView a where a.branchId = :id group by a.type",
                organizationId);
        OffsetDateTime asOf = BusinessCalendar.latest(organization.lastEventAt,
                latestOf("select max(m.lastEventAt) from MemberView m where m.organizationId = :id", organizationId),
                latestOf("select max(a.lastEventAt) from ActivityView a where a.branchId = :id", organizationId));
        return new OrganizationStatistics(organization.id, organization.name, organization.type,
                new OrganizationStatistics.Members(sum(byStatus), byStatus),
                new OrganizationStatistics.Activities(sum(byType), byType),
                asOf);
    }

    private Map<String, Long> countBy(String jpql, UUID organizationId) {
        List<Object[]> rows = entityManager.createQuery(jpql, Object[].class).setParameter("id", organizationId).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private OffsetDateTime latestOf(String jpql, UUID organizationId) {
        return entityManager.createQuery(jpql, OffsetDateTime.class).setParameter("id", organizationId).getSingleResult();
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
