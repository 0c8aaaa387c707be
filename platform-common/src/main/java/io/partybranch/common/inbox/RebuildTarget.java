package io.partybranch.common.inbox;

import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * What a service rebuilds from its consumer's topics: the consumer (its types, decoding and appliers,
 * the same as live) and how to empty what it derives. Everything runs in the rebuild's one transaction.
 */
public interface RebuildTarget {

    EventConsumer<?> consumer();

    /** Empties what the consumer derives from its topics. */
    void clear();

    /** Wraps the whole replay, e.g. to defer work to its end; by default just runs it. */
    default <T> T around(Supplier<T> replay) {
        return replay.get();
    }

    /** Time of the latest event applied, read after the replay. */
    default OffsetDateTime asOf() {
        return null;
    }
}
