package io.partybranch.activities.service;

import io.partybranch.activities.domain.ActivitiesRule;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.domain.EvaluationRules;
import io.partybranch.activities.domain.Grade;
import io.partybranch.activities.model.EvaluationModels.EvaluationRequest;
import io.partybranch.activities.model.EvaluationModels.EvaluationResponse;
import io.partybranch.activities.model.EvaluationModels.GradeEntry;
import io.partybranch.activities.model.EvaluationModels.GradedMember;
import io.partybranch.activities.model.EvaluationModels.NotEvaluated;
import io.partybranch.activities.model.EvaluationModels.TrustBallotRequest;
import io.partybranch.activities.model.EvaluationModels.TrustCount;
import io.partybranch.activities.model.EvaluationModels.TrustResult;
import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Democratic evaluation (民主评议党员): one grade per member, EXCELLENT for at most a third of those
 * evaluated, and everyone who should be evaluated either graded or listed with why not; plus the
 * trust ballots (信任度测评) on the committee members.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    public static final String EVALUATION_COMPLETED = "evaluation.completed.v1";
    public static final String TRUST_BALLOT_RECORDED = "trust-ballot.recorded.v1";

    @Inject
    RosterQueries roster;

    @Inject
    EntityManager entityManager;

    @Inject
    EventPublisher events;

    @Inject
    CallerScope caller;

    @Inject
    BulkSql bulk;

    public EvaluationResponse complete(EvaluationRequest request) {
        caller.requireWritable(request.branchId());
        RosterOrganization branch = RosterOrganization.findById(request.branchId());
        if (branch == null || !branch.isBranch()) {
            throw ProblemException.invalid("branchId", "names no branch known to this service");
        }
        LocalDate date = request.heldOn();
        Set<UUID> shouldBeEvaluated = roster.expected(ActivityType.DEMOCRATIC_EVALUATION, branch.id, branch.id, date).keySet();
        List<NotEvaluated> notEvaluated = request.notEvaluated() == null ? List.of() : request.notEvaluated();
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < request.grades().size(); i++) {
            if (!named.add(request.grades().get(i).memberId())) {
                throw ProblemException.invalid("grades[" + i + "].memberId", "names a member twice");
            }
        }
        for (int i = 0; i < notEvaluated.size(); i++) {
            if (!named.add(notEvaluated.get(i).memberId())) {
                throw ProblemException.invalid("notEvaluated[" + i + "].memberId", "is also graded or listed twice");
            }
        }
        Set<UUID> strangers = new HashSet<>(named);
        strangers.removeAll(shouldBeEvaluated);
        if (!strangers.isEmpty()) {
            throw ProblemException.refused(ActivitiesRule.EVALUATED_NOT_IN_BRANCH,
                    strangers.size() + " person(s) were not party members of the branch on " + date + ": " + strangers);
        }
        Set<UUID> missing = new HashSet<>(shouldBeEvaluated);
        missing.removeAll(named);
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("notEvaluated", missing.size()
                    + " party member(s) of the branch are neither graded nor listed with a reason: " + missing);
        }
        long excellent = request.grades().stream().filter(g -> g.grade() == Grade.EXCELLENT).count();
        if (!EvaluationRules.excellentWithinAThird(excellent, request.grades().size())) {
            throw ProblemException.refused(ActivitiesRule.EXCELLENT_OVER_ONE_THIRD, excellent + " EXCELLENT of "
                    + request.grades().size() + " evaluated; at most " + EvaluationRules.mostExcellent(request.grades().size()));
        }
        long existing = ((Number) entityManager.createNativeQuery(
                "select count(*) from evaluation where branch_id = :b and period = :p")
                .setParameter("b", branch.id).setParameter("p", request.period().trim()).getSingleResult()).longValue();
        if (existing > 0) {
            throw ActivityConstraintRefusals.evaluationExists(request.period().trim());
        }
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into evaluation (id, branch_id, period, held_on, created_at) values (:i, :b, :p, :d, :t)")
                .setParameter("i", id).setParameter("b", branch.id).setParameter("p", request.period().trim())
                .setParameter("d", date).setParameter("t", BusinessCalendar.now()).executeUpdate();
        insertGrades(id, request.grades(), notEvaluated);
        EvaluationResponse response = get(id);
        events.publish(EVALUATION_COMPLETED, id, branch.id, response);
        return response;
    }

    /**
     * Every member's row of the round in one statement (a file import completes each round twice: on
     * trial and for real); a graded member's row has no reason, an excused member's no grade.
     */
    private void insertGrades(UUID evaluation, List<GradeEntry> grades, List<NotEvaluated> notEvaluated) {
        int rows = grades.size() + notEvaluated.size();
        UUID[] members = new UUID[rows];
        String[] grade = new String[rows];
        String[] selfReview = new String[rows];
        String[] peerReview = new String[rows];
        String[] reason = new String[rows];
        for (int i = 0; i < grades.size(); i++) {
            GradeEntry entry = grades.get(i);
            members[i] = entry.memberId();
            grade[i] = entry.grade().name();
            selfReview[i] = entry.selfReview();
            peerReview[i] = entry.peerReview();
        }
        for (int i = 0; i < notEvaluated.size(); i++) {
            members[grades.size() + i] = notEvaluated.get(i).memberId();
            reason[grades.size() + i] = notEvaluated.get(i).reason().trim();
        }
        bulk.update("""
                insert into evaluation_grade (evaluation_id, member_id, grade, self_review, peer_review, not_evaluated_reason)
                select ?, * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])""",
                evaluation, members, grade, selfReview, peerReview, reason);
    }

    public EvaluationResponse recordTrustBallots(UUID id, TrustBallotRequest request) {
        EvaluationResponse evaluation = get(id);
        caller.requireWritable(evaluation.branchId());
        Set<UUID> committee = roster.committeeOn(evaluation.branchId(), evaluation.heldOn());
        for (int i = 0; i < request.results().size(); i++) {
            TrustCount count = request.results().get(i);
            if (count.trusted() > count.ballots()) {
                throw ProblemException.invalid("results[" + i + "].trusted", "cannot exceed ballots");
            }
            if (!committee.contains(count.memberId())) {
                throw ProblemException.refused(ActivitiesRule.TRUST_BALLOT_NOT_COMMITTEE,
                        "Member " + count.memberId() + " was not on the committee on " + evaluation.heldOn());
            }
        }
        // The evaluation's events carry its version, so that a reader can refuse an older one arriving late.
        entityManager.createNativeQuery("update evaluation set version = version + 1 where id = :i").setParameter("i", id).executeUpdate();
        for (TrustCount count : request.results()) {
            entityManager.createNativeQuery("""
                    insert into trust_ballot (evaluation_id, member_id, ballots, trusted) values (:e, :m, :b, :t)
                    on conflict (evaluation_id, member_id) do update set ballots = excluded.ballots, trusted = excluded.trusted""")
                    .setParameter("e", id).setParameter("m", count.memberId()).setParameter("b", count.ballots())
                    .setParameter("t", count.trusted()).executeUpdate();
        }
        EvaluationResponse response = get(id);
        events.publish(TRUST_BALLOT_RECORDED, id, response.branchId(), response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResponse get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> heads = entityManager.createNativeQuery("select branch_id, period, held_on, version from evaluation where id = :i")
                .setParameter("i", id).getResultList();
        if (heads.isEmpty() || !caller.canSee((UUID) heads.get(0)[0])) {
            throw ProblemException.notFound("Evaluation", id);
        }
        Object[] head = heads.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select member_id, grade, not_evaluated_reason from evaluation_grade where evaluation_id = :i")
                .setParameter("i", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> trust = entityManager.createNativeQuery(
                "select member_id, ballots, trusted from trust_ballot where evaluation_id = :i")
                .setParameter("i", id).getResultList();
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> people.add((UUID) r[0]));
        trust.forEach(r -> people.add((UUID) r[0]));
        Map<UUID, String> names = roster.names(people);
        Map<Grade, Integer> distribution = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            distribution.put(grade, 0);
        }
        List<GradedMember> graded = new ArrayList<>();
        List<NotEvaluated> notEvaluated = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                Grade grade = Grade.valueOf((String) row[1]);
                distribution.merge(grade, 1, Integer::sum);
                graded.add(new GradedMember((UUID) row[0], names.get((UUID) row[0]), grade, grade.label()));
            } else {
                notEvaluated.add(new NotEvaluated((UUID) row[0], (String) row[2]));
            }
        }
        List<TrustResult> ballots = trust.stream().map(r -> {
            int cast = ((Number) r[1]).intValue();
            int trusted = ((Number) r[2]).intValue();
            return new TrustResult((UUID) r[0], names.get((UUID) r[0]), cast, trusted, EvaluationRules.trustRate(trusted, cast));
        }).toList();
        LocalDate heldOn = JdbcValues.localDate(head[2]);
        return new EvaluationResponse(id, (UUID) head[0], (String) head[1], heldOn, graded.size(), distribution, graded,
                notEvaluated, ballots, ((Number) head[3]).longValue());
    }
}
