package io.partybranch.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.reporting.events.IncomingContracts.CommitteeState;
import io.partybranch.reporting.events.IncomingContracts.EvaluationState;
import io.partybranch.reporting.events.IncomingContracts.HonourState;
import io.partybranch.reporting.events.IncomingContracts.Post;
import io.partybranch.reporting.events.IncomingContracts.Trust;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Honours and sanctions, democratic evaluations with their trust ballots, committees with their posts.
 * Evaluations and committees are full states carrying the producer's version: an older state
 * arriving late is refused, and a newer one replaces the old one's figures (old contribution out, new in).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecognitionApplier {

    private static final TypeReference<Map<String, Integer>> DISTRIBUTION = new TypeReference<>() {
    };

    @Inject
    BulkSql sql;

    @Inject
    ObjectMapper objectMapper;

    /** An honour is recorded once; a redelivered one changes nothing. */
    public void honour(HonourState state, UUID branchId, OffsetDateTime eventTime, Rollups.Deltas deltas) {
        int inserted = sql.update("""
                insert into honour_view (id, branch_id, member_id, organization_id, kind, title, level, year, awarded_on, last_event_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                state.id(), branchId, state.memberId(), state.organizationId(), state.kind(), state.title(), state.level(), state.year(),
                state.awardedOn(), eventTime);
        if (inserted == 1) {
            LocalDate month = (state.awardedOn() != null ? state.awardedOn() : LocalDate.of(state.year(), 12, 1)).withDayOfMonth(1);
            deltas.add(RollupTable.HONOUR, branchId, List.of(month, state.kind(), state.level()), 1);
        }
        deltas.touched(branchId, eventTime);
    }

    public void evaluation(EvaluationState state, OffsetDateTime eventTime, Rollups.Deltas deltas) {
        List<Object[]> stored = sql.query("select branch_id, held_on, distribution, version from evaluation_view where id = ?",
                row -> new Object[]{row.getObject(1), row.getObject(2, LocalDate.class), row.getString(3), row.getLong(4)}, state.id());
        if (!stored.isEmpty()) {
            Object[] before = stored.get(0);
            if ((Long) before[3] > state.versionOrZero()) {
                return;
            }
            long[] trust = sql.query("select coalesce(sum(ballots), 0), coalesce(sum(trusted), 0) from trust_view where evaluation_id = ?",
                    row -> new long[]{row.getLong(1), row.getLong(2)}, state.id()).get(0);
            contribute((UUID) before[0], (LocalDate) before[1], parse((String) before[2]), trust, -1, deltas);
        }
        Map<String, Integer> distribution = new TreeMap<>(state.distribution() == null ? Map.of() : state.distribution());
        sql.update(
                """
                        insert into evaluation_view (id, branch_id, period, held_on, distribution, version, last_event_at) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set branch_id = excluded.branch_id, period = excluded.period, held_on = excluded.held_on,
                            distribution = excluded.distribution, version = excluded.version,
                            last_event_at = greatest(evaluation_view.last_event_at, excluded.last_event_at)""",
                state.id(), state.branchId(), state.period(), state.heldOn(), json(distribution), state.versionOrZero(), eventTime);
        // The event carries every ballot of the evaluation: the stored ones are replaced.
        sql.update("delete from trust_view where evaluation_id = ?", state.id());
        List<Trust> ballots = state.trustBallots() == null ? List.of() : state.trustBallots();
        Map<UUID, Trust> byMember = new LinkedHashMap<>();
        ballots.forEach(ballot -> byMember.put(ballot.memberId(), ballot));
        long[] trust = new long[2];
        if (!byMember.isEmpty()) {
            sql.update(
                    "insert into trust_view (evaluation_id, member_id, ballots, trusted) select ?, * from unnest(?::uuid[], ?::int4[], ?::int4[])",
                    state.id(), byMember.keySet().toArray(UUID[]::new),
                    byMember.values().stream().map(Trust::ballots).toArray(Integer[]::new),
                    byMember.values().stream().map(Trust::trusted).toArray(Integer[]::new));
            byMember.values().forEach(ballot -> {
                trust[0] += ballot.ballots();
                trust[1] += ballot.trusted();
            });
        }
        contribute(state.branchId(), state.heldOn(), distribution, trust, 1, deltas);
        deltas.touched(state.branchId(), eventTime);
    }

    /** A committee's term and posts, unless a later version of it was applied already. */
    public void committee(CommitteeState state, OffsetDateTime eventTime, Rollups.Deltas deltas) {
        int applied = sql.update("""
                insert into committee_view (id, branch_id, elected_on, term_ends_on, ended_on, version, last_event_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set term_ends_on = excluded.term_ends_on, ended_on = excluded.ended_on,
                    version = excluded.version, last_event_at = greatest(committee_view.last_event_at, excluded.last_event_at)
                where committee_view.version <= excluded.version""",
                state.id(), state.branchId(), state.electedOn(), state.termEndsOn(), state.endedOn(), state.version(), eventTime);
        if (applied == 0) {
            return;
        }
        sql.update("delete from committee_post_view where committee_id = ?", state.id());
        List<Post> posts = state.posts() == null ? List.of() : state.posts();
        if (!posts.isEmpty()) {
            sql.update("""
                    insert into committee_post_view (committee_id, member_id, post, from_date, to_date)
                    select ?, * from unnest(?::uuid[], ?::text[], ?::date[], ?::date[]) on conflict do nothing""",
                    state.id(), posts.stream().map(Post::memberId).toArray(UUID[]::new),
                    posts.stream().map(Post::post).toArray(String[]::new),
                    posts.stream().map(Post::fromDate).toArray(LocalDate[]::new),
                    posts.stream().map(Post::toDate).toArray(LocalDate[]::new));
        }
        deltas.touched(state.branchId(), eventTime);
    }

    private static void contribute(UUID branch, LocalDate heldOn, Map<String, Integer> distribution, long[] trust, int sign,
            Rollups.Deltas deltas) {
        LocalDate month = heldOn.withDayOfMonth(1);
        distribution.forEach((grade, count) -> deltas.add(RollupTable.EVALUATION, branch, List.of(month, grade), (long) sign * count));
        if (trust[0] != 0 || trust[1] != 0) {
            deltas.add(RollupTable.TRUST, branch, List.of(month), sign * trust[0], sign * trust[1]);
        }
    }

    private Map<String, Integer> parse(String distribution) {
        try {
            return objectMapper.readValue(distribution, DISTRIBUTION);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation_view holds a distribution that is not JSON", e);
        }
    }

    private String json(Map<String, Integer> distribution) {
        try {
            return objectMapper.writeValueAsString(distribution);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
