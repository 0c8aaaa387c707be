package io.partybranch.common.inbox;

/** A record that no retry can apply; its message becomes the dead-letter reason. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }
}
