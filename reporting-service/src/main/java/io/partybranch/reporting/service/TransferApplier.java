package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.reporting.events.IncomingContracts.TransferState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Transfer letters (issued, rejected) and confirmed transfers. A confirmed one counts once as a
 * transfer out of one branch and into the other, in the month it was decided.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TransferApplier {

    static final String TRANSFER_IN = "TRANSFER_IN";
    static final String TRANSFER_OUT = "TRANSFER_OUT";

    @Inject
    BulkSql sql;

    /** Upserts the row as the producer's state (a redelivery finds its own row and changes nothing). */
    public void apply(TransferState state, OffsetDateTime eventTime, Rollups.Deltas deltas) {
        List<Object[]> before = sql.query("select from_branch_id, to_branch_id, status, decided_on from transfer_view where id = ?",
                row -> new Object[]{row.getObject(1), row.getObject(2), row.getString(3), row.getObject(4, LocalDate.class)}, state.id());
        sql.update(
                """
                        insert into transfer_view (id, member_id, from_branch_id, to_branch_id, status, issued_on, decided_on, last_event_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set status = excluded.status, decided_on = excluded.decided_on, last_event_at = greatest(transfer_view.last_event_at, excluded.last_event_at)""",
                state.id(), state.memberId(), state.fromBranchId(), state.toBranchId(), state.status(), state.issuedOn(), state.decidedOn(),
                eventTime);
        UUID from = state.fromBranchId();
        UUID to = state.toBranchId();
        if (!before.isEmpty()) {
            Object[] row = before.get(0);
            count((UUID) row[0], (UUID) row[1], (String) row[2], (LocalDate) row[3], -1, deltas);
            // The branches of a letter never change once recorded.
            from = (UUID) row[0];
            to = (UUID) row[1];
        }
        count(from, to, state.status(), state.decidedOn(), 1, deltas);
        deltas.touched(from, eventTime);
        deltas.touched(to, eventTime);
    }

    /** Found inside a member.transferred event: the letter's outcome, keyed by that event. */
    void confirmed(UUID transfer, UUID member, UUID from, UUID to, LocalDate on, OffsetDateTime eventTime, Rollups.Deltas deltas) {
        apply(new TransferState(transfer, member, from, to, "CONFIRMED", on, on), eventTime, deltas);
    }

    private static void count(UUID from, UUID to, String status, LocalDate decidedOn, int sign, Rollups.Deltas deltas) {
        if (!"CONFIRMED".equals(status) || decidedOn == null) {
            return;
        }
        LocalDate month = decidedOn.withDayOfMonth(1);
        if (from != null) {
            deltas.add(RollupTable.MEMBER_FLOW, from, List.of(month, TRANSFER_OUT), sign);
        }
        if (to != null) {
            deltas.add(RollupTable.MEMBER_FLOW, to, List.of(month, TRANSFER_IN), sign);
        }
    }
}
