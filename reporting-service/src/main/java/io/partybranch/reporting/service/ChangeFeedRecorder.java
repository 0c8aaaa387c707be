package io.partybranch.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.persistence.BulkSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Adds a batch of consumed events to the change feed, in the consumer's transaction (so an event is in
 * the feed exactly when the read models hold it, and the organisation tree that scopes it is there).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeFeedRecorder {

    /**
     * Held until commit: positions are handed out one transaction at a time, so they rise in commit
     * order and a reader resuming after position n can never miss a later commit of n - 1.
     */
    static final long FEED_LOCK = 0x6368616e6765L;

    @Inject
    BulkSql sql;

    @Inject
    ObjectMapper json;

    public void record(List<CloudEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int size = events.size();
        UUID[] ids = new UUID[size];
        String[] types = new String[size];
        UUID[] organizations = new UUID[size];
        UUID[] counterparts = new UUID[size];
        String[] bodies = new String[size];
        for (int i = 0; i < size; i++) {
            CloudEvent event = events.get(i);
            ids[i] = event.id();
            types[i] = event.type();
            organizations[i] = scopeOf(event);
            counterparts[i] = counterpartOf(event);
            bodies[i] = write(event);
        }
        sql.query("select pg_advisory_xact_lock(?)", row -> 0, FEED_LOCK);
        sql.update("""
                insert into change_event (event_id, type, organization_id, counterpart_id, event)
                select e.id, e.type, e.organization, e.counterpart, e.body::jsonb
                from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::text[]) with ordinality
                    as e(id, type, organization, counterpart, body, ord)
                where e.organization is not null
                order by e.ord
                on conflict (event_id) do nothing""", ids, types, organizations, counterparts, bodies);
    }

    /** An organisation's own events are seen from it; everything else from its branch (the partition key). */
    static UUID scopeOf(CloudEvent event) {
        String scope = event.type() != null && event.type().startsWith("organization.") ? event.subject() : event.branchid();
        return uuid(scope == null ? event.branchid() : scope);
    }

    /** The branch a member left, or the branch a transfer goes to: its scope sees the event too. */
    static UUID counterpartOf(CloudEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            return null;
        }
        for (String field : List.of("previousOrganizationId", "toBranchId")) {
            UUID counterpart = uuid(data.path(field).asText(null));
            if (counterpart != null) {
                return counterpart;
            }
        }
        return null;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String write(CloudEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decoded event could not be written back as JSON", e);
        }
    }
}
