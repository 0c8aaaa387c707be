package io.partybranch.activities.service;

import io.partybranch.activities.events.MembersEventsConsumer;
import io.partybranch.common.inbox.EventConsumer;
import io.partybranch.common.inbox.RebuildTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What a rebuild of the roster copy empties: the copy of organisations, members and their branch,
 * group and committee periods. platform-common's rebuild job replays members.events through the same
 * decoding and appliers as live events, in one transaction, so attendance checks keep reading the
 * previous roster until it commits.
 */
@ApplicationScoped
public class RosterRebuild implements RebuildTarget {

    static final List<String> ROSTER_TABLES = List.of("roster_committee_post", "roster_committee", "roster_group_period",
            "roster_branch_period", "roster_member", "roster_organization");

    @Inject
    EntityManager entityManager;

    @Inject
    MembersEventsConsumer consumer;

    @Override
    public EventConsumer<?> consumer() {
        return consumer;
    }

    @Override
    public void clear() {
        for (String table : ROSTER_TABLES) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
    }
}
