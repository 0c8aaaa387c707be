package io.partybranch.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** F1: the broker is killed (SIGKILL) during a stream of writes, then restarted: every 2xx write reaches reporting once, within 60 s. */
@Tag("slow-fault")
@ExtendWith(FaultStack.class)
class F1BrokerKilledFaultIT {

    @Test
    void everyWriteReachesReportingOnceWithinAMinuteOfTheBrokersRestart() throws Exception {
        LocalStack stack = FaultStack.stack();
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            branches.add(Writes.branch("代理崩溃" + i + "党支部"));
        }
        long restartedAt;
        int beforeKill;
        int whileDown;
        try (LoadWriter load = new LoadWriter(branches, 3)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.written() >= 50);
            beforeKill = load.written();
            stack.signal("kafka", "KILL");
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.written() >= beforeKill + 50);
            whileDown = load.written() - beforeKill;
            stack.restart("kafka", List.of());
            restartedAt = System.nanoTime();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.written() >= beforeKill + whileDown + 30);
        }
        Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        long sinceRestart = Duration.ofNanos(System.nanoTime() - restartedAt).toSeconds();
        assertTrue(sinceRestart <= 60, "converged " + sinceRestart + " s after the broker's restart");
        Faults.figures(stack, "F1", converged.result().total("honours in reporting") + " honours, " + whileDown
                + " writes answered 2xx while the broker was dead; " + converged.result() + "; converged " + sinceRestart
                + " s after the broker restarted");
    }
}
