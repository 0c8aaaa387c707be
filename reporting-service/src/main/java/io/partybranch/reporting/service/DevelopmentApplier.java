package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.DevelopmentProgress;
import io.partybranch.reporting.events.IncomingContracts.DevelopmentStepState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Each person's development file as its latest development-step.recorded.v1 left it, one row per
 * person, and the counts per branch (and per ancestor) of current steps and of next time limits by day.
 * A row counts as {@link DevelopmentProgress} says, from the file and the person's member state; both
 * kinds of event re-count it (a step's event, and a member event of a person with a file), so the
 * counts are the same whatever order the two topics' partitions are replayed in. An older file state
 * (a lower version) never overwrites a newer one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DevelopmentApplier {

    @Inject
    BulkSql sql;

    public record Incoming(DevelopmentStepState state, OffsetDateTime time) {
    }

    /** A row: what the file says, and where and how it counts. */
    record Progress(UUID memberId, UUID fileBranch, String politicalStatus, String currentStep, LocalDate currentStepOn, String nextStep,
            LocalDate nextDueOn, DevelopmentProgress.Standing standing, long version, OffsetDateTime lastEventAt) {
    }

    /**
     * Runs after the batch's member events are written, so that the persons' member states are current.
     *
     * @param membersChanged the persons whose member state the batch changed
     */
    public void apply(List<Incoming> steps, Collection<UUID> membersChanged, Rollups.Deltas deltas) {
        Set<UUID> ids = new LinkedHashSet<>(membersChanged);
        steps.forEach(step -> ids.add(step.state().memberId()));
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, Progress> stored = load(ids.toArray(UUID[]::new));
        if (steps.isEmpty() && stored.isEmpty()) {
            return;
        }
        Map<UUID, Progress> files = new LinkedHashMap<>(stored);
        Set<UUID> stepped = new LinkedHashSet<>();
        for (Incoming step : steps) {
            DevelopmentStepState s = step.state();
            Progress before = files.get(s.memberId());
            // Every event counts for freshness, stale or not, and by the branch it names: a replay meets one person's events
            // from two partitions (before and after a transfer) in another order than the live consumer did, and must agree.
            deltas.touched(s.organizationId(), step.time());
            OffsetDateTime at = before == null ? step.time() : BusinessCalendar.latest(before.lastEventAt(), step.time());
            stepped.add(s.memberId());
            if (before != null && before.version() > s.version()) {
                files.put(s.memberId(), new Progress(before.memberId(), before.fileBranch(), before.politicalStatus(), before.currentStep(),
                        before.currentStepOn(), before.nextStep(), before.nextDueOn(), before.standing(), before.version(), at));
                continue;
            }
            files.put(s.memberId(), new Progress(s.memberId(), s.organizationId(), s.politicalStatus(), s.currentStep(), s.currentStepOn(),
                    s.nextStep(), s.nextStepDueOn(), null, s.version(), at));
        }
        Map<UUID, DevelopmentProgress.Person> persons = persons(files.keySet().toArray(UUID[]::new));
        Map<UUID, Progress> written = new LinkedHashMap<>();
        for (Progress file : files.values()) {
            DevelopmentProgress.Standing standing = DevelopmentProgress.standing(file.fileBranch(), file.politicalStatus(), file.nextStep(),
                    persons.get(file.memberId()));
            Progress before = stored.get(file.memberId());
            if (before != null && !stepped.contains(file.memberId()) && standing.equals(before.standing())) {
                continue;
            }
            if (before != null) {
                contribute(before, -1, deltas);
            }
            Progress after = new Progress(file.memberId(), standing.branch(), file.politicalStatus(), file.currentStep(),
                    file.currentStepOn(),
                    file.nextStep(), file.nextDueOn(), standing, file.version(), file.lastEventAt());
            contribute(after, 1, deltas);
            written.put(after.memberId(), after);
        }
        write(written.values());
    }

    private static void contribute(Progress file, int sign, Rollups.Deltas deltas) {
        DevelopmentProgress.Standing standing = file.standing();
        if (standing.inDevelopment()) {
            deltas.add(RollupTable.DEVELOPMENT_STEP, standing.branch(), List.of(file.currentStep()), sign);
        }
        if (standing.deadlineHolds()) {
            deltas.add(RollupTable.DEVELOPMENT_DUE, standing.branch(), List.of(file.nextStep(), file.nextDueOn()), sign);
        }
    }

    private Map<UUID, Progress> load(UUID[] ids) {
        Map<UUID, Progress> stored = new HashMap<>();
        sql.query("""
                select member_id, branch_id, political_status, current_step, current_step_on, next_step, next_due_on, in_development,
                    deadline_holds, version, last_event_at from development_progress_view where member_id = any(?::uuid[])""", row -> {
            UUID branch = (UUID) row.getObject(2);
            stored.put((UUID) row.getObject(1), new Progress((UUID) row.getObject(1), branch, row.getString(3), row.getString(4),
                    row.getObject(5, LocalDate.class), row.getString(6), row.getObject(7, LocalDate.class),
                    new DevelopmentProgress.Standing(branch, row.getBoolean(8), row.getBoolean(9)), row.getLong(10),
                    row.getObject(11, OffsetDateTime.class)));
            return null;
        }, (Object) ids);
        return stored;
    }

    private Map<UUID, DevelopmentProgress.Person> persons(UUID[] ids) {
        Map<UUID, DevelopmentProgress.Person> persons = new HashMap<>();
        sql.query("select id, organization_id, political_status, membership_state from member_view where id = any(?::uuid[])", row -> {
            persons.put((UUID) row.getObject(1),
                    new DevelopmentProgress.Person((UUID) row.getObject(2), row.getString(3), row.getString(4)));
            return null;
        }, (Object) ids);
        return persons;
    }

    private void write(Collection<Progress> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        UUID[] members = new UUID[n];
        UUID[] branches = new UUID[n];
        String[][] texts = new String[3][n];
        LocalDate[][] dates = new LocalDate[2][n];
        Boolean[][] flags = new Boolean[2][n];
        Long[] versions = new Long[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        int i = 0;
        for (Progress row : rows) {
            members[i] = row.memberId();
            branches[i] = Objects.requireNonNull(row.standing().branch());
            texts[0][i] = row.politicalStatus();
            texts[1][i] = row.currentStep();
            texts[2][i] = row.nextStep();
            dates[0][i] = row.currentStepOn();
            dates[1][i] = row.nextDueOn();
            flags[0][i] = row.standing().inDevelopment();
            flags[1][i] = row.standing().deadlineHolds();
            versions[i] = row.version();
            times[i++] = row.lastEventAt();
        }
        sql.update("""
                insert into development_progress_view (member_id, branch_id, political_status, current_step, next_step, current_step_on,
                    next_due_on, in_development, deadline_holds, version, last_event_at)
                select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::bool[], ?::bool[],
                    ?::int8[], ?::timestamptz[]) order by 1
                on conflict (member_id) do update set branch_id = excluded.branch_id, political_status = excluded.political_status,
                    current_step = excluded.current_step, next_step = excluded.next_step, current_step_on = excluded.current_step_on,
                    next_due_on = excluded.next_due_on, in_development = excluded.in_development, deadline_holds = excluded.deadline_holds,
                    version = excluded.version, last_event_at = excluded.last_event_at""",
                members, branches, texts[0], texts[1], texts[2], dates[0], dates[1], flags[0], flags[1], versions, times);
    }
}
