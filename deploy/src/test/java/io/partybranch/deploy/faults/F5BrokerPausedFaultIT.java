package io.partybranch.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.deploy.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** F5: the broker is paused (SIGSTOP) for 30 s: writes keep succeeding, the backlog drains after, each member's events stay in order. */
@Tag("slow-fault")
@ExtendWith(FaultStack.class)
class F5BrokerPausedFaultIT {

    @Test
    void writesSucceedWhileTheBrokerIsFrozenAndTheBacklogDrainsInOrder() throws Exception {
        LocalStack stack = FaultStack.stack();
        List<String> branches = List.of(Writes.branch("代理暂停一党支部"), Writes.branch("代理暂停二党支部"));
        List<Writes.Person> people = new ArrayList<>();
        for (String branch : branches) {
            for (int i = 0; i < 3; i++) {
                people.add(Writes.member(branch).orElseThrow());
            }
        }
        Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        int renames = 0;
        int refused = 0;
        stack.signal("kafka", "STOP");
        long pausedAt = System.nanoTime();
        try {
            while (System.nanoTime() - pausedAt < Duration.ofSeconds(30).toNanos()) {
                for (Writes.Person person : people) {
                    if (Writes.rename(stack.gateway(), person, Writes.newName())) {
                        renames++;
                    } else {
                        refused++;
                    }
                }
                for (String branch : branches) {
                    if (Writes.honour(branch).isEmpty()) {
                        refused++;
                    }
                }
            }
        } finally {
            stack.signal("kafka", "CONT");
        }
        assertEquals(0, refused, "writes keep succeeding while the broker is frozen");
        Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(120));
        Set<String> ours = new HashSet<>();
        people.forEach(person -> ours.add(person.id()));
        Map<String, Long> last = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int outOfOrder = 0;
        for (ConsumerRecord<String, String> record : Faults.readTopic(stack, "members.events")) {
            String[] event = Faults.idAndVersion(record.value());
            if (event != null && ours.contains(event[1]) && seen.add(event[0])) {
                Long previous = last.put(event[1], Long.parseLong(event[2]));
                if (previous != null && previous >= Long.parseLong(event[2])) {
                    outOfOrder++;
                }
            }
        }
        assertEquals(0, outOfOrder, "each member's versions in order on the topic");
        Faults.figures(stack, "F5", renames + " updates and " + branches.size() + "×honours answered 2xx during 30 s of a frozen broker, "
                + "0 refused; " + converged.result() + "; drained " + converged.took().toMillis() + " ms after it resumed; 0 out of order");
    }
}
