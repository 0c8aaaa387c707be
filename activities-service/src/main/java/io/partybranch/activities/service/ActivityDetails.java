package io.partybranch.activities.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.activities.domain.ActivitiesRule;
import io.partybranch.activities.domain.DecisionStages;
import io.partybranch.activities.model.ActivityRecordModels.RecordRequest;
import io.partybranch.activities.repository.Activity;
import io.partybranch.common.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The part of a record only some types have (a heart-to-heart talk, a pairing, a major decision's
 * stages), checked against the roster on the activity's date; the rest of the record does not
 * change when a type's rules do.
 */
@ApplicationScoped
public class ActivityDetails {

    @Inject
    RosterQueries roster;

    @Inject
    ObjectMapper objectMapper;

    /** The type-specific part of the record, checked against the roster on the date. */
    public String of(Activity activity, RecordRequest request, LocalDate date) {
        Map<String, Object> given = new LinkedHashMap<>();
        if (request.talk() != null) {
            given.put("talk", request.talk());
        }
        if (request.pairing() != null) {
            given.put("pairing", request.pairing());
        }
        if (request.decision() != null) {
            given.put("decision", request.decision());
        }
        String required = activity.type.requiredDetail();
        for (String field : given.keySet()) {
            if (!field.equals(required)) {
                throw ProblemException.invalid(field, "does not belong to a " + activity.type);
            }
        }
        if (required == null) {
            return null;
        }
        if (!given.containsKey(required)) {
            throw ProblemException.invalid(required, "is required for a " + activity.type);
        }
        switch (activity.type) {
            case HEART_TO_HEART_TALK -> {
                var talk = request.talk();
                if (!roster.committeeOn(activity.branchId, date).contains(talk.committeeMemberId())) {
                    throw ProblemException.refused(ActivitiesRule.TALK_NEEDS_COMMITTEE_MEMBER,
                            "Heart-to-heart talks are held by a committee member; " + talk.committeeMemberId() + " was not one on " + date);
                }
                requireInBranch(activity, talk.memberId(), date);
            }
            case PAIRING -> {
                var pairing = request.pairing();
                requireInBranch(activity, pairing.memberId(), date);
                if (pairing.partnerKind().equals("PUPIL")) {
                    if (pairing.pupilReference() == null || pairing.partnerName() != null) {
                        throw ProblemException.invalid("pairing.pupilReference",
                                "a pupil is recorded only by a pseudonymous reference, never by name");
                    }
                } else if (pairing.partnerName() == null || pairing.partnerName().isBlank() || pairing.pupilReference() != null) {
                    throw ProblemException.invalid("pairing.partnerName", "a young teacher is recorded by name, without a pupil reference");
                }
            }
            case MAJOR_DECISION -> {
                List<DecisionStages.Stage> stages = request.decision().stages().stream()
                        .map(stage -> new DecisionStages.Stage(stage.stage(), stage.decidedOn())).toList();
                if (!DecisionStages.startAtTheCommittee(stages)) {
                    throw ProblemException.refused(ActivitiesRule.DECISION_STAGE_ORDER, "A major decision starts at the branch committee");
                }
                if (!DecisionStages.inOrder(stages)) {
                    throw ProblemException.refused(ActivitiesRule.DECISION_STAGE_ORDER,
                            "Stages run 支委会 → 行政会 → 教代会, each on or after the previous one's date");
                }
            }
            default -> {
            }
        }
        try {
            return objectMapper.writeValueAsString(given);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("activity details are not serialisable", e);
        }
    }

    private void requireInBranch(Activity activity, UUID member, LocalDate date) {
        if (roster.belonging(Set.of(member), activity.branchId, false, date).isEmpty()) {
            throw ProblemException.refused(ActivitiesRule.ATTENDEE_NOT_IN_BRANCH,
                    "Member " + member + " did not belong to the branch on " + date);
        }
    }
}
