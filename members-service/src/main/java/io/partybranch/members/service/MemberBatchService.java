package io.partybranch.members.service;

import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.members.model.MemberRequest;
import io.partybranch.members.repository.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registering many members in one request (a school onboarding, a district's migration): each one
 * checked exactly as a single registration is, then all written in one transaction or none.
 */
@ApplicationScoped
public class MemberBatchService {

    public static final int MAX_MEMBERS = 500;

    @Inject
    MemberService members;

    /**
     * Checks every member before anything is written and answers the problems of all of them at once,
     * each field named by the member's place in the request ({@code members[3].citizenId}); a rule
     * refusal names the member the same way. Runs outside any transaction, so one refusal does not
     * spoil the checks of the others.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Member> prepare(List<MemberRequest> requests) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Member> prepared = new ArrayList<>(requests.size());
        Map<String, Integer> byCitizenId = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            String item = "members[" + i + "]";
            try {
                Member member = members.prepareRegistration(requests.get(i));
                Integer earlier = byCitizenId.putIfAbsent(member.citizenIdHash, i);
                if (earlier != null) {
                    errors.add(new Problem.FieldError(item + ".citizenId", "repeats the citizen ID of members[" + earlier + "]"));
                }
                prepared.add(member);
            } catch (ProblemException refused) {
                if (refused.errors().isEmpty()) {
                    throw new ProblemException(refused.status(), refused.type(), refused.title(), item + ": " + refused.getMessage(), null);
                }
                refused.errors().forEach(error -> errors.add(new Problem.FieldError(item + "." + error.field(), error.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return prepared;
    }

    @Transactional
    public List<UUID> persist(List<Member> prepared) {
        return members.persistRegistrations(prepared);
    }
}
