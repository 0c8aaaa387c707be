package io.partybranch.common.inbox;

import io.partybranch.common.persistence.JdbcValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The {@code rebuild_job} table; each method runs in the caller's transaction. */
@ApplicationScoped
class RebuildJobs {

    @Inject
    EntityManager entityManager;

    /** A running job whose process stopped beating is marked abandoned, so a new one may start. */
    void abandonStale(String consumer, Duration heartbeatTimeout) {
        entityManager.createNativeQuery("""
                update rebuild_job set state = 'ABANDONED', finished_at = now(),
                    error = 'the process running it stopped before it finished'
                where consumer = :consumer and state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)""")
                .setParameter("consumer", consumer).setParameter("seconds", (double) heartbeatTimeout.toSeconds()).executeUpdate();
    }

    /** Fails with a unique violation (one running job per consumer) when one runs already. */
    void insertRunning(UUID id, String consumer, String requestedBy) {
        entityManager.createNativeQuery("""
                insert into rebuild_job (id, consumer, state, requested_by, started_at, heartbeat_at)
                values (:id, :consumer, 'RUNNING', :by, now(), now())""")
                .setParameter("id", id).setParameter("consumer", consumer).setParameter("by", requestedBy).executeUpdate();
        entityManager.flush();
    }

    void progress(UUID id, Long total, long done, long applied, long skipped, int attempts) {
        entityManager.createNativeQuery("""
                update rebuild_job set records_total = :total, records_done = :done, events_applied = :applied,
                    events_skipped = :skipped, attempts = :attempts, heartbeat_at = now() where id = :id""")
                .setParameter("total", total).setParameter("done", done).setParameter("applied", applied)
                .setParameter("skipped", skipped).setParameter("attempts", attempts).setParameter("id", id).executeUpdate();
    }

    void finish(UUID id, String state, OffsetDateTime asOf, String error) {
        entityManager.createNativeQuery("""
                update rebuild_job set state = :state, finished_at = now(), heartbeat_at = now(), as_of = :asOf, error = :error
                where id = :id""")
                .setParameter("state", state).setParameter("asOf", asOf).setParameter("error", error).setParameter("id", id)
                .executeUpdate();
    }

    RebuildStatus find(String consumer, UUID id) {
        List<RebuildStatus> found = select("where consumer = :consumer and id = :id", consumer, id);
        return found.isEmpty() ? null : found.get(0);
    }

    RebuildStatus running(String consumer) {
        List<RebuildStatus> found = select("where consumer = :consumer and state = 'RUNNING'", consumer, null);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<RebuildStatus> select(String where, String consumer, UUID id) {
        var query = entityManager.createNativeQuery("""
                select id, state, records_done, records_total, events_applied, events_skipped, attempts, started_at, finished_at,
                    as_of, error from rebuild_job
                """ + where).setParameter("consumer", consumer);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RebuildStatus((UUID) r[0], (String) r[1], ((Number) r[2]).longValue(),
                r[3] == null ? null : ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).intValue(), JdbcValues.offsetDateTime(r[7]), JdbcValues.offsetDateTime(r[8]),
                JdbcValues.offsetDateTime(r[9]), (String) r[10])).toList();
    }
}
