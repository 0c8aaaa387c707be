package io.partybranch.members.service;

import java.util.UUID;

/**
 * Where the bytes of attached documents live, apart from what is known of them. {@code put} runs in
 * the transaction that writes the document's description, so a document and its bytes commit
 * together; an object store implementing it would need its own way to make that hold. {@code get}
 * is called only after the description was found within the caller's scope.
 */
public interface DocumentStore {

    void put(UUID documentId, byte[] content);

    /** The bytes, or null when the store holds none for the id. */
    byte[] get(UUID documentId);
}
