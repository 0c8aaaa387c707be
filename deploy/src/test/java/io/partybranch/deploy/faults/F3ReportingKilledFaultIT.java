package io.partybranch.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** F3: reporting-service is killed (SIGKILL) while it applies a backlog, and started again: its figures equal the recount. */
@Tag("slow-fault")
@ExtendWith(FaultStack.class)
class F3ReportingKilledFaultIT {

    private static final int HONOURS = 400;

    @Test
    void aReportingKilledMidBatchCatchesUpExactly() throws Exception {
        LocalStack stack = FaultStack.stack();
        String branch = Writes.branch("报表崩溃党支部");
        List<String> branches = List.of(branch);
        Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        // A backlog for reporting to chew on: it is stopped while it is written, and killed while it applies it.
        stack.signal("reporting", "STOP");
        try {
            for (int i = 0; i < HONOURS; i++) {
                Writes.honour(branch).orElseThrow();
            }
        } finally {
            stack.signal("reporting", "CONT");
        }
        AtomicLong applied = new AtomicLong();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            applied.set(honoursApplied(stack, branch));
            return applied.get() > 0;
        });
        stack.restart("reporting", List.of());
        long atKill = honoursApplied(stack, branch);
        LocalStack.awaitReady(stack.ports.get("REPORTING_PORT"), Duration.ofSeconds(120));
        Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(120));
        assertTrue(atKill < HONOURS, "killed before it had applied everything: " + atKill);
        Faults.figures(stack, "F3", HONOURS + " honours; reporting killed with " + atKill + " applied; after its restart "
                + converged.result() + "; converged " + converged.took().toMillis() + " ms after it was ready");
    }

    private static long honoursApplied(LocalStack stack, String branch) throws Exception {
        try (Connection sql = stack.superuser();
                Statement statement = sql.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from reporting.honour_view where branch_id = '" + branch + "'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
