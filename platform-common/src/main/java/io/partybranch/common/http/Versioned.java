package io.partybranch.common.http;

/** An API representation that carries its entity's version (a record's {@code version()} accessor suffices). */
public interface Versioned {
    long version();
}
