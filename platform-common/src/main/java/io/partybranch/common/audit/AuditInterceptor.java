package io.partybranch.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.type.Type;
import org.jboss.logging.MDC;

/**
 * Writes an audit entry for every insert, update and delete of an {@link Audited} entity, with the
 * fields that changed (before/after), on the same JDBC connection and so in the same transaction as
 * the change itself. Services cannot forget it: it sits under the persistence layer.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    /** Bookkeeping fields whose changes say nothing to an auditor. */
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Session session;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof Audited audited) {
            Map<String, Object> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (state[i] != null && !IGNORED.contains(names[i])) {
                    changes.put(names[i], Map.of("after", PersonalData.masked(names[i], state[i])));
                }
            }
            write("CREATE", entity, id, audited, changes);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        if (entity instanceof Audited audited && previous != null) {
            Map<String, Object> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (!IGNORED.contains(names[i]) && !Objects.equals(current[i], previous[i])) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("before", PersonalData.masked(names[i], previous[i]));
                    change.put("after", PersonalData.masked(names[i], current[i]));
                    changes.put(names[i], change);
                }
            }
            if (!changes.isEmpty()) {
                write("UPDATE", entity, id, audited, changes);
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof Audited audited) {
            Map<String, Object> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (state[i] != null && !IGNORED.contains(names[i])) {
                    changes.put(names[i], Map.of("before", PersonalData.masked(names[i], state[i])));
                }
            }
            write("DELETE", entity, id, audited, changes);
        }
    }

    private void write(String action, Object entity, Object id, Audited audited, Map<String, Object> changes) {
        String subject = "system";
        String role = "system";
        if (Arc.container().requestContext().isActive()) {
            CallerScope caller = Arc.container().instance(CallerScope.class).get();
            subject = caller.subject();
            role = caller.role();
        }
        Object requestId = MDC.get("requestId");
        String json;
        try {
            json = objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry for " + entity.getClass().getSimpleName() + " is not serialisable", e);
        }
        String who = subject;
        String as = role;
        // Plain JDBC on the session's connection: a JPA query here would trigger another flush mid-flush.
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_entry (id, occurred_at, subject, role, request_id, action, entity_type, entity_id, "
                            + "organization_id, changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setTimestamp(2, Timestamp.from(BusinessCalendar.now().toInstant()));
                insert.setString(3, who);
                insert.setString(4, as);
                insert.setString(5, requestId == null ? null : requestId.toString());
                insert.setString(6, action);
                insert.setString(7, entity.getClass().getSimpleName());
                insert.setString(8, String.valueOf(id));
                insert.setObject(9, audited.auditOrganization());
                insert.setString(10, json);
                insert.executeUpdate();
            }
        });
    }
}
