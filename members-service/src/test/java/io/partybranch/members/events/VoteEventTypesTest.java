package io.partybranch.members.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.EventContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type activities-service may publish is known to the votes consumer: a type added to the contract
 * and forgotten here would dead-letter every such event in production.
 */
class VoteEventTypesTest {

    @Test
    void everyTypeOfActivitiesEventsIsAppliedOrKnowinglyIgnored() {
        List<String> published = EventContract.load().typesOf("activities.events");
        assertTrue(published.contains(VoteEventsConsumer.VOTE_HELD), "the contract lists " + published);
        VoteEventsConsumer consumer = new VoteEventsConsumer();
        for (String type : published) {
            assertDoesNotThrow(() -> consumer.types().check(type), type);
        }
    }
}
