package io.partybranch.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Reads the read-model tables directly, for tests that await what the consumers have applied. */
public final class ReadModelRows {

    private ReadModelRows() {
    }

    /** @param from a table and condition, e.g. {@code "honour_view where branch_id = '…'"} */
    public static long count(EntityManager entityManager, String from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from " + from).getSingleResult()).longValue());
    }
}
