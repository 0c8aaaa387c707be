package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.CadenceUnit;
import io.partybranch.reporting.events.IncomingContracts.ActivityState;
import io.partybranch.reporting.events.IncomingContracts.Attendance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Activities of a batch: each activity's final state written once (row, attendance), and what the
 * batch changed in the monthly and per-unit aggregates computed as (new contribution − old one), so a
 * correction moves a meeting between months or types exactly and a redelivery changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActivityApplier {

    @Inject
    BulkSql sql;

    public record Incoming(ActivityState state, OffsetDateTime time) {
    }

    /** What reporting keeps of an activity: enough to know the cells it counts in. */
    record Stored(UUID branch, UUID organization, String type, String status, LocalDate heldOn, int expected, int present, long version) {

        static Stored of(ActivityState state) {
            return new Stored(state.branchId(), state.organizationId(), state.type(), state.status(), state.heldOn(),
                    state.expectedCount() == null ? 0 : state.expectedCount(), state.presentCount() == null ? 0 : state.presentCount(),
                    state.version());
        }

        boolean held() {
            return "HELD".equals(status) && heldOn != null && branch != null;
        }

        UUID holder() {
            return organization != null ? organization : branch;
        }
    }

    public void apply(List<Incoming> events, Rollups.Deltas deltas) {
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, Stored> current = load(events.stream().map(e -> e.state().id()).distinct().toArray(UUID[]::new));
        Map<UUID, Incoming> finals = new LinkedHashMap<>();
        Map<List<Object>, Integer> units = new HashMap<>();
        for (Incoming event : events) {
            ActivityState state = event.state();
            Stored before = current.get(state.id());
            if (before != null && before.version() > state.version()) {
                continue;
            }
            Stored after = Stored.of(state);
            contribute(before, -1, deltas, units);
            contribute(after, 1, deltas, units);
            current.put(state.id(), after);
            // The latest event time seen, whatever order partitions were read in (as for members).
            finals.merge(state.id(), event, (earlier, later) -> new Incoming(later.state(),
                    BusinessCalendar.latest(earlier.time(), later.time())));
            deltas.touched(state.branchId(), event.time());
        }
        if (finals.isEmpty()) {
            return;
        }
        write(finals.values());
        applyUnits(units, deltas);
    }

    /** Counts stored activities as if each had just arrived, for aggregates refilled from the facts. */
    void recount(Collection<Stored> activities, Rollups.Deltas deltas) {
        Map<List<Object>, Integer> units = new HashMap<>();
        activities.forEach(activity -> contribute(activity, 1, deltas, units));
        applyUnits(units, deltas);
    }

    private static void contribute(Stored activity, int sign, Rollups.Deltas deltas, Map<List<Object>, Integer> units) {
        if (activity == null || !activity.held()) {
            return;
        }
        LocalDate month = activity.heldOn().withDayOfMonth(1);
        deltas.add(RollupTable.ACTIVITY, activity.branch(), List.of(activity.holder(), activity.type(), month), sign,
                (long) sign * activity.expected(), (long) sign * activity.present());
        for (CadenceUnit unit : CadenceUnit.containing(month)) {
            units.merge(List.of(activity.branch(), activity.branch(), activity.type(), unit.kind(), unit.start()), sign, Integer::sum);
            if (!activity.holder().equals(activity.branch())) {
                units.merge(List.of(activity.branch(), activity.holder(), activity.type(), unit.kind(), unit.start()), sign, Integer::sum);
            }
        }
    }

    /**
     * Held counts per holder and unit; a unit that gains its first meeting, or loses its last, changes
     * how many holders met it.
     */
    private void applyUnits(Map<List<Object>, Integer> units, Rollups.Deltas deltas) {
        units.values().removeIf(n -> n == 0);
        if (units.isEmpty()) {
            return;
        }
        int rows = units.size();
        UUID[] branches = new UUID[rows];
        UUID[] holders = new UUID[rows];
        String[] types = new String[rows];
        String[] kinds = new String[rows];
        LocalDate[] starts = new LocalDate[rows];
        Integer[] changes = new Integer[rows];
        int i = 0;
        for (Map.Entry<List<Object>, Integer> unit : units.entrySet()) {
            branches[i] = (UUID) unit.getKey().get(0);
            holders[i] = (UUID) unit.getKey().get(1);
            types[i] = (String) unit.getKey().get(2);
            kinds[i] = (String) unit.getKey().get(3);
            starts[i] = (LocalDate) unit.getKey().get(4);
            changes[i++] = unit.getValue();
        }
        List<Object[]> after = sql.query("""
                insert into unit_held (branch_id, holder_id, type, unit_kind, unit_start, held)
                select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::date[], ?::int4[]) order by 1, 2, 3, 4, 5
                on conflict (branch_id, holder_id, type, unit_kind, unit_start) do update set held = unit_held.held + excluded.held
                returning branch_id, holder_id, type, unit_kind, unit_start, held""",
                row -> new Object[]{row.getObject(1), row.getObject(2), row.getString(3), row.getString(4),
                        row.getObject(5, LocalDate.class),
                        row.getInt(6)},
                branches, holders, types, kinds, starts, changes);
        boolean emptied = false;
        for (Object[] row : after) {
            int now = (Integer) row[5];
            int was = now - units.get(List.of(row[0], row[1], row[2], row[3], row[4]));
            int met = (now > 0 ? 1 : 0) - (was > 0 ? 1 : 0);
            emptied |= now == 0;
            if (met != 0) {
                String holderKind = row[0].equals(row[1]) ? CadenceUnit.BRANCH_HOLDER : CadenceUnit.GROUP_HOLDER;
                deltas.add(RollupTable.UNIT_MET, (UUID) row[0], List.of(row[2], row[3], row[4], holderKind), met);
            }
        }
        if (emptied) {
            sql.update(
                    """
                            delete from unit_held t using unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::date[]) as k(b, h, t, u, s)
                            where t.branch_id = k.b and t.holder_id = k.h and t.type = k.t and t.unit_kind = k.u and t.unit_start = k.s and t.held = 0""",
                    branches, holders, types, kinds, starts);
        }
    }

    private Map<UUID, Stored> load(UUID[] ids) {
        Map<UUID, Stored> stored = new HashMap<>();
        for (Object[] row : sql.query(
                """
                        select id, branch_id, organization_id, type, status, held_on, coalesce(expected_count, 0), coalesce(present_count, 0), version
                        from activity_view where id = any(?::uuid[])""",
                ActivityApplier::row, (Object) ids)) {
            stored.put((UUID) row[0], (Stored) row[1]);
        }
        return stored;
    }

    private static Object[] row(ResultSet row) throws SQLException {
        return new Object[]{row.getObject(1),
                new Stored((UUID) row.getObject(2), (UUID) row.getObject(3), row.getString(4), row.getString(5),
                        row.getObject(6, LocalDate.class), row.getInt(7), row.getInt(8), row.getLong(9))};
    }

    /** The final state of each activity of the batch, and its whole attendance (an event carries all of it). */
    private void write(Collection<Incoming> finals) {
        int rows = finals.size();
        UUID[] ids = new UUID[rows];
        UUID[] branches = new UUID[rows];
        UUID[] organizations = new UUID[rows];
        String[] types = new String[rows];
        String[] statuses = new String[rows];
        LocalDate[] planned = new LocalDate[rows];
        LocalDate[] held = new LocalDate[rows];
        Integer[] expected = new Integer[rows];
        Integer[] present = new Integer[rows];
        BigDecimal[] rates = new BigDecimal[rows];
        Boolean[] quorum = new Boolean[rows];
        Long[] versions = new Long[rows];
        OffsetDateTime[] times = new OffsetDateTime[rows];
        List<UUID> attendanceActivity = new ArrayList<>();
        List<UUID> attendanceMember = new ArrayList<>();
        List<String> attendanceStatus = new ArrayList<>();
        List<Boolean> attendanceExpected = new ArrayList<>();
        int i = 0;
        for (Incoming event : finals) {
            ActivityState s = event.state();
            ids[i] = s.id();
            branches[i] = s.branchId();
            organizations[i] = s.organizationId();
            types[i] = s.type();
            statuses[i] = s.status();
            planned[i] = s.plannedFor();
            held[i] = s.heldOn();
            expected[i] = s.expectedCount();
            present[i] = s.presentCount();
            rates[i] = s.attendanceRate();
            quorum[i] = s.quorumMet();
            versions[i] = s.version();
            times[i++] = event.time();
            Map<UUID, Attendance> byMember = new LinkedHashMap<>();
            for (Attendance attendance : s.attendance() == null ? List.<Attendance>of() : s.attendance()) {
                byMember.put(attendance.memberId(), attendance);
            }
            for (Attendance attendance : byMember.values()) {
                attendanceActivity.add(s.id());
                attendanceMember.add(attendance.memberId());
                attendanceStatus.add(attendance.status());
                attendanceExpected.add(attendance.expected());
            }
        }
        sql.update(
                """
                        insert into activity_view (id, branch_id, organization_id, type, status, planned_for, held_on, expected_count, present_count,
                            attendance_rate, quorum_met, version, last_event_at)
                        select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::date[], ?::date[], ?::int4[], ?::int4[],
                            ?::numeric[], ?::bool[], ?::int8[], ?::timestamptz[]) order by 1
                        on conflict (id) do update set branch_id = excluded.branch_id, organization_id = excluded.organization_id, type = excluded.type,
                            status = excluded.status, planned_for = excluded.planned_for, held_on = excluded.held_on,
                            expected_count = excluded.expected_count, present_count = excluded.present_count,
                            attendance_rate = excluded.attendance_rate, quorum_met = excluded.quorum_met, version = excluded.version,
                            last_event_at = greatest(activity_view.last_event_at, excluded.last_event_at)""",
                ids, branches, organizations, types, statuses, planned, held, expected, present, rates, quorum, versions, times);
        sql.update("delete from attendance_view where activity_id = any(?::uuid[])", (Object) ids);
        if (!attendanceActivity.isEmpty()) {
            sql.update("""
                    insert into attendance_view (activity_id, member_id, status, expected)
                    select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::bool[])""",
                    attendanceActivity.toArray(UUID[]::new), attendanceMember.toArray(UUID[]::new), attendanceStatus.toArray(String[]::new),
                    attendanceExpected.toArray(Boolean[]::new));
        }
    }
}
