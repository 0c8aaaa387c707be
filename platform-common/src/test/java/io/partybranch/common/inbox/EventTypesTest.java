package io.partybranch.common.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    private final EventTypes types = EventTypes.handling(List.of("member.registered.v1", "member.status-changed.v1"))
            .ignoring(List.of("vote.held.v1"));

    @Test
    void knownTypesAreAppliedOrKnowinglyIgnored() {
        assertTrue(types.check("member.registered.v1"));
        assertFalse(types.check("vote.held.v1"));
    }

    @Test
    void aNewerVersionOfAKnownTypeIsNeverTakenForTheOldOne() {
        PoisonEventException v2 = assertThrows(PoisonEventException.class, () -> types.check("member.registered.v2"));
        assertEquals(PoisonEventException.UNKNOWN_VERSION, v2.code());
        assertEquals(PoisonEventException.UNKNOWN_VERSION,
                assertThrows(PoisonEventException.class, () -> types.check("vote.held.v3")).code());
    }

    @Test
    void anythingElseIsAnUnknownType() {
        for (String type : new String[]{"widget.created.v1", "member.registered", "member.registered.v0", "MEMBER.REGISTERED.V1", ""}) {
            assertEquals(PoisonEventException.UNKNOWN_TYPE, assertThrows(PoisonEventException.class, () -> types.check(type)).code(),
                    type);
        }
    }
}
