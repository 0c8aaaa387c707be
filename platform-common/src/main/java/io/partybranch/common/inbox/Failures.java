package io.partybranch.common.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.RollbackException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * The one classification of a failure to apply events, used by the live consumers, dead-letter
 * replays and rebuilds alike. Transient failures are retried with the same records and never skipped;
 * permanent ones are dead-lettered (live) or skipped (rebuild). The whole cause chain is read, since
 * persistence layers wrap the driver's exception several times.
 */
public final class Failures {

    public enum Kind {
        TRANSIENT, PERMANENT
    }

    /** @param code a stable reason code, the dead-letter reason code for permanent failures */
    public record Classified(Kind kind, String code, String reason) {
        public boolean isTransient() {
            return kind == Kind.TRANSIENT;
        }
    }

    /** Code of a permanent failure the consumer did not anticipate: replayable once the consumer is fixed. */
    public static final String APPLY_FAILED = "apply-failed";

    /**
     * SQL states a retry can pass: administrator shutdown, crash shutdown, cannot connect now (57P01–57P03),
     * serialization failure (40001), deadlock (40P01), lock not available (55P03); also a statement
     * cancelled by a timeout (57014) and too many connections (53300), which are a timeout and a refused
     * connection in the database's words. Class 08 (connection exceptions) is matched as a class.
     */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03", "57014",
            "53300");

    private Failures() {
    }

    public static Classified classify(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof PoisonEventException poison) {
                return new Classified(Kind.PERMANENT, poison.code(), poison.getMessage());
            }
        }
        for (Throwable t : chain) {
            Classified transientFailure = transientOrNull(t);
            if (transientFailure != null) {
                return transientFailure;
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("22"))) {
                return new Classified(Kind.PERMANENT, PoisonEventException.RULE_VIOLATION,
                        "the database refused the data (SQL state " + sql.getSQLState() + "): " + firstLine(sql.getMessage()));
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        return new Classified(Kind.PERMANENT, APPLY_FAILED, root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()));
    }

    private static Classified transientOrNull(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || TRANSIENT_SQL_STATES.contains(state))) {
                return transientFailure("database", "SQL state " + state + ": " + firstLine(sql.getMessage()));
            }
            if (message(sql).contains("acquisition timeout")) {
                return transientFailure("connection-pool", "no database connection became free in time");
            }
        }
        if (t instanceof ConnectException || t instanceof SocketException || t instanceof SocketTimeoutException
                || t instanceof EOFException || t instanceof ClosedChannelException) {
            return transientFailure("connection", t.getClass().getSimpleName() + ": " + firstLine(t.getMessage()));
        }
        if (t instanceof RetriableException) {
            return transientFailure("broker", t.getClass().getSimpleName() + ": " + firstLine(t.getMessage()));
        }
        if (t instanceof LockTimeoutException || t instanceof QueryTimeoutException
                || t instanceof PessimisticLockException) {
            return transientFailure("lock", t.getClass().getSimpleName());
        }
        if (t instanceof RollbackException || message(t).contains("transaction is not active")
                || message(t).contains("transaction timeout")) {
            return transientFailure("transaction-timeout", firstLine(t.getMessage()));
        }
        if (t instanceof VirtualMachineError) {
            return transientFailure("resources", t.getClass().getSimpleName());
        }
        return null;
    }

    private static Classified transientFailure(String code, String reason) {
        return new Classified(Kind.TRANSIENT, code, reason);
    }

    /** The failure and its causes, with each SQLException's chained next exceptions, outermost first. */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable t = failure;
        while (t != null && seen.put(t, Boolean.TRUE) == null) {
            chain.add(t);
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null
                        && seen.put(next, Boolean.TRUE) == null; next = next.getNextException()) {
                    chain.add(next);
                }
            }
            t = t.getCause();
        }
        return chain;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
