package io.partybranch.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F8: two members-service processes on one database, as during a rolling deploy, both taking writes
 * and both running a relay. Each member is changed alternately through one and the other; on the
 * topic every member's versions must come in order (one relay publishes at a time).
 */
@ExtendWith(FaultStack.class)
class F8TwoMembersInstancesFaultIT {

    private static final int ROUNDS = 10;

    @Test
    void twoInstancesKeepEachBranchsEventsInOrder() throws Exception {
        LocalStack stack = FaultStack.stack();
        List<String> branches = new ArrayList<>();
        List<Writes.Person> people = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            String branch = Writes.branch("双实例" + b + "党支部");
            branches.add(branch);
            for (int m = 0; m < 4; m++) {
                people.add(Writes.member(branch).orElseThrow());
            }
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(stack.commandOf("members"));
        command.replaceAll(argument -> argument.startsWith("-Dquarkus.http.port=") ? "-Dquarkus.http.port=" + port : argument);
        Process second = stack.startExtra("members-second", command);
        AtomicInteger updates = new AtomicInteger();
        try {
            LocalStack.awaitReady(port, Duration.ofSeconds(120));
            String[] instances = {stack.gateway(), "http://localhost:" + port};
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (Writes.Person person : people) {
                done.add(writers.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        if (Writes.rename(instances[round % 2], person, Writes.newName())) {
                            updates.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();
            Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(90));
            assertEquals(people.size() * ROUNDS, updates.get(), "every update answered 2xx, through either instance");

            Set<String> ours = new HashSet<>();
            people.forEach(person -> ours.add(person.id()));
            Map<String, Long> lastVersion = new HashMap<>();
            Set<String> seen = new HashSet<>();
            int outOfOrder = 0;
            int records = 0;
            for (ConsumerRecord<String, String> record : Faults.readTopic(stack, "members.events")) {
                String[] event = Faults.idAndVersion(record.value());
                if (event == null || !ours.contains(event[1]) || !seen.add(event[0])) {
                    continue;
                }
                records++;
                long version = Long.parseLong(event[2]);
                Long previous = lastVersion.put(event[1], version);
                if (previous != null && version <= previous) {
                    outOfOrder++;
                }
            }
            assertEquals(people.size() * (ROUNDS + 1), records, "each registration and update once");
            assertEquals(0, outOfOrder, "a member's versions in topic order");
            assertTrue(lastVersion.values().stream().allMatch(v -> v == ROUNDS),
                    "every member ends at version " + ROUNDS + ": " + lastVersion);
            Faults.figures(stack, "F8", "two members-service instances, " + updates.get() + " updates of " + people.size()
                    + " members alternating between them: " + records + " events, 0 out of order per member; " + converged.result());
        } finally {
            LocalStack.stopExtra(second);
        }
    }
}
