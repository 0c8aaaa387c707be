package io.partybranch.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.security.Roles;
import io.partybranch.common.tree.OrganizationTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reading the audit trail: platform admins and auditors only, and only for organisations they see. */
@ApplicationScoped
public class AuditEntries {

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper objectMapper;

    @Schema(name = "AuditEntry")
    public record AuditEntry(UUID id, OffsetDateTime occurredAt, String subject, String role, String requestId,
            @Schema(enumeration = {
                    "CREATE", "UPDATE", "DELETE"}) String action,
            String entityType, String entityId,
            UUID organizationId,
            @Schema(description = "Changed fields with before/after; personal data masked") JsonNode changes){
    }

    /**
     * @param organization an organisation already checked visible by the caller's service
     * @param subtree whether the entries of everything under it count too
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEntry> of(UUID organization, boolean subtree, PageQuery page) {
        String where = subtree ? OrganizationTree.inSubtreeSql("organization_id", "root") : "organization_id = :root";
        if (!caller.hasRole(Roles.PLATFORM_ADMIN) && !caller.hasRole(Roles.AUDITOR)) {
            throw CallerScope.forbidden("Only platform administrators and auditors read the audit trail");
        }
        long total = ((Number) entityManager.createNativeQuery("select count(*) from audit_entry where " + where)
                .setParameter("root", organization).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, occurred_at, subject, role, request_id, action, entity_type, entity_id, organization_id, changes
                from audit_entry where %s order by occurred_at desc, id
                limit :limit offset :offset""".formatted(where))
                .setParameter("root", organization)
                .setParameter("limit", page.size)
                .setParameter("offset", (long) page.page * page.size)
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            JsonNode changes;
            try {
                changes = objectMapper.readTree((String) row[9]);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored audit entry " + row[0] + " is not JSON", e);
            }
            entries.add(new AuditEntry((UUID) row[0], JdbcValues.offsetDateTime(row[1]), (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], (String) row[7], (UUID) row[8], changes));
        }
        return page.toResponse(entries, total);
    }
}
