package io.partybranch.members.service;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.members.domain.DevelopmentFileRules;
import io.partybranch.members.domain.DevelopmentStepKind;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.DatedChangeRequest;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.model.ProbationExtensionRequest;
import io.partybranch.members.model.StatusChangeRequest;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.MemberSponsor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Moves members along the development pipeline, enforcing its rules; every step is dated and kept. */
@ApplicationScoped
@Transactional
public class DevelopmentService {

    @Inject
    MemberService members;

    public MemberResponse changeStatus(UUID id, String ifMatch, StatusChangeRequest request) {
        Member member = members.find(id);
        ETags.requireMatch(ifMatch, member.version);
        requireNormal(member);
        PoliticalStatus from = member.politicalStatus;
        DevelopmentRules.checkNextStep(from, request.toStatus());
        LocalDate effective = request.effectiveDate();
        DevelopmentRules.checkNotBefore(effective, member.statusSince, "the current status date");
        String details = null;
        DevelopmentStep filed = null;
        switch (request.toStatus()) {
            case ACTIVIST -> {
                List<Member> mentors = sponsors(request.mentorIds(), member, 1, 2, MembersRule.ACTIVIST_MENTORS,
                        "An activist needs 1 or 2 mentors", "mentorIds");
                saveSponsors(member, mentors, MemberSponsor.MENTOR, effective);
                member.activistSince = effective;
                details = "mentors: " + names(mentors);
                filed = fileStep(member, DevelopmentStepKind.MENTORS_APPOINTED, effective, "党支部", null);
            }
            case CANDIDATE -> {
                DevelopmentRules.checkActivistPeriod(member.activistSince, effective);
                DevelopmentFileRules.checkCandidacy(effective, passedOnOrBefore(member, DevelopmentStepKind.ACTIVIST_REVIEW, effective),
                        passedOnOrBefore(member, DevelopmentStepKind.RECOMMENDATION, effective));
                member.candidateSince = effective;
            }
            case PROBATIONARY -> {
                List<Member> introducers = sponsors(request.introducerIds(), member, 2, 2, MembersRule.INTRODUCERS_REQUIRED,
                        "Admission needs exactly 2 introducers", "introducerIds");
                saveSponsors(member, introducers, MemberSponsor.INTRODUCER, effective);
                member.joinedOn = effective;
                member.probationEndsOn = DevelopmentRules.probationEnd(effective);
                details = "introducers: " + names(introducers);
            }
            case FULL -> {
                DevelopmentRules.checkProbationEnded(member.probationEndsOn, effective);
                member.fullSince = effective;
            }
            default -> throw new IllegalStateException("unreachable: APPLICANT is never a next step");
        }
        member.politicalStatus = request.toStatus();
        member.statusSince = effective;
        MemberResponse changed = members.recordChange(member, "STATUS", from, request.toStatus(), effective,
                join(details, request.note()), MembersEvents.MEMBER_STATUS_CHANGED);
        if (filed != null) {
            // After the member's change: the next time limit is the new stage's, and the member's event comes first.
            stepEvents.recorded(member, filed);
        }
        return changed;
    }

    public MemberResponse extendProbation(UUID id, String ifMatch, ProbationExtensionRequest request) {
        Member member = members.find(id);
        ETags.requireMatch(ifMatch, member.version);
        requireNormal(member);
        requireProbationary(member);
        if (member.probationExtended) {
            throw ProblemException.refused(MembersRule.PROBATION_EXTENDED_ONCE, "The probation of this member was already extended once");
        }
        DevelopmentRules.checkExtensionMonths(request.months());
        DevelopmentRules.checkNotBefore(request.effectiveDate(), member.joinedOn, "the admission date");
        LocalDate previousEnd = member.probationEndsOn;
        member.probationEndsOn = previousEnd.plusMonths(request.months());
        member.probationExtended = true;
        DevelopmentStep filed = fileStep(member, DevelopmentStepKind.PROBATION_EXTENSION, request.effectiveDate(), "党支部",
                "延长" + request.months() + "个月，预备期至" + member.probationEndsOn);
        MemberResponse changed = members.recordChange(member, "PROBATION", previousEnd, member.probationEndsOn, request.effectiveDate(),
                "extended by " + request.months() + " months", MembersEvents.MEMBER_STATUS_CHANGED);
        stepEvents.recorded(member, filed);
        return changed;
    }

    public MemberResponse cancelProbation(UUID id, String ifMatch, DatedChangeRequest.ProbationCancellation request) {
        Member member = members.find(id);
        ETags.requireMatch(ifMatch, member.version);
        requireNormal(member);
        requireProbationary(member);
        DevelopmentRules.checkNotBefore(request.effectiveDate(), member.joinedOn, "the admission date");
        member.membershipState = MembershipState.LEFT;
        member.stateSince = request.effectiveDate();
        DevelopmentStep filed = fileStep(member, DevelopmentStepKind.PROBATION_CANCELLATION, request.effectiveDate(), "党支部",
                request.reason());
        MemberResponse changed = members.recordChange(member, "STATE", MembershipState.NORMAL, MembershipState.LEFT,
                request.effectiveDate(),
                join("probation cancelled", request.reason()), MembersEvents.MEMBER_STATE_CHANGED);
        stepEvents.recorded(member, filed);
        return changed;
    }

    @Inject
    CallerScope caller;

    @Inject
    DevelopmentStepEvents stepEvents;

    /** A step the member's change itself puts on the development file. */
    private DevelopmentStep fileStep(Member member, DevelopmentStepKind kind, LocalDate on, String doneBy, String evidence) {
        DevelopmentStep step = DevelopmentStep.of(member, kind, on, DevelopmentStep.PASSED, doneBy, caller.subject());
        step.evidence = evidence == null || evidence.isBlank() ? null : evidence;
        step.persist();
        return step;
    }

    private static LocalDate passedOnOrBefore(Member member, DevelopmentStepKind kind, LocalDate day) {
        DevelopmentStep step = DevelopmentStep.<DevelopmentStep>find("memberId = ?1 and kind = ?2 and outcome = ?3 and doneOn <= ?4 "
                + "order by doneOn desc", member.id, kind, DevelopmentStep.PASSED, day).firstResult();
        return step == null ? null : step.doneOn;
    }

    static void requireNormal(Member member) {
        if (member.membershipState != MembershipState.NORMAL) {
            throw ProblemException.refused(MembersRule.MEMBER_NOT_ACTIVE,
                    "The member's state is " + member.membershipState + "; pipeline steps need NORMAL");
        }
    }

    private static void requireProbationary(Member member) {
        if (member.politicalStatus != PoliticalStatus.PROBATIONARY) {
            throw ProblemException.refused(MembersRule.NOT_PROBATIONARY,
                    "Only a PROBATIONARY member's probation can be extended or cancelled; this one is " + member.politicalStatus);
        }
    }

    /** Sponsors must be distinct full members in normal standing, other than the member. */
    static List<Member> sponsors(List<UUID> ids, Member member, int min, int max, MembersRule rule,
            String detail, String field) {
        Set<UUID> distinct = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (distinct.size() < min || distinct.size() > max || (ids != null && distinct.size() != ids.size())) {
            throw ProblemException.refused(rule, detail + " (got " + distinct.size() + " distinct)");
        }
        if (distinct.contains(member.id)) {
            throw ProblemException.invalid(field, "cannot include the member themself");
        }
        List<Member> found = Member.list("id in ?1", distinct);
        if (found.size() != distinct.size()) {
            throw ProblemException.invalid(field, "names a member that does not exist");
        }
        for (Member sponsor : found) {
            if (sponsor.politicalStatus != PoliticalStatus.FULL || sponsor.membershipState != MembershipState.NORMAL) {
                throw ProblemException.refused(MembersRule.SPONSOR_NOT_FULL_MEMBER,
                        "Mentors and introducers must be FULL members in NORMAL standing; " + sponsor.id + " is not");
            }
        }
        return found;
    }

    static void saveSponsors(Member member, List<Member> sponsors, String role, LocalDate on) {
        for (Member sponsor : sponsors) {
            MemberSponsor link = new MemberSponsor();
            link.memberId = member.id;
            link.sponsorId = sponsor.id;
            link.role = role;
            link.assignedOn = on;
            link.persist();
        }
    }

    private static String names(List<Member> people) {
        return String.join("、", people.stream().map(m -> m.fullName).toList());
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + "; " + second;
    }
}
