package io.partybranch.members.service;

import io.partybranch.common.http.Problem;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.model.MemberRequest;
import io.partybranch.members.repository.Member;
import java.time.LocalDate;
import java.util.List;

/**
 * The dates of a registration along the pipeline, reconciled with the current status: the current
 * stage's date is {@code statusSince}, later stages cannot have dates, and dates run in order.
 */
record PipelineDates(LocalDate appliedOn, LocalDate activistSince, LocalDate candidateSince, LocalDate joinedOn,
        LocalDate fullSince) {

    static PipelineDates of(MemberRequest request, List<Problem.FieldError> errors) {
        PoliticalStatus status = request.politicalStatus();
        LocalDate since = request.statusSince();
        LocalDate[] dates = {request.appliedOn(), request.activistSince(), request.candidateSince(), request.joinedOn(), null};
        String[] fields = {"appliedOn", "activistSince", "candidateSince", "joinedOn", "fullSince"};
        if (status == null || since == null) {
            return new PipelineDates(dates[0], dates[1], dates[2], dates[3], null);
        }
        int current = status.ordinal();
        if (dates[current] != null && !dates[current].equals(since)) {
            errors.add(new Problem.FieldError(fields[current], "must equal statusSince for a member who is " + status));
        }
        dates[current] = since;
        for (int stage = current + 1; stage < dates.length; stage++) {
            if (dates[stage] != null) {
                errors.add(new Problem.FieldError(fields[stage], "cannot be set for a member who is only " + status));
                dates[stage] = null;
            }
        }
        if (status == PoliticalStatus.FULL && dates[3] == null) {
            errors.add(new Problem.FieldError("joinedOn", "is required for a FULL member (the admission date)"));
        }
        LocalDate previous = request.birthDate();
        String previousField = "birthDate";
        for (int stage = 0; stage < dates.length; stage++) {
            if (dates[stage] == null) {
                continue;
            }
            if (previous != null && dates[stage].isBefore(previous)) {
                errors.add(new Problem.FieldError(stage == current ? "statusSince" : fields[stage],
                        "must not be before " + previousField));
            }
            previous = dates[stage];
            previousField = fields[stage];
        }
        return new PipelineDates(dates[0], dates[1], dates[2], dates[3], dates[4]);
    }

    void applyTo(Member member) {
        member.appliedOn = appliedOn;
        member.activistSince = activistSince;
        member.candidateSince = candidateSince;
        member.joinedOn = joinedOn;
        member.probationEndsOn = joinedOn == null ? null : DevelopmentRules.probationEnd(joinedOn);
        member.fullSince = fullSince;
    }
}
