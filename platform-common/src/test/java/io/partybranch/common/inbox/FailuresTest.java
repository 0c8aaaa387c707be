package io.partybranch.common.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one classification: what is retried and what is dead-lettered, read through wrappers. */
class FailuresTest {

    /** How Hibernate and the pool hand a driver's failure up: two wrappers deep. */
    private static RuntimeException wrapped(Throwable cause) {
        return new PersistenceException("could not execute statement",
                new IllegalStateException("JDBC exception", cause));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "08001", "08003", "57P01", "57P02", "57P03", "40001", "40P01", "55P03", "57014", "53300"})
    void connectionLossConflictsAndTimeoutsOfTheDatabaseAreTransient(String state) {
        Failures.Classified failure = Failures.classify(wrapped(new SQLException("failed", state)));
        assertTrue(failure.isTransient(), state);
        assertEquals("database", failure.code());
    }

    @Test
    void aBatchUpdateFailureIsReadThroughItsNextException() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", (String) null);
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertTrue(Failures.classify(wrapped(batch)).isTransient());
    }

    @Test
    void aRefusedConnectionAPoolTimeoutABrokerAwayAndATransactionTimeoutAreTransient() {
        assertEquals("connection", Failures.classify(wrapped(new ConnectException("Connection refused"))).code());
        assertEquals("connection-pool", Failures.classify(wrapped(new SQLException("Sorry, acquisition timeout!"))).code());
        assertEquals("broker", Failures.classify(new TimeoutException("no leader")).code());
        assertEquals("transaction-timeout", Failures.classify(new RuntimeException(
                new RollbackException("ARJUNA016102: The transaction is not active!"))).code());
    }

    @Test
    void poisonDataBreakingRulesAndTheUnforeseenArePermanent() {
        Failures.Classified poison = Failures.classify(wrapped(
                new PoisonEventException(PoisonEventException.UNKNOWN_VERSION, "v2 is not known")));
        assertFalse(poison.isTransient());
        assertEquals("unknown-version", poison.code());
        Failures.Classified notNull = Failures.classify(wrapped(new SQLException("null value in column \"title\"", "23502")));
        assertFalse(notNull.isTransient());
        assertEquals(PoisonEventException.RULE_VIOLATION, notNull.code());
        assertEquals(PoisonEventException.RULE_VIOLATION, Failures.classify(new SQLException("value too long", "22001")).code());
        Failures.Classified unforeseen = Failures.classify(new NullPointerException("state.branchId() is null"));
        assertFalse(unforeseen.isTransient());
        assertEquals(Failures.APPLY_FAILED, unforeseen.code());
    }

    @Test
    void anExplicitPoisonWinsOverATransientLookingCause() {
        PoisonEventException poison = new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION, "bad data");
        poison.initCause(new SQLException("irrelevant", "08006"));
        assertFalse(Failures.classify(poison).isTransient());
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals(Failures.APPLY_FAILED, Failures.classify(a).code());
    }
}
