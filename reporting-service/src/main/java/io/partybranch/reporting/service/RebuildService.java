package io.partybranch.reporting.service;

import io.partybranch.common.inbox.EventConsumer;
import io.partybranch.common.inbox.RebuildTarget;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.reporting.events.EventConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a rebuild of the read models empties and how it wraps the replay; platform-common's rebuild job
 * runs it in one transaction with the live consumers held (readers keep the previous figures until it
 * commits) and replays both topics through the same decoding and appliers as live events.
 */
@ApplicationScoped
public class RebuildService implements RebuildTarget {

    static final List<String> READ_MODELS = ReadModelTables.ALL;

    @Inject
    EntityManager entityManager;

    @Inject
    EventConsumers consumers;

    @Override
    public EventConsumer<?> consumer() {
        return consumers;
    }

    @Override
    public void clear() {
        for (String table : READ_MODELS) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    @Override
    public OffsetDateTime asOf() {
        return JdbcValues.offsetDateTime(entityManager.createNativeQuery("""
                select max(t) from (select max(last_event_at) t from organization_view union all select max(last_event_at) from member_view
                    union all select max(last_event_at) from activity_view) facts""").getSingleResult());
    }
}
