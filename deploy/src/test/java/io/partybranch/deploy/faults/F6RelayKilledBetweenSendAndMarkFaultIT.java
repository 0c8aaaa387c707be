package io.partybranch.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F6: members-service's process dies after the broker acknowledged a batch and before the rows were
 * marked published (a fault-injection switch halts it exactly there). The next process sends the
 * batch again; the topic holds the events twice, and the inbox makes the second copy harmless.
 */
@ExtendWith(FaultStack.class)
class F6RelayKilledBetweenSendAndMarkFaultIT {

    @Test
    void theDuplicateOfARelayKilledBeforeItsMarkIsAbsorbed() throws Exception {
        LocalStack stack = FaultStack.stack();
        List<String> branches = List.of(Writes.branch("中继崩溃一党支部"), Writes.branch("中继崩溃二党支部"));
        Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        Set<String> pending = new HashSet<>();
        try (Connection sql = stack.superuser(); Statement statement = sql.createStatement()) {
            // While this session holds the relay lock, members-service's relay stands by: the events pile up unsent.
            statement.execute("select pg_advisory_lock(7001, hashtext('members'))");
            for (String branch : branches) {
                for (int i = 0; i < 5; i++) {
                    Writes.member(branch).orElseThrow();
                    Writes.honour(branch).orElseThrow();
                }
            }
            try (ResultSet rows = statement.executeQuery("select id::text from members.outbox_event where published_at is null")) {
                while (rows.next()) {
                    pending.add(rows.getString(1));
                }
            }
            assertTrue(pending.size() >= 20, "the writes wait in the outbox: " + pending.size());
            stack.restart("members", List.of("-Dplatform.events.relay.halt-after-send=true"));
            LocalStack.awaitReady(stack.ports.get("MEMBERS_PORT"), Duration.ofSeconds(120));
            // Ready must mean the halting process, not another instance left over on the same port.
            assertTrue(ProcessHandle.of(stack.pidOf("members")).map(ProcessHandle::isAlive).orElse(false),
                    "the halting members-service is up: " + tail(stack.log("members")));
            assertEquals(List.of(), stack.straysOf("members"), "no other members-service process runs");
            statement.execute("select pg_advisory_unlock(7001, hashtext('members'))");
        }
        ProcessHandle halting = ProcessHandle.of(stack.pidOf("members")).orElseThrow();
        halting.onExit().get(60, TimeUnit.SECONDS);
        assertTrue(stack.log("members").contains("fault injection: halting after the broker acknowledged"),
                "members-service halted at the fault switch, not for another reason: " + tail(stack.log("members")));
        try (Connection sql = stack.superuser();
                Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from members.outbox_event where published_at is null")) {
            rows.next();
            assertTrue(rows.getLong(1) >= pending.size(), "halted before marking anything published");
        }

        stack.restart("members", List.of());
        LocalStack.awaitReady(stack.ports.get("MEMBERS_PORT"), Duration.ofSeconds(120));
        Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(90));
        Map<String, Integer> copies = new HashMap<>();
        for (ConsumerRecord<String, String> record : Faults.readTopic(stack, "members.events")) {
            String[] event = Faults.idAndVersion(record.value());
            if (event != null && pending.contains(event[0])) {
                copies.merge(event[0], 1, Integer::sum);
            }
        }
        long twice = copies.values().stream().filter(n -> n > 1).count();
        assertTrue(copies.keySet().containsAll(pending), "every pending event was published");
        assertTrue(twice > 0, "the killed relay's batch is on the topic twice: " + copies.values());
        Faults.figures(stack, "F6", pending.size() + " events pending; the relay halted after the broker's ack; " + twice
                + " of them on the topic twice after the restart; " + converged.result() + "; converged " + converged.took().toMillis()
                + " ms after the restart");
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 3000));
    }
}
