package io.partybranch.activities.service;

import io.partybranch.activities.domain.ActivitiesRule;
import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.domain.AttendanceFigures;
import io.partybranch.activities.model.VoteModels.Ballot;
import io.partybranch.activities.model.VoteModels.VoteRequest;
import io.partybranch.activities.model.VoteModels.VoteResult;
import io.partybranch.activities.repository.Activity;
import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Votes of a general meeting (支部党员大会): probationary members do not vote, voters must be
 * present, and a resolution passes only with more than half of those who should attend (应到).
 */
@ApplicationScoped
@Transactional
public class VoteService {

    public static final String VOTE_HELD = "vote.held.v1";

    @Inject
    ActivityService activities;

    @Inject
    RosterQueries roster;

    @Inject
    EntityManager entityManager;

    @Inject
    EventPublisher events;

    public VoteResult hold(UUID activityId, VoteRequest request) {
        Activity meeting = activities.find(activityId);
        if (meeting.type != ActivityType.GENERAL_MEETING || meeting.status != ActivityStatus.HELD) {
            throw ProblemException.refused(ActivitiesRule.VOTE_NEEDS_HELD_GENERAL_MEETING,
                    "Votes are held at a GENERAL_MEETING that has been recorded as held; this is a " + meeting.status + " "
                            + meeting.type);
        }
        Set<UUID> voters = new HashSet<>();
        for (int i = 0; i < request.ballots().size(); i++) {
            if (!voters.add(request.ballots().get(i).voterId())) {
                throw ProblemException.invalid("ballots[" + i + "].voterId", "names a voter twice");
            }
        }
        LocalDate date = meeting.heldOn;
        Map<UUID, RosterQueries.Expected> expected = roster.expected(meeting.type, meeting.branchId, meeting.organizationId, date);
        @SuppressWarnings("unchecked")
        List<UUID> present = entityManager.createNativeQuery(
                "select member_id from attendance where activity_id = :a and status = 'PRESENT'")
                .setParameter("a", meeting.id).getResultList();
        for (UUID voter : voters) {
            RosterQueries.Expected member = expected.get(voter);
            if (member != null && !member.votes()) {
                throw ProblemException.refused(ActivitiesRule.PROBATIONARY_CANNOT_VOTE,
                        "Member " + voter + " was probationary on " + date + " and has no vote");
            }
            if (member == null || !present.contains(voter)) {
                throw ProblemException.refused(ActivitiesRule.VOTER_NOT_PRESENT,
                        "Member " + voter + " was not a full member present at this meeting");
            }
        }
        UUID candidate = request.candidateMemberId();
        if (candidate != null && roster.belonging(Set.of(candidate), meeting.branchId, false, date).isEmpty()) {
            throw ProblemException.refused(ActivitiesRule.CANDIDATE_NOT_IN_BRANCH,
                    "Member " + candidate + " did not belong to the branch on " + date + "; a branch votes on its own candidates");
        }
        int votingExpected = (int) expected.values().stream().filter(RosterQueries.Expected::votes).count();
        int yes = count(request.ballots(), "YES");
        int no = count(request.ballots(), "NO");
        int abstain = count(request.ballots(), "ABSTAIN");
        boolean passed = AttendanceFigures.resolutionPasses(yes, votingExpected);
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into vote (id, activity_id, branch_id, subject, candidate_member_id, motion, yes_count, no_count,
                                  abstain_count, voting_expected, passed, held_on, created_at)
                values (:id, :a, :b, :s, :c, :m, :y, :n, :ab, :e, :p, :d, :t)""")
                .setParameter("id", id).setParameter("a", meeting.id).setParameter("b", meeting.branchId)
                .setParameter("s", request.subject()).setParameter("c", request.candidateMemberId())
                .setParameter("m", request.motion().trim()).setParameter("y", yes).setParameter("n", no)
                .setParameter("ab", abstain).setParameter("e", votingExpected).setParameter("p", passed)
                .setParameter("d", date).setParameter("t", BusinessCalendar.now()).executeUpdate();
        for (Ballot ballot : request.ballots()) {
            entityManager.createNativeQuery("insert into ballot (vote_id, voter_id, choice) values (:v, :m, :c)")
                    .setParameter("v", id).setParameter("m", ballot.voterId()).setParameter("c", ballot.choice()).executeUpdate();
        }
        VoteResult result = new VoteResult(id, meeting.id, meeting.branchId, request.subject(), request.candidateMemberId(),
                request.motion().trim(), yes, no, abstain, votingExpected, passed, passed ? "通过" : "未通过", date);
        // members-service can later act on ADMIT_CANDIDATE / CONVERT_PROBATIONARY outcomes from this event.
        events.publish(VOTE_HELD, id, meeting.branchId, result);
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VoteResult> ofActivity(UUID activityId) {
        activities.find(activityId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, activity_id, branch_id, subject, candidate_member_id, motion, yes_count, no_count, abstain_count,
                       voting_expected, passed, held_on from vote where activity_id = :a order by created_at""")
                .setParameter("a", activityId).getResultList();
        List<VoteResult> results = new ArrayList<>();
        for (Object[] r : rows) {
            boolean passed = (Boolean) r[10];
            LocalDate heldOn = JdbcValues.localDate(r[11]);
            results.add(new VoteResult((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue(), passed, passed ? "通过" : "未通过", heldOn));
        }
        return results;
    }

    private static int count(List<Ballot> ballots, String choice) {
        return (int) ballots.stream().filter(b -> b.choice().equals(choice)).count();
    }
}
