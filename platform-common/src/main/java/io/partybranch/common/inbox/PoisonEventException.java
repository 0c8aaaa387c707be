package io.partybranch.common.inbox;

import java.util.UUID;

/**
 * A record that no retry can apply. Its code and message become the dead-letter reason; the event id,
 * when known, lets the inbox set aside that one event and apply the rest of its batch.
 */
public class PoisonEventException extends RuntimeException {

    /** Not a CloudEvents JSON record, or one without its required attributes. */
    public static final String UNPARSEABLE = "unparseable";
    /** A type this consumer has never heard of. */
    public static final String UNKNOWN_TYPE = "unknown-type";
    /** A known type in a version this consumer does not know (e.g. {@code member.registered.v2}). */
    public static final String UNKNOWN_VERSION = "unknown-version";
    /** Data that does not match the type's contract. */
    public static final String CONTRACT_VIOLATION = "contract-violation";
    /** Well-formed data that breaks a rule of the consumer or its database. */
    public static final String RULE_VIOLATION = "rule-violation";

    private final String code;
    private final UUID eventId;

    public PoisonEventException(String code, String reason) {
        this(code, reason, null);
    }

    public PoisonEventException(String code, String reason, UUID eventId) {
        super(reason);
        this.code = code;
        this.eventId = eventId;
    }

    public String code() {
        return code;
    }

    /** The event at fault, or null when the record had none or it is not known. */
    public UUID eventId() {
        return eventId;
    }
}
