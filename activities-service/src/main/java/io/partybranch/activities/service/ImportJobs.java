package io.partybranch.activities.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.activities.domain.ImportJob;
import io.partybranch.activities.domain.ImportJobStatus;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.security.Roles;
import io.partybranch.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The import_job table: a job is written QUEUED with its requests, claimed RUNNING by the runner,
 * and finished in the very transaction that records what it imports (SUCCEEDED), or FAILED with the
 * problem that refused it. A caller sees the jobs submitted with its own scope (the same districts
 * and organisations in the token), a platform administrator every job.
 */
@ApplicationScoped
@Transactional
public class ImportJobs {

    /** Who submitted a job and what they may do, as the runner needs it to act for them again after a restart. */
    public record Caller(String subject, List<String> roles, List<String> districts, List<String> organizations) {

        String scopeKey() {
            return String.join(",", districts.stream().sorted().toList()) + "|"
                    + String.join(",", organizations.stream().sorted().toList());
        }
    }

    /** A job as the runner takes it up. */
    public record Claimed(UUID id, ImportJob.Kind kind, String requests, Caller caller) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    CallerScope scope;

    public UUID submit(ImportJob.Kind kind, Object requests, int total, Caller caller) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into import_job (id, kind, status, total, requests, submitted_by, caller, scope_key, created_at)
                values (:id, :kind, 'QUEUED', :total, cast(:requests as jsonb), :by, cast(:caller as jsonb), :scope, :at)""")
                .setParameter("id", id).setParameter("kind", kind.name()).setParameter("total", total)
                .setParameter("requests", write(requests)).setParameter("by", caller.subject()).setParameter("caller", write(caller))
                .setParameter("scope", caller.scopeKey()).setParameter("at", BusinessCalendar.now()).executeUpdate();
        return id;
    }

    /** @return the job, now RUNNING, or null when it is no longer QUEUED or RUNNING */
    public Claimed claim(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                update import_job set status = 'RUNNING', checked = 0, started_at = :at
                where id = :id and status in ('QUEUED', 'RUNNING') returning kind, cast(requests as text), cast(caller as text)""")
                .setParameter("id", id).setParameter("at", BusinessCalendar.now()).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Claimed(id, ImportJob.Kind.valueOf((String) row[0]), (String) row[1], read((String) row[2], Caller.class));
    }

    @SuppressWarnings("unchecked")
    public List<UUID> unfinished() {
        return entityManager.createNativeQuery("select id from import_job where status in ('QUEUED', 'RUNNING') order by created_at")
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, int checked) {
        entityManager.createNativeQuery("update import_job set checked = :n where id = :id and status = 'RUNNING'")
                .setParameter("n", checked).setParameter("id", id).executeUpdate();
    }

    /** Records what the job imports and marks it SUCCEEDED, in one transaction: both or neither. */
    public List<UUID> succeed(UUID id, Supplier<List<UUID>> record) {
        List<UUID> ids = record.get();
        entityManager.createNativeQuery("""
                update import_job set status = 'SUCCEEDED', checked = total, result = cast(:result as jsonb), requests = null,
                finished_at = :at where id = :id""")
                .setParameter("result", write(ids)).setParameter("at", BusinessCalendar.now()).setParameter("id", id).executeUpdate();
        return ids;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID id, ProblemException refused) {
        Problem problem = new Problem(URI.create(refused.type()), refused.title(), refused.status(), refused.getMessage(), null,
                refused.errors().isEmpty() ? null : refused.errors());
        entityManager.createNativeQuery(
                """
                        update import_job set status = 'FAILED', problem = cast(:problem as jsonb), requests = null, finished_at = :at where id = :id""")
                .setParameter("problem", write(problem)).setParameter("at", BusinessCalendar.now()).setParameter("id", id).executeUpdate();
    }

    /** The job of this kind, if the caller may see it; else 404, as for anything out of scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob get(ImportJob.Kind kind, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select status, total, checked, cast(result as text), cast(problem as text), created_at, finished_at, scope_key
                from import_job where id = :id and kind = :kind""")
                .setParameter("id", id).setParameter("kind", kind.name()).getResultList();
        if (rows.isEmpty() || !(scope.unrestricted() || rows.get(0)[7].equals(current().scopeKey()))) {
            throw ProblemException.notFound("Import job", id);
        }
        Object[] row = rows.get(0);
        List<UUID> recorded = row[3] == null
                ? List.of()
                : new ArrayList<>(List.of(read((String) row[3], UUID[].class)));
        Problem problem = row[4] == null ? null : read((String) row[4], Problem.class);
        return new ImportJob(id, kind, ImportJobStatus.valueOf((String) row[0]), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                recorded, problem, timestamp(row[5]), timestamp(row[6]));
    }

    /** The caller of this request as a job remembers it. */
    public Caller current() {
        List<String> roles = new ArrayList<>();
        for (String role : new String[]{Roles.PLATFORM_ADMIN, Roles.BUREAU,
                Roles.SCHOOL, Roles.AUDITOR}) {
            if (scope.hasRole(role)) {
                roles.add(role);
            }
        }
        return new Caller(scope.subject(), roles, List.copyOf(scope.districts()), scope.roots().stream().map(UUID::toString).toList());
    }

    private static OffsetDateTime timestamp(Object value) {
        return value == null ? null : JdbcValues.offsetDateTime(value);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import job could not be written", e);
        }
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import job could not be read", e);
        }
    }
}
