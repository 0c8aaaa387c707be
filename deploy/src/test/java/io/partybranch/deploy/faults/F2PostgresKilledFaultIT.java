package io.partybranch.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import java.nio.file.Files;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F2: PostgreSQL is killed hard (SIGKILL of the postmaster) during writes, then started again. No write
 * answered 2xx without its row, no event on a topic without its row, and the services recover by themselves.
 */
@Tag("slow-fault")
@ExtendWith(FaultStack.class)
class F2PostgresKilledFaultIT {

    @Test
    void noAcknowledgedWriteOrEventIsWithoutItsRowAndTheServicesRecover() throws Exception {
        LocalStack stack = FaultStack.stack();
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            branches.add(Writes.branch("数据库崩溃" + i + "党支部"));
        }
        LoadWriter load = new LoadWriter(branches, 3);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.written() >= 60);
            long postmaster = Long.parseLong(Files.readAllLines(stack.state.resolve("postgres/data/postmaster.pid")).get(0).trim());
            LocalStack.signalPid(postmaster, "KILL");
            int atKill = load.written();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.failed.get() >= 10);
            stack.restart("postgres", List.of());
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> load.written() >= atKill + 60);
        } finally {
            load.close();
        }
        Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(120));
        try (Connection sql = stack.superuser()) {
            assertEquals(load.honours.size(), existing(sql, "members.honour", load.honours), "every 2xx honour has its row");
            assertEquals(load.members.size(), existing(sql, "members.member", load.members), "every 2xx member has its row");
            assertEquals(load.activities.size(), existing(sql, "activities.activity", load.activities), "every 2xx activity has its row");
            Set<String> subjects = new HashSet<>();
            for (String topic : List.of("members.events", "activities.events")) {
                for (ConsumerRecord<String, String> record : Faults.readTopic(stack, topic)) {
                    if (branches.contains(record.key())) {
                        String[] event = Faults.idAndVersion(record.value());
                        subjects.add(event[1]);
                    }
                }
            }
            List<String> all = new ArrayList<>(subjects);
            long found = existing(sql, "members.honour", all) + existing(sql, "members.member", all)
                    + existing(sql, "activities.activity", all)
                    + existing(sql, "members.organization", all);
            assertEquals(all.size(), found, "every event on the topics has its row");
        }
        assertTrue(load.failed.get() > 0, "some writes were refused while the database was down");
        Faults.figures(stack, "F2", load.written() + " writes answered 2xx, " + load.failed.get() + " refused while PostgreSQL was down, "
                + "each 2xx and each event with its row; " + converged.result() + "; services recovered without a restart");
    }

    private static long existing(Connection sql, String table, List<String> ids) throws Exception {
        Array array = sql.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
        try (PreparedStatement query = sql.prepareStatement("select count(*) from " + table + " where id = any(?)")) {
            query.setArray(1, array);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
