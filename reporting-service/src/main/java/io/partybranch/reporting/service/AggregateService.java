package io.partybranch.reporting.service;

import io.partybranch.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Keeps the pre-aggregated tables (activity_month, member_month) equal to what the facts say, by
 * recomputing the touched keys from the facts in the consumer's transaction. Recomputing rather than
 * adding deltas makes a redelivered, corrected or replayed event impossible to count twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AggregateService {

    @Inject
    EntityManager entityManager;

    @Inject
    io.partybranch.reporting.config.AggregateConfig aggregates;

    /**
     * A replay applies thousands of member events per branch: their member_month refreshes are
     * collected and run once per branch at the end, on the same thread and in the same transaction.
     */
    private static final ThreadLocal<java.util.Map<UUID, OffsetDateTime>> DEFERRED = new ThreadLocal<>();

    public <T> T deferringMemberMonths(java.util.function.Supplier<T> work) {
        java.util.Map<UUID, OffsetDateTime> deferred = new java.util.LinkedHashMap<>();
        DEFERRED.set(deferred);
        T result;
        try {
            result = work.get();
        } finally {
            DEFERRED.remove();
        }
        deferred.forEach(this::refreshMemberMonths);
        return result;
    }

    /** One (branch, holding organisation, type, month) cell, from the held activities. */
    public void refreshActivityMonth(UUID branchId, UUID organizationId, String type, LocalDate dayInMonth, OffsetDateTime eventTime) {
        LocalDate month = dayInMonth.withDayOfMonth(1);
        entityManager.flush();
        entityManager.createNativeQuery("""
                delete from activity_month where branch_id = :b and organization_id = :o and type = :t and month = :m""")
                .setParameter("b", branchId).setParameter("o", organizationId).setParameter("t", type).setParameter("m", month)
                .executeUpdate();
        entityManager.createNativeQuery("""
                insert into activity_month (branch_id, organization_id, type, month, held, expected, present, last_event_at)
                select :b, :o, :t, :m, count(*), coalesce(sum(expected_count), 0), coalesce(sum(present_count), 0), :at
                from activity_view
                where branch_id = :b and coalesce(organization_id, branch_id) = :o and type = :t and status = 'HELD'
                  and held_on >= :m and held_on < :next
                having count(*) > 0""")
                .setParameter("b", branchId).setParameter("o", organizationId).setParameter("t", type).setParameter("m", month)
                .setParameter("next", month.plusMonths(1)).setParameter("at", eventTime).executeUpdate();
    }

    /** A branch's honours and sanctions of one month (undated ones count in December of their year). */
    public void refreshHonourMonth(UUID branchId, LocalDate month) {
        entityManager.flush();
        entityManager.createNativeQuery("delete from honour_month where branch_id = :b and month = :m")
                .setParameter("b", branchId).setParameter("m", month).executeUpdate();
        entityManager.createNativeQuery("""
                insert into honour_month (branch_id, month, kind, level, count, last_event_at)
                select :b, :m, kind, level, count(*), max(last_event_at) from honour_view
                where branch_id = :b and date_trunc('month', coalesce(awarded_on, make_date(year, 12, 1))) = :m
                group by kind, level""").setParameter("b", branchId).setParameter("m", month).executeUpdate();
    }

    /** A branch's evaluation grades and trust ballots of one month. */
    public void refreshEvaluationMonth(UUID branchId, LocalDate month) {
        entityManager.flush();
        for (String table : java.util.List.of("evaluation_month", "trust_month")) {
            entityManager.createNativeQuery("delete from " + table + " where branch_id = :b and month = :m")
                    .setParameter("b", branchId).setParameter("m", month).executeUpdate();
        }
        entityManager.createNativeQuery("""
                insert into evaluation_month (branch_id, month, grade, count, last_event_at)
                select :b, :m, grade.key, sum(grade.value::int), max(e.last_event_at) from evaluation_view e, jsonb_each_text(e.distribution::jsonb) grade
                where e.branch_id = :b and date_trunc('month', e.held_on) = :m group by grade.key""")
                .setParameter("b", branchId).setParameter("m", month).executeUpdate();
        entityManager.createNativeQuery("""
                insert into trust_month (branch_id, month, ballots, trusted, last_event_at)
                select :b, :m, sum(t.ballots), sum(t.trusted), max(e.last_event_at) from trust_view t join evaluation_view e on e.id = t.evaluation_id
                where e.branch_id = :b and date_trunc('month', e.held_on) = :m having count(*) > 0""")
                .setParameter("b", branchId).setParameter("m", month).executeUpdate();
    }

    /**
     * Every month-end of a branch, from its earliest recorded date to this month: the status each
     * person had on that day (as the branch statistics count it) and the month's movements.
     */
    public void refreshMemberMonths(UUID branchId, OffsetDateTime eventTime) {
        if (branchId == null) {
            return;
        }
        java.util.Map<UUID, OffsetDateTime> deferred = DEFERRED.get();
        if (deferred != null) {
            deferred.merge(branchId, eventTime, (a, b) -> a.isAfter(b) ? a : b);
            return;
        }
        entityManager.flush();
        entityManager.createNativeQuery("delete from member_month where branch_id = :b").setParameter("b", branchId).executeUpdate();
        entityManager.createNativeQuery("delete from member_month_breakdown where branch_id = :b").setParameter("b", branchId).executeUpdate();
        Object earliest = entityManager.createNativeQuery("""
                select min(d) from (
                    select least(applied_on, activist_since, candidate_since, joined_on, full_since, status_since) as d
                    from member_view where organization_id = :b
                    union all
                    select decided_on from transfer_view where status = 'CONFIRMED' and (to_branch_id = :b or from_branch_id = :b)
                ) dates""").setParameter("b", branchId).getSingleResult();
        if (earliest == null) {
            return;
        }
        LocalDate start = io.partybranch.common.persistence.JdbcValues.localDate(earliest).withDayOfMonth(1);
        LocalDate end = YearMonth.from(BusinessCalendar.today()).atDay(1);
        if (end.isBefore(start)) {
            end = start;
        }
        // District figures reach back a bounded number of years: a branch founded in 1990 would otherwise
        // recompute four hundred month-ends on every member event.
        LocalDate kept = end.minusYears(aggregates.years());
        if (kept.isAfter(start)) {
            start = kept;
        }
        entityManager.createNativeQuery(STANDING + """
                insert into member_month (branch_id, month, full_members, probationary, candidates, activists, applicants, attached,
                    joined, converted, transfers_in, transfers_out, last_event_at)
                select :b, s.month,
                    count(*) filter (where s.status = 'FULL'),
                    count(*) filter (where s.status = 'PROBATIONARY'),
                    count(*) filter (where s.status = 'CANDIDATE'),
                    count(*) filter (where s.status = 'ACTIVIST'),
                    count(*) filter (where s.status = 'APPLICANT'),
                    count(*) filter (where s.status in ('FULL', 'PROBATIONARY') and s.own_unit is not null),
                    count(*) filter (where s.status in ('FULL', 'PROBATIONARY') and s.joined_on between s.month and s.month_end),
                    count(*) filter (where s.status = 'FULL' and s.full_since between s.month and s.month_end),
                    (select count(*) from transfer_view t where t.to_branch_id = :b and t.status = 'CONFIRMED'
                        and t.decided_on between s.month and s.month_end),
                    (select count(*) from transfer_view t where t.from_branch_id = :b and t.status = 'CONFIRMED'
                        and t.decided_on between s.month and s.month_end),
                    :at
                from standing s group by s.month, s.month_end""")
                .setParameter("b", branchId).setParameter("start", start).setParameter("end", end).setParameter("at", eventTime)
                .executeUpdate();
        entityManager.createNativeQuery(STANDING + """
                , party as (select * from standing where status in ('FULL', 'PROBATIONARY'))
                insert into member_month_breakdown (branch_id, month, dimension, value, count)
                select :b, month, dimension, value, count(*) from (
                    select month, 'STATE' as dimension, membership_state as value from standing where status is not null
                    union all select month, 'GENDER', gender from party
                    union all select month, 'EDUCATION', coalesce(education, 'UNKNOWN') from party
                    union all select month, 'AGE_BAND', case when age < 30 then '<30' when age < 40 then '30-39'
                        when age < 50 then '40-49' when age < 60 then '50-59' else '60+' end from party
                    union all select month, 'STANDING_BAND', case when standing < 5 then '<5' when standing < 10 then '5-9'
                        when standing < 20 then '10-19' else '20+' end from party where standing is not null
                ) facts group by month, dimension, value""")
                .setParameter("b", branchId).setParameter("start", start)
                .setParameter("end", end).executeUpdate();
    }

    /** Each person's status at each month-end, decided as PeriodStatisticsService.statusOn decides it. */
    private static final String STANDING = """
            with months as (
                select g::date as month, (g + interval '1 month' - interval '1 day')::date as month_end
                from generate_series(cast(:start as date), cast(:end as date), interval '1 month') g
            ), standing as (
                select mo.month, mo.month_end, v.own_unit, v.joined_on, v.full_since, v.gender, v.education, v.membership_state,
                    extract(year from age(mo.month_end, v.birth_date))::int as age,
                    case when v.full_since <= mo.month_end then extract(year from age(mo.month_end, v.full_since))::int end as standing,
                    case when v.full_since <= mo.month_end then 'FULL'
                         when v.joined_on <= mo.month_end then 'PROBATIONARY'
                         when v.candidate_since <= mo.month_end then 'CANDIDATE'
                         when v.activist_since <= mo.month_end then 'ACTIVIST'
                         when coalesce(v.applied_on, case when v.political_status = 'APPLICANT' then v.status_since end)
                              <= mo.month_end then 'APPLICANT'
                    end as status
                from months mo left join member_view v on v.organization_id = :b
            )
            """;
}
