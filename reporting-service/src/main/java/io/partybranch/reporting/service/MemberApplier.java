package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.MemberStanding;
import io.partybranch.reporting.events.IncomingContracts.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Members of a batch: each member's final state written once, and the month-end figures changed by
 * what the batch changed (the person's old contribution out, the new one in). A confirmed transfer
 * is recorded even when a later state of the member has already arrived: the transfer itself happened.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MemberApplier {

    @Inject
    BulkSql sql;

    @Inject
    TransferApplier transfers;

    /** @param transfer the event id when this state comes from a confirmed transfer (member.transferred) */
    public record Incoming(MemberState state, OffsetDateTime time, UUID transfer) {
    }

    private record Stored(MemberStanding.Facts facts, long version) {
    }

    public void apply(List<Incoming> events, Rollups.Deltas deltas) {
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, Stored> current = load(events.stream().map(e -> e.state().id()).distinct().toArray(UUID[]::new));
        Map<UUID, Incoming> finals = new LinkedHashMap<>();
        for (Incoming event : events) {
            MemberState state = event.state();
            Stored before = current.get(state.id());
            boolean stale = before != null && before.version() > state.version();
            // The event names the branch left; older producers did not, and the branch held before stands in for it.
            UUID previousBranch = state.previousOrganizationId() != null
                    ? state.previousOrganizationId()
                    : before != null && !stale ? before.facts().branch() : null;
            if (event.transfer() != null) {
                transfers.confirmed(event.transfer(), state.id(), previousBranch, state.organizationId(), state.effectiveDate(),
                        event.time(), deltas);
            }
            if (stale) {
                continue;
            }
            MemberStanding.Facts after = facts(state);
            if (before != null) {
                contribute(before.facts(), -1, deltas);
            }
            contribute(after, 1, deltas);
            current.put(state.id(), new Stored(after, state.version()));
            // The latest event time seen, not the last applied's: one member's events come from two partitions once
            // a transfer (keyed by the new branch) follows events keyed by the old one, and the live consumer and a
            // replay interleave partitions differently. The greatest time is the same in both; so in write().
            finals.merge(state.id(), event, (earlier, later) -> new Incoming(later.state(),
                    BusinessCalendar.latest(earlier.time(), later.time()), later.transfer()));
            deltas.touched(state.organizationId(), event.time());
            if (previousBranch != null && !previousBranch.equals(state.organizationId())) {
                deltas.touched(previousBranch, event.time());
            }
        }
        write(finals.values());
    }

    static void contribute(MemberStanding.Facts facts, int sign, Rollups.Deltas deltas) {
        UUID branch = facts.branch();
        for (MemberStanding.Change change : MemberStanding.changes(facts)) {
            deltas.add(RollupTable.MEMBER_CHANGE, branch, List.of(change.month(), change.dimension(), change.value()),
                    (long) sign * change.delta());
        }
        for (MemberStanding.Flow flow : MemberStanding.flows(facts)) {
            deltas.add(RollupTable.MEMBER_FLOW, branch, List.of(flow.month(), flow.kind()), sign);
        }
        MemberStanding.Due due = MemberStanding.due(facts);
        if (due != null) {
            deltas.add(RollupTable.MEMBER_DUE, branch, List.of(due.kind(), due.overdueFrom()), sign);
        }
    }

    static MemberStanding.Facts facts(MemberState s) {
        return new MemberStanding.Facts(s.organizationId(), s.birthDate(), s.gender(), s.education(), s.politicalStatus(), s.statusSince(),
                s.appliedOn(), s.activistSince(), s.candidateSince(), s.joinedOn(), s.probationEndsOn(), s.fullSince(),
                s.membershipState() == null ? "NORMAL" : s.membershipState(), s.ownUnit() != null);
    }

    static final String FACT_COLUMNS = """
            organization_id, birth_date, gender, education, political_status, status_since, applied_on, activist_since, candidate_since,
            joined_on, probation_ends_on, full_since, membership_state, own_unit is not null""";

    static MemberStanding.Facts facts(ResultSet row, int first) throws SQLException {
        return new MemberStanding.Facts((UUID) row.getObject(first), row.getObject(first + 1, LocalDate.class), row.getString(first + 2),
                row.getString(first + 3), row.getString(first + 4), row.getObject(first + 5, LocalDate.class),
                row.getObject(first + 6, LocalDate.class), row.getObject(first + 7, LocalDate.class),
                row.getObject(first + 8, LocalDate.class),
                row.getObject(first + 9, LocalDate.class), row.getObject(first + 10, LocalDate.class),
                row.getObject(first + 11, LocalDate.class),
                row.getString(first + 12), row.getBoolean(first + 13));
    }

    private Map<UUID, Stored> load(UUID[] ids) {
        Map<UUID, Stored> stored = new HashMap<>();
        sql.query("select id, version, " + FACT_COLUMNS + " from member_view where id = any(?::uuid[])", row -> {
            stored.put((UUID) row.getObject(1), new Stored(facts(row, 3), row.getLong(2)));
            return null;
        }, (Object) ids);
        return stored;
    }

    private void write(Collection<Incoming> finals) {
        if (finals.isEmpty()) {
            return;
        }
        int rows = finals.size();
        UUID[] ids = new UUID[rows];
        UUID[] organizations = new UUID[rows];
        UUID[] groups = new UUID[rows];
        String[][] texts = new String[7][rows];
        LocalDate[][] dates = new LocalDate[9][rows];
        Boolean[][] flags = new Boolean[3][rows];
        Long[] versions = new Long[rows];
        OffsetDateTime[] times = new OffsetDateTime[rows];
        int i = 0;
        for (Incoming event : finals) {
            MemberState s = event.state();
            ids[i] = s.id();
            organizations[i] = s.organizationId();
            groups[i] = s.partyGroupId();
            String[] text = {s.fullName(), s.gender(), s.ethnicity(), s.education(), s.politicalStatus(),
                    s.membershipState() == null ? "NORMAL" : s.membershipState(), s.ownUnit()};
            LocalDate[] date = {s.birthDate(), s.statusSince(), s.appliedOn(), s.activistSince(), s.candidateSince(), s.joinedOn(),
                    s.probationEndsOn(), s.fullSince(), s.stateSince()};
            for (int t = 0; t < 7; t++) {
                texts[t][i] = text[t];
            }
            for (int d = 0; d < 9; d++) {
                dates[d][i] = date[d];
            }
            flags[0][i] = s.flowing();
            flags[1][i] = s.lostContact();
            flags[2][i] = s.retired();
            versions[i] = s.version();
            times[i++] = event.time();
        }
        sql.update(
                """
                        insert into member_view (id, organization_id, party_group_id, full_name, gender, ethnicity, education, political_status,
                            membership_state, own_unit, birth_date, status_since, applied_on, activist_since, candidate_since, joined_on,
                            probation_ends_on, full_since, state_since, flowing, lost_contact, retired, version, last_event_at)
                        select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::date[], ?::date[], ?::date[], ?::date[], ?::date[], ?::date[], ?::date[], ?::date[], ?::date[],
                            ?::bool[], ?::bool[], ?::bool[], ?::int8[], ?::timestamptz[]) order by 1
                        on conflict (id) do update set organization_id = excluded.organization_id, party_group_id = excluded.party_group_id,
                            full_name = excluded.full_name, gender = excluded.gender, ethnicity = excluded.ethnicity, education = excluded.education,
                            political_status = excluded.political_status, membership_state = excluded.membership_state, own_unit = excluded.own_unit,
                            birth_date = excluded.birth_date, status_since = excluded.status_since, applied_on = excluded.applied_on,
                            activist_since = excluded.activist_since, candidate_since = excluded.candidate_since, joined_on = excluded.joined_on,
                            probation_ends_on = excluded.probation_ends_on, full_since = excluded.full_since, state_since = excluded.state_since,
                            flowing = excluded.flowing, lost_contact = excluded.lost_contact, retired = excluded.retired, version = excluded.version,
                            last_event_at = greatest(member_view.last_event_at, excluded.last_event_at)""",
                ids, organizations, groups, texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], dates[0], dates[1],
                dates[2], dates[3], dates[4], dates[5], dates[6], dates[7], dates[8], flags[0], flags[1], flags[2], versions, times);
    }
}
