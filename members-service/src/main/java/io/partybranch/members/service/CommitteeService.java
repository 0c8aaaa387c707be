package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.CommitteePost;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.CommitteeModels;
import io.partybranch.members.model.CommitteeModels.CommitteeResponse;
import io.partybranch.members.model.CommitteeModels.ElectionRequest;
import io.partybranch.members.model.CommitteeModels.PostChangesRequest;
import io.partybranch.members.repository.Committee;
import io.partybranch.members.repository.CommitteePostHolding;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Committee elections and changes within a term (支部工作条例): exactly one secretary; a branch with
 * seven or more full members elects 3 to 7, a smaller one only a secretary; all of them full members
 * of that branch.
 */
@ApplicationScoped
@Transactional
public class CommitteeService {

    static final int DEFAULT_TERM_YEARS = 3;
    static final int FULL_MEMBERS_FOR_COMMITTEE = 7;

    @Inject
    EventPublisher events;

    @Inject
    OrganizationService organizations;

    @Inject
    CallerScope caller;

    public CommitteeResponse elect(ElectionRequest request) {
        caller.requireWritable(request.branchId());
        Organization branch = Organization.findById(request.branchId());
        if (branch == null) {
            throw ProblemException.invalid("branchId", "names no existing organisation");
        }
        if (!branch.type.isBranch()) {
            throw ProblemException.refused(MembersRule.COMMITTEE_NEEDS_BRANCH,
                    "A committee is elected by a BRANCH or JOINT_BRANCH, not a " + branch.type);
        }
        Committee previous = current(branch.id);
        if (previous != null) {
            DevelopmentRules.checkNotBefore(request.electedOn(), previous.electedOn, "the previous election");
        }
        Map<UUID, Set<CommitteePost>> seats = new HashMap<>();
        for (CommitteeModels.Seat seat : request.members()) {
            if (seats.put(seat.memberId(), new HashSet<>(seat.posts())) != null) {
                throw ProblemException.invalid("members", "names member " + seat.memberId() + " twice; list all their posts in one seat");
            }
        }
        checkComposition(branch.id, seats);
        if (previous != null) {
            end(previous, request.electedOn());
        }
        Committee committee = new Committee();
        committee.id = UUID.randomUUID();
        committee.branchId = branch.id;
        committee.electedOn = request.electedOn();
        committee.termYears = request.termYears() == null ? DEFAULT_TERM_YEARS : request.termYears();
        committee.termEndsOn = committee.electedOn.plusYears(committee.termYears);
        committee.createdAt = BusinessCalendar.now();
        committee.persist();
        seats.forEach((memberId, posts) -> posts.forEach(post -> open(committee, memberId, post, committee.electedOn)));
        committee.persistAndFlush();
        CommitteeResponse response = toResponse(committee);
        events.publish(MembersEvents.COMMITTEE_ELECTED, committee.id, committee.branchId, response);
        return response;
    }

    public CommitteeResponse changePosts(UUID id, String ifMatch, PostChangesRequest request) {
        Committee committee = find(id);
        ETags.requireMatch(ifMatch, committee.version);
        if (committee.endedOn != null) {
            throw ProblemException.refused(MembersRule.COMMITTEE_NOT_CURRENT,
                    "This committee's term ended on " + committee.endedOn + "; change the current one");
        }
        LocalDate effective = request.effectiveDate();
        DevelopmentRules.checkNotBefore(effective, committee.electedOn, "the election");
        List<CommitteePostHolding> open = openHoldings(committee.id);
        // Releases first, so a hand-over (release A, assign B) is checked as its result.
        for (CommitteeModels.PostChange change : request.changes()) {
            if (change.action() == CommitteeModels.Action.RELEASE) {
                CommitteePostHolding holding = open.stream()
                        .filter(h -> h.memberId.equals(change.memberId()) && h.post == change.post())
                        .findFirst()
                        .orElseThrow(() -> ProblemException.refused(MembersRule.POST_NOT_HELD,
                                "Member " + change.memberId() + " does not hold " + change.post()));
                DevelopmentRules.checkNotBefore(effective, holding.fromDate, "the start of that post");
                holding.toDate = effective;
                open.remove(holding);
            }
        }
        Map<UUID, Set<CommitteePost>> seats = new HashMap<>();
        open.forEach(h -> seats.computeIfAbsent(h.memberId, k -> new HashSet<>()).add(h.post));
        for (CommitteeModels.PostChange change : request.changes()) {
            if (change.action() == CommitteeModels.Action.ASSIGN
                    && !seats.computeIfAbsent(change.memberId(), k -> new HashSet<>()).add(change.post())) {
                throw ProblemException.conflict("post-already-held", "已担任该职务",
                        "Member " + change.memberId() + " already holds " + change.post());
            }
        }
        checkComposition(committee.branchId, seats);
        for (CommitteeModels.PostChange change : request.changes()) {
            if (change.action() == CommitteeModels.Action.ASSIGN) {
                open(committee, change.memberId(), change.post(), effective);
            }
        }
        // Posts live in their own rows: bump the term's version so its ETag changes with them.
        Committee.getEntityManager().lock(committee, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Committee.getEntityManager().flush();
        CommitteeResponse response = toResponse(committee);
        events.publish(MembersEvents.COMMITTEE_CHANGED, committee.id, committee.branchId, response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeResponse get(UUID id) {
        return toResponse(find(id));
    }

    /** Every term of the branch, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeResponse> ofBranch(UUID branchId) {
        organizations.find(branchId);
        return Committee.<Committee>list("branchId", Sort.descending("electedOn"), branchId).stream().map(this::toResponse).toList();
    }

    private void checkComposition(UUID branchId, Map<UUID, Set<CommitteePost>> seats) {
        seats.values().removeIf(Set::isEmpty);
        long secretaries = seats.values().stream().filter(posts -> posts.contains(CommitteePost.SECRETARY)).count();
        if (secretaries != 1) {
            throw ProblemException.refused(MembersRule.COMMITTEE_ONE_SECRETARY,
                    "A committee has exactly one SECRETARY; this one would have " + secretaries);
        }
        long fullMembers = Member.count("organizationId = ?1 and politicalStatus = ?2 and membershipState = ?3",
                branchId, PoliticalStatus.FULL, MembershipState.NORMAL);
        int size = seats.size();
        if (fullMembers >= FULL_MEMBERS_FOR_COMMITTEE && (size < 3 || size > 7)) {
            throw ProblemException.refused(MembersRule.COMMITTEE_SIZE,
                    "A branch with " + fullMembers + " full members elects a committee of 3 to 7; got " + size);
        }
        if (fullMembers < FULL_MEMBERS_FOR_COMMITTEE && size != 1) {
            throw ProblemException.refused(MembersRule.COMMITTEE_SIZE,
                    "A branch with " + fullMembers + " full members (fewer than 7) has a secretary only; got " + size + " people");
        }
        List<Member> people = Member.list("id in ?1", seats.keySet());
        if (people.size() != seats.size()) {
            throw ProblemException.invalid("memberId", "names a member that does not exist");
        }
        for (Member person : people) {
            if (!person.organizationId.equals(branchId) || person.politicalStatus != PoliticalStatus.FULL
                    || person.membershipState != MembershipState.NORMAL) {
                throw ProblemException.refused(MembersRule.COMMITTEE_MEMBER_NOT_FULL_MEMBER,
                        "Committee members must be FULL members in NORMAL standing of this branch; " + person.id + " is not");
            }
        }
    }

    private static void end(Committee previous, LocalDate on) {
        previous.endedOn = on;
        for (CommitteePostHolding holding : openHoldings(previous.id)) {
            holding.toDate = on;
        }
        previous.persist();
    }

    private static void open(Committee committee, UUID memberId, CommitteePost post, LocalDate from) {
        CommitteePostHolding holding = new CommitteePostHolding();
        holding.id = UUID.randomUUID();
        holding.committeeId = committee.id;
        holding.branchId = committee.branchId;
        holding.memberId = memberId;
        holding.post = post;
        holding.fromDate = from;
        holding.persist();
    }

    private static List<CommitteePostHolding> openHoldings(UUID committeeId) {
        return CommitteePostHolding.list("committeeId = ?1 and toDate is null", committeeId);
    }

    private static Committee current(UUID branchId) {
        return Committee.find("branchId = ?1 and endedOn is null", branchId).firstResult();
    }

    private static Committee find(UUID id) {
        Committee committee = Committee.findById(id);
        if (committee == null) {
            throw ProblemException.notFound("Committee", id);
        }
        return committee;
    }

    private CommitteeResponse toResponse(Committee committee) {
        List<CommitteePostHolding> holdings = CommitteePostHolding.list("committeeId", committee.id);
        Map<UUID, String> names = holdings.isEmpty()
                ? Map.of()
                : Member.<Member>list("id in ?1", holdings.stream().map(h -> h.memberId).collect(Collectors.toSet()))
                        .stream().collect(Collectors.toMap(m -> m.id, m -> m.fullName));
        List<CommitteeModels.Holding> posts = holdings.stream()
                .sorted(Comparator.comparing((CommitteePostHolding h) -> h.fromDate).thenComparing(h -> h.post))
                .map(h -> new CommitteeModels.Holding(h.memberId, names.get(h.memberId), h.post, h.post.label(), h.fromDate, h.toDate))
                .toList();
        return new CommitteeResponse(committee.id, committee.branchId, committee.electedOn, committee.termYears,
                committee.termEndsOn, committee.endedOn, committee.endedOn == null, posts, committee.version);
    }
}
