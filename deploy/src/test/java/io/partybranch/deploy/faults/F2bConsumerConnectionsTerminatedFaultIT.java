package io.partybranch.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F2b: the consumers' database connections are terminated again and again (what a failover or a
 * network blip does to a pool) while honours, members and activities are written. Nothing may be
 * dead-lettered, nothing lost, every figure exact.
 */
@ExtendWith(FaultStack.class)
class F2bConsumerConnectionsTerminatedFaultIT {

    private static final int HONOURS = 300;

    @Test
    void terminatedConnectionsOfTheConsumersLoseAndDoubleNothing() throws Exception {
        LocalStack stack = FaultStack.stack();
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            branches.add(Writes.branch("连接中断" + i + "党支部"));
        }
        long deadLettersBefore = Faults.deadLetters();
        AtomicInteger honours = new AtomicInteger();
        AtomicInteger members = new AtomicInteger();
        AtomicInteger activities = new AtomicInteger();
        long terminated;
        try (Faults.ConnectionKiller killer = new Faults.ConnectionKiller(stack, Duration.ofMillis(200), "reporting", "activities")) {
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = writer; i < HONOURS; i += 4) {
                        String branch = branches.get(i % branches.size());
                        Writes.honour(branch).ifPresent(id -> honours.incrementAndGet());
                        if (i % 15 == 0) {
                            Writes.member(branch).ifPresent(person -> members.incrementAndGet());
                        }
                        if (i % 20 == 0) {
                            Writes.activity(branch).ifPresent(id -> activities.incrementAndGet());
                        }
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();
            terminated = killer.terminated();
        }
        assertEquals(HONOURS, honours.get(), "members-service kept its connections: every honour was written");
        assertTrue(terminated > 0, "connections were terminated");
        Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(120));
        assertEquals(deadLettersBefore, Faults.deadLetters(), "a lost connection is never a dead letter");
        assertEquals(HONOURS, converged.result().total("honours in reporting"));
        Faults.figures(stack, "F2b", HONOURS + " honours, " + members.get() + " members, " + activities.get() + " activities written while "
                + terminated + " consumer connections were terminated; " + converged.result() + "; converged "
                + converged.took().toMillis() + " ms after the last write; 0 dead letters");
    }
}
