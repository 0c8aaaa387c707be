package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.reporting.events.IncomingContracts.DuesMonthState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A branch month's party dues: each state replaces the one before it, so the pre-aggregates take the
 * stored state out and the new one in. A batch reads the stored states and writes the new ones in
 * one statement each; a state older than the stored one (or than another in the batch) is refused.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DuesApplier {

    @Inject
    BulkSql sql;

    /** A decoded state: amounts already in fen. */
    public record Incoming(DuesMonthState state, LocalDate month, long billedFen, long paidFen, OffsetDateTime time) {

        long[] values() {
            return new long[]{state.membersBilled(), state.membersExempt(), state.membersPaid(), billedFen, paidFen,
                    state.membersBehind(), state.membersSixMonthsBehind()};
        }
    }

    private record Stored(UUID branch, LocalDate month, long version, long[] values) {
    }

    public void apply(List<Incoming> events, Rollups.Deltas deltas) {
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, Incoming> latest = new LinkedHashMap<>();
        events.forEach(event -> latest.merge(event.state().id(), event,
                (before, after) -> after.state().version() >= before.state().version() ? after : before));
        Map<UUID, Stored> stored = new HashMap<>();
        sql.query("""
                select id, branch_id, month, version, members_billed, members_exempt, members_paid, billed_fen, paid_fen, members_behind,
                    members_six_months_behind from dues_month_view where id = any(?::uuid[])""", row -> {
            long[] values = new long[7];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getLong(5 + i);
            }
            return stored.put((UUID) row.getObject(1), new Stored((UUID) row.getObject(2), row.getObject(3, LocalDate.class),
                    row.getLong(4), values));
        }, (Object) latest.keySet().toArray(UUID[]::new));
        latest.values().removeIf(event -> stored.containsKey(event.state().id())
                && stored.get(event.state().id()).version() >= event.state().version());
        if (latest.isEmpty()) {
            return;
        }
        for (Incoming event : latest.values()) {
            Stored before = stored.get(event.state().id());
            if (before != null) {
                long[] out = before.values().clone();
                for (int i = 0; i < out.length; i++) {
                    out[i] = -out[i];
                }
                deltas.add(RollupTable.DUES, before.branch(), List.of(before.month()), out);
            }
            deltas.add(RollupTable.DUES, event.state().branchId(), List.of(event.month()), event.values());
            deltas.touched(event.state().branchId(), event.time());
        }
        List<Incoming> fresh = List.copyOf(latest.values());
        sql.update("""
                insert into dues_month_view (id, branch_id, month, members_billed, members_exempt, members_paid, billed_fen, paid_fen,
                    members_behind, members_six_months_behind, version, last_event_at)
                select * from unnest(?::uuid[], ?::uuid[], ?::date[], ?::int4[], ?::int4[], ?::int4[], ?::int8[], ?::int8[], ?::int4[],
                    ?::int4[], ?::int8[], ?::timestamptz[])
                on conflict (id) do update set branch_id = excluded.branch_id, month = excluded.month,
                    members_billed = excluded.members_billed, members_exempt = excluded.members_exempt,
                    members_paid = excluded.members_paid, billed_fen = excluded.billed_fen, paid_fen = excluded.paid_fen,
                    members_behind = excluded.members_behind, members_six_months_behind = excluded.members_six_months_behind,
                    version = excluded.version, last_event_at = excluded.last_event_at""",
                fresh.stream().map(e -> e.state().id()).toArray(UUID[]::new),
                fresh.stream().map(e -> e.state().branchId()).toArray(UUID[]::new),
                fresh.stream().map(Incoming::month).toArray(LocalDate[]::new),
                fresh.stream().map(e -> e.state().membersBilled()).toArray(Integer[]::new),
                fresh.stream().map(e -> e.state().membersExempt()).toArray(Integer[]::new),
                fresh.stream().map(e -> e.state().membersPaid()).toArray(Integer[]::new),
                fresh.stream().map(Incoming::billedFen).toArray(Long[]::new),
                fresh.stream().map(Incoming::paidFen).toArray(Long[]::new),
                fresh.stream().map(e -> e.state().membersBehind()).toArray(Integer[]::new),
                fresh.stream().map(e -> e.state().membersSixMonthsBehind()).toArray(Integer[]::new),
                fresh.stream().map(e -> e.state().version()).toArray(Long[]::new),
                fresh.stream().map(Incoming::time).toArray(OffsetDateTime[]::new));
    }

    /** Every stored state counted as if it had just arrived (AggregateRecompute), a chunk of branch months at a time. */
    void recount(Rollups rollups, int chunk) {
        UUID after = new UUID(0, 0);
        while (true) {
            Rollups.Deltas deltas = new Rollups.Deltas();
            List<UUID> ids = sql.query("""
                    select id, branch_id, month, members_billed, members_exempt, members_paid, billed_fen, paid_fen, members_behind,
                        members_six_months_behind from dues_month_view where id > ? order by id limit ?""", row -> {
                long[] values = new long[7];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getLong(4 + i);
                }
                deltas.add(RollupTable.DUES, (UUID) row.getObject(2), List.of(row.getObject(3, LocalDate.class)), values);
                return (UUID) row.getObject(1);
            }, after, chunk);
            if (ids.isEmpty()) {
                return;
            }
            rollups.apply(deltas);
            after = ids.get(ids.size() - 1);
        }
    }
}
