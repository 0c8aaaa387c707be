package io.partybranch.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.mapping.DuesMapper;
import io.partybranch.reporting.mapping.SubtreeStatisticsMapper;
import io.partybranch.reporting.model.PeriodStatistics;
import io.partybranch.reporting.model.PeriodStatistics.ActivityFigures;
import io.partybranch.reporting.repository.MemberView;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A branch's figures for a period, computed from the read models: members by their status on the
 * period's last day, activities held in it, and compliance with the configured cadences.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodStatisticsService {

    @Inject
    EntityManager entityManager;

    @Inject
    ComplianceService complianceService;

    @Inject
    DuesTotals dues;

    @Inject
    ObjectMapper objectMapper;

    public PeriodStatistics forBranch(UUID branchId, Period period) {
        OrganizationView branch = OrganizationView.branch(branchId);
        LocalDate end = period.to();
        List<MemberView> people = MemberView.list("organizationId", branchId);
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byState = new TreeMap<>();
        Map<String, Long> byGender = new TreeMap<>();
        Map<String, Long> byEducation = new TreeMap<>();
        Map<String, Long> byAge = new TreeMap<>();
        Map<String, Long> byStanding = new TreeMap<>();
        long partyMembers = 0;
        long attached = 0;
        long joined = 0;
        long converted = 0;
        for (MemberView person : people) {
            String status = statusOn(person, end);
            if (status == null) {
                continue; // not yet in the pipeline on that date
            }
            count(byStatus, status);
            count(byState, person.membershipState);
            if (!status.equals("FULL") && !status.equals("PROBATIONARY")) {
                continue;
            }
            partyMembers++;
            count(byGender, person.gender);
            count(byEducation, person.education == null ? "UNKNOWN" : person.education);
            count(byAge, ageBand(java.time.Period.between(person.birthDate, end).getYears()));
            if (person.fullSince != null && !person.fullSince.isAfter(end)) {
                count(byStanding, standingBand(java.time.Period.between(person.fullSince, end).getYears()));
            }
            attached += person.ownUnit != null ? 1 : 0;
            joined += within(person.joinedOn, period) ? 1 : 0;
            converted += within(person.fullSince, period) ? 1 : 0;
        }
        long transfersIn = count("select count(*) from transfer_view where to_branch_id = :b and status = 'CONFIRMED' "
                + "and decided_on between :from and :to", branchId, period);
        long transfersOut = count("select count(*) from transfer_view where from_branch_id = :b and status = 'CONFIRMED' "
                + "and decided_on between :from and :to", branchId, period);

        Map<String, ActivityFigures> activities = new TreeMap<>();
        for (Object[] row : rows("""
                select type, count(*), coalesce(sum(expected_count), 0), coalesce(sum(present_count), 0), avg(attendance_rate)
                from activity_view where branch_id = :b and status = 'HELD' and held_on between :from and :to group by type""",
                branchId, period)) {
            long expected = ((Number) row[2]).longValue();
            long present = ((Number) row[3]).longValue();
            BigDecimal average = row[4] == null ? null : new BigDecimal(row[4].toString()).setScale(4, RoundingMode.HALF_UP);
            activities.put((String) row[0], new ActivityFigures(((Number) row[1]).longValue(), expected, present,
                    Rates.rate(present, expected), average));
        }

        PeriodStatistics.Compliance compliance = SubtreeStatisticsMapper.toResponse(
                complianceService.forBranches(List.of(branchId), period).get(branchId));
        OffsetDateTime asOf = (OffsetDateTime) entityManager.createQuery(
                "select max(m.lastEventAt) from MemberView m where m.organizationId = :b")
                .setParameter("b", branchId).getSingleResult();
        OffsetDateTime activitiesAsOf = (OffsetDateTime) entityManager.createQuery(
                "select max(a.lastEventAt) from ActivityView a where a.branchId = :b")
                .setParameter("b", branchId).getSingleResult();
        asOf = BusinessCalendar.latest(asOf, activitiesAsOf, branch.lastEventAt, latestOtherFact(branchId));
        return new PeriodStatistics(branch.id, branch.name, period.from(), end, period.label(),
                new PeriodStatistics.Members(partyMembers, byStatus, byState, byGender, byEducation, byAge, byStanding,
                        attached, joined, converted, transfersIn, transfersOut),
                activities, attendanceByMember(branchId, period), compliance, committee(branchId, end),
                evaluations(branchId, period), honours(branchId, period),
                DuesMapper.toResponse(dues.forBranch(branchId, period)), asOf);
    }

    /** Who was expected at the period's held activities and how often they came; who missed most first. */
    private List<PeriodStatistics.MemberAttendance> attendanceByMember(UUID branchId, Period period) {
        List<PeriodStatistics.MemberAttendance> result = new ArrayList<>();
        for (Object[] row : rows("""
                select a.member_id, m.full_name, count(*),
                    count(*) filter (where a.status = 'PRESENT'), count(*) filter (where a.status = 'EXCUSED'),
                    count(*) filter (where a.status = 'ABSENT')
                from attendance_view a join activity_view v on v.id = a.activity_id left join member_view m on m.id = a.member_id
                where v.branch_id = :b and v.status = 'HELD' and v.held_on between :from and :to and a.expected
                group by a.member_id, m.full_name""", branchId, period)) {
            long expected = ((Number) row[2]).longValue();
            long present = ((Number) row[3]).longValue();
            result.add(new PeriodStatistics.MemberAttendance((UUID) row[0], (String) row[1], expected, present,
                    ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), Rates.rate(present, expected)));
        }
        result.sort(Comparator.comparingLong((PeriodStatistics.MemberAttendance m) -> m.present() - m.expected())
                .thenComparing(m -> -m.absent())
                .thenComparing(PeriodStatistics.MemberAttendance::fullName, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    /** The committee in office on the day, with the posts held that day. */
    private PeriodStatistics.Committee committee(UUID branchId, LocalDate day) {
        List<Object[]> committees = entityManager.createNativeQuery("""
                select id, elected_on, term_ends_on from committee_view
                where branch_id = :b and elected_on <= :d and (ended_on is null or ended_on > :d)
                order by elected_on desc limit 1""").setParameter("b", branchId).setParameter("d", day).getResultList();
        if (committees.isEmpty()) {
            return null;
        }
        Object[] committee = committees.get(0);
        List<PeriodStatistics.PostHolder> posts = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> postRows = entityManager.createNativeQuery("""
                select p.member_id, m.full_name, p.post from committee_post_view p left join member_view m on m.id = p.member_id
                where p.committee_id = :c and p.from_date <= :d and (p.to_date is null or p.to_date >= :d)""")
                .setParameter("c", committee[0]).setParameter("d", day).getResultList();
        for (Object[] row : postRows) {
            posts.add(new PeriodStatistics.PostHolder((UUID) row[0], (String) row[1], (String) row[2],
                    Labels.of(Labels.POSTS, (String) row[2])));
        }
        List<String> order = List.copyOf(POST_ORDER);
        posts.sort(Comparator.comparingInt((PeriodStatistics.PostHolder p) -> order.indexOf(p.post()) < 0 ? 99 : order.indexOf(p.post())));
        return new PeriodStatistics.Committee((UUID) committee[0], JdbcValues.localDate(committee[1]), JdbcValues.localDate(committee[2]),
                posts);
    }

    private static final List<String> POST_ORDER = List.of("SECRETARY", "DEPUTY_SECRETARY", "ORGANIZATION", "PROPAGANDA", "DISCIPLINE",
            "YOUTH", "UNITED_FRONT");

    private PeriodStatistics.Evaluations evaluations(UUID branchId, Period period) {
        List<PeriodStatistics.EvaluationRound> rounds = new ArrayList<>();
        Map<String, Long> grades = new TreeMap<>();
        for (Object[] row : rows("""
                select id, period, held_on, distribution from evaluation_view where branch_id = :b and held_on between :from and :to
                order by held_on, id""", branchId, period)) {
            Map<String, Long> distribution = new TreeMap<>();
            try {
                objectMapper.readTree((String) row[3]).properties()
                        .forEach(grade -> distribution.put(grade.getKey(), grade.getValue().asLong()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("evaluation_view " + row[0] + " holds a distribution that is not JSON", e);
            }
            distribution.forEach((grade, count) -> grades.merge(grade, count, Long::sum));
            rounds.add(new PeriodStatistics.EvaluationRound((UUID) row[0], (String) row[1], JdbcValues.localDate(row[2]), distribution));
        }
        List<PeriodStatistics.TrustRate> trust = new ArrayList<>();
        long ballots = 0;
        long trusted = 0;
        for (Object[] row : rows("""
                select t.member_id, m.full_name, sum(t.ballots), sum(t.trusted)
                from trust_view t join evaluation_view e on e.id = t.evaluation_id left join member_view m on m.id = t.member_id
                where e.branch_id = :b and e.held_on between :from and :to group by t.member_id, m.full_name
                order by m.full_name, t.member_id""", branchId, period)) {
            long memberBallots = ((Number) row[2]).longValue();
            long memberTrusted = ((Number) row[3]).longValue();
            ballots += memberBallots;
            trusted += memberTrusted;
            trust.add(new PeriodStatistics.TrustRate((UUID) row[0], (String) row[1], memberBallots, memberTrusted,
                    Rates.rate(memberTrusted, memberBallots)));
        }
        return new PeriodStatistics.Evaluations(rounds, grades, trust, Rates.rate(trusted, ballots));
    }

    /** Dated honours by their date; undated ones by their year, in the period holding its 31 December. */
    private PeriodStatistics.Honours honours(UUID branchId, Period period) {
        Map<String, Long> byLevel = new TreeMap<>();
        List<PeriodStatistics.Honour> honours = new ArrayList<>();
        long sanctions = 0;
        for (Object[] row : rows("""
                select h.kind, h.title, h.level, h.year, h.awarded_on, coalesce(m.full_name, o.name)
                from honour_view h left join member_view m on m.id = h.member_id left join organization_view o on o.id = h.organization_id
                where h.branch_id = :b and (h.awarded_on between :from and :to
                    or (h.awarded_on is null and make_date(h.year, 12, 31) between :from and :to))
                order by h.awarded_on nulls last, h.title""", branchId, period)) {
            if ("SANCTION".equals(row[0])) {
                sanctions++;
                continue;
            }
            byLevel.merge((String) row[2], 1L, Long::sum);
            honours.add(new PeriodStatistics.Honour((String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                    JdbcValues.localDate(row[4]), (String) row[5]));
        }
        return new PeriodStatistics.Honours(byLevel, sanctions, honours);
    }

    /** Committees, evaluations, honours and transfers have their own event times. */
    private OffsetDateTime latestOtherFact(UUID branchId) {
        Object latest = entityManager.createNativeQuery("""
                select max(t) from (
                    select max(last_event_at) t from committee_view where branch_id = :b
                    union all select max(last_event_at) from evaluation_view where branch_id = :b
                    union all select max(last_event_at) from honour_view where branch_id = :b
                    union all select max(last_event_at) from dues_month_view where branch_id = :b
                    union all select max(last_event_at) from transfer_view where to_branch_id = :b or from_branch_id = :b
                ) facts""").setParameter("b", branchId).getSingleResult();
        return JdbcValues.offsetDateTime(latest);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID branchId, Period period) {
        return entityManager.createNativeQuery(sql).setParameter("b", branchId).setParameter("from", period.from())
                .setParameter("to", period.to()).getResultList();
    }

    static String statusOn(MemberView person, LocalDate date) {
        if (person.fullSince != null && !person.fullSince.isAfter(date)) {
            return "FULL";
        }
        if (person.joinedOn != null && !person.joinedOn.isAfter(date)) {
            return "PROBATIONARY";
        }
        if (person.candidateSince != null && !person.candidateSince.isAfter(date)) {
            return "CANDIDATE";
        }
        if (person.activistSince != null && !person.activistSince.isAfter(date)) {
            return "ACTIVIST";
        }
        LocalDate applied = person.appliedOn != null
                ? person.appliedOn
                : person.politicalStatus.equals("APPLICANT") ? person.statusSince : null;
        return applied != null && !applied.isAfter(date) ? "APPLICANT" : null;
    }

    private long count(String sql, UUID branchId, Period period) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("b", branchId)
                .setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult()).longValue();
    }

    private static boolean within(LocalDate date, Period period) {
        return date != null && !date.isBefore(period.from()) && !date.isAfter(period.to());
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    private static String ageBand(int age) {
        return age < 30 ? "<30" : age < 40 ? "30-39" : age < 50 ? "40-49" : age < 60 ? "50-59" : "60+";
    }

    private static String standingBand(int years) {
        return years < 5 ? "<5" : years < 10 ? "5-9" : years < 20 ? "10-19" : "20+";
    }
}
